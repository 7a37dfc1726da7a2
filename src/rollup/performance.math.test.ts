import { MetricUnit } from '../metric/metric.model';
import { achievement, amountOf, atScale, gap, growth, percentOf, status } from './performance.math';
import { AchievementStatus, ValueSource } from './performance.model';

describe('derived figures', () => {
  it('computes the worked examples of docs/domain.md §8 exactly', () => {
    expect(achievement('4067826205816.00', '4056800718575.00')).toBe('100.2718');
    expect(achievement('1510223', '1440590')).toBe('104.8336');
    expect(achievement('176280', '146229')).toBe('120.5506');
    expect(achievement('146309000000.00', '137956000000.00')).toBe('106.0548');
    expect(achievement('15605', '22300')).toBe('69.9776');
  });

  it('has no achievement without a target or with a zero target', () => {
    expect(achievement('10', null)).toBeNull();
    expect(achievement('10', '0')).toBeNull();
    expect(achievement(null, '10')).toBeNull();
  });

  it('computes the gap in the metric scale, negative below target', () => {
    expect(gap('4067826205816.00', '4056800718575.00', 2)).toBe('11025487241.00');
    expect(gap('15605', '22300', 0)).toBe('-6695');
    expect(gap(null, '1', 0)).toBeNull();
  });

  it('computes growth and share', () => {
    expect(growth('115', '100')).toBe('15.0000');
    expect(growth('96.9', '100')).toBe('-3.1000');
    expect(growth('1', '0')).toBeNull();
    expect(percentOf('1', '3')).toBe('33.3333');
    expect(percentOf('2', '3')).toBe('66.6667');
  });

  it('derives the status', () => {
    expect(status(null, '1')).toBe(AchievementStatus.NO_DATA);
    expect(status('1', null)).toBe(AchievementStatus.NO_TARGET);
    expect(status('1', '1')).toBe(AchievementStatus.ACHIEVED);
    expect(status('0.99', '1')).toBe(AchievementStatus.BELOW_TARGET);
  });

  it('normalises to the metric scale', () => {
    expect(atScale('146309000000', 2)).toBe('146309000000.00');
    expect(atScale('1510223.00', 0)).toBe('1510223');
    expect(atScale(null, 0)).toBeNull();
  });

  it("makes an amount of its unit at the unit's scale", () => {
    expect(amountOf('146309000000', MetricUnit.RUPIAH, ValueSource.RECORDED)).toEqual({
      value: '146309000000.00',
      unit: 'RUPIAH',
      source: 'RECORDED',
    });
    expect(amountOf('1510223.00', MetricUnit.ORANG, ValueSource.ROLLED_UP)).toEqual({
      value: '1510223',
      unit: 'ORANG',
      source: 'ROLLED_UP',
    });
    expect(amountOf(null, MetricUnit.ORANG, ValueSource.RECORDED)).toBeNull();
  });
});

describe('atScale', () => {
  it.each([
    ['146309000000.00', 2, '146309000000.00'],
    ['0.00', 2, '0.00'],
    ['146309000000', 2, '146309000000.00'],
    ['146309000000.5', 2, '146309000000.50'],
    ['1200', 0, '1200'],
    ['1200.00', 0, '1200'],
    ['007.00', 2, '7.00'],
    ['-5.00', 2, '-5.00'],
    ['0', 2, '0.00'],
    ['12.345', 2, '12.345'],
    ['12', 2, '12.00'],
    ['123', 3, '123.000'],
    ['1.5', 0, '1.5'],
  ])('%s at scale %d is %s', (value, scale, expected) => {
    expect(atScale(value, scale)).toBe(expected);
  });
});
