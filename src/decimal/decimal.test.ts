import { add, cmp, dec, DecimalFormatError, div, mul, round, sub, toPlain } from './decimal';

describe('decimal', () => {
  it('parses plain decimals and keeps their scale', () => {
    expect(toPlain(dec('4067826205816.00'))).toBe('4067826205816.00');
    expect(toPlain(dec('-1510223'))).toBe('-1510223');
    expect(toPlain(dec(123n))).toBe('123');
    expect(toPlain(dec('-0.05'))).toBe('-0.05');
  });

  it.each(['1.234,5', '12abc', '', ' 1', '1.', '.5', '+1', '1e5', 'NaN'])('rejects %j', (input) => {
    expect(() => dec(input)).toThrow(DecimalFormatError);
  });

  it('rejects numbers and NaN outright', () => {
    expect(() => dec(NaN as unknown as string)).toThrow(DecimalFormatError);
    expect(() => dec(12 as unknown as string)).toThrow(/not a plain decimal/);
  });

  it('adds and subtracts across scales beyond 2^53', () => {
    expect(toPlain(add(dec('9007199254740993.01'), dec('0.99')))).toBe('9007199254740994.00');
    expect(toPlain(sub(dec('1'), dec('1.25')))).toBe('-0.25');
    expect(toPlain(mul(dec('1.5'), dec('-2.25')))).toBe('-3.375');
  });

  it('rounds half away from zero', () => {
    expect(toPlain(round(dec('0.005'), 2))).toBe('0.01');
    expect(toPlain(round(dec('-0.005'), 2))).toBe('-0.01');
    expect(toPlain(round(dec('0.0049'), 2))).toBe('0.00');
    expect(toPlain(round(dec('2.5'), 0))).toBe('3');
    expect(toPlain(round(dec('7'), 2))).toBe('7.00');
  });

  it('divides to a fixed scale: the Banten 2017 iuran achievement', () => {
    const achievement = div(mul(dec('4067826205816.00'), dec('100')), dec('4056800718575.00'), 4);
    expect(toPlain(achievement)).toBe('100.2718');
    expect(toPlain(div(dec('-1'), dec('3'), 3))).toBe('-0.333');
    expect(toPlain(div(dec('2'), dec('3'), 3))).toBe('0.667');
    expect(() => div(dec('1'), dec('0'), 2)).toThrow(RangeError);
  });

  it('compares exactly', () => {
    expect(cmp(dec('1.10'), dec('1.1'))).toBe(0);
    expect(cmp(dec('-2'), dec('1'))).toBe(-1);
    expect(cmp(dec('100000000000000000001'), dec('100000000000000000000.99'))).toBe(1);
  });
});
