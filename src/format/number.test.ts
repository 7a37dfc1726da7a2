import { formatCount } from './number';

describe('formatCount', () => {
  it.each([
    ['1510223', {}, '1.510.223'],
    ['0', {}, '0'],
    ['1000', {}, '1.000'],
    ['-1510223', {}, '-1.510.223'],
    ['1510223.5', {}, '1.510.224'],
    ['-0.4', {}, '0'],
    ['1510223', { fractionDigits: 2 }, '1.510.223,00'],
    ['9007199254740993', {}, '9.007.199.254.740.993'],
    ['1510223', { unit: 'orang' }, '1.510.223 orang'],
    ['48210', { unit: 'perusahaan' }, '48.210 perusahaan'],
    ['1510223', { style: 'SHORT' }, '1,51 juta'],
    ['1510223', { style: 'SHORT', unit: 'orang' }, '1,51 juta orang'],
    ['1510223', { style: 'COMPACT' }, '1,51 jt'],
    ['2930000', { style: 'COMPACT', unit: 'orang' }, '2,93 jt orang'],
    ['1000000', { style: 'SHORT' }, '1 juta'],
    ['1000000', { style: 'COMPACT' }, '1 jt'],
    ['999999', { style: 'SHORT' }, '999.999'],
    ['999999999', { style: 'SHORT' }, '1 miliar'],
    ['-1510223', { style: 'SHORT', unit: 'orang' }, '-1,51 juta orang'],
    ['1510223', { style: 'SHORT', fractionDigits: 0 }, '2 juta'],
    ['1000', { style: 'WORDS' }, 'seribu'],
    ['1510223', { style: 'WORDS', unit: 'orang' }, 'satu juta lima ratus sepuluh ribu dua ratus dua puluh tiga orang'],
    ['1.5', { style: 'WORDS' }, 'satu koma lima'],
    ['1.46', { style: 'WORDS', fractionDigits: 1 }, 'satu koma lima'],
    ['1.46', { style: 'WORDS', fractionDigits: 0 }, 'satu'],
  ] as const)('%s %j -> %s', (input, options, expected) => {
    expect(formatCount(input, options)).toBe(expected);
  });

  it('accepts bigints', () => {
    expect(formatCount(1510223n, { unit: 'orang' })).toBe('1.510.223 orang');
  });

  it('rejects bad input', () => {
    expect(() => formatCount('1.510.223')).toThrow(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
    expect(() => formatCount('1', { fractionDigits: 7 })).toThrow(expect.objectContaining({ code: 'INVALID_FRACTION_DIGITS' }));
    expect(() => formatCount('1', { style: 'WORDS', fractionDigits: 7 })).toThrow(
      expect.objectContaining({ code: 'INVALID_FRACTION_DIGITS' }),
    );
    expect(() => formatCount('1', { unit: 'orangs' as 'orang' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: 'unit must be one of orang, perusahaan, got "orangs"' }),
    );
  });
});
