import { dec } from '../decimal/decimal';
import { fixed, groupThousands, trimmed } from './digits';

describe('digits', () => {
  it.each([
    ['0', '0'],
    ['1', '1'],
    ['999', '999'],
    ['1000', '1.000'],
    ['12345', '12.345'],
    ['123456', '123.456'],
    ['1234567', '1.234.567'],
    ['4067826205816', '4.067.826.205.816'],
  ])('groups %s as %s', (digits, expected) => {
    expect(groupThousands(digits)).toBe(expected);
  });

  it('keeps zero unsigned after rounding', () => {
    expect(fixed(dec('-0.001'), 2)).toEqual({ negative: false, text: '0,00' });
    expect(trimmed(dec('-0.001'), 2)).toEqual({ negative: false, text: '0' });
    expect(trimmed(dec('-16800.10'), 2)).toEqual({ negative: true, text: '16.800,1' });
  });
});
