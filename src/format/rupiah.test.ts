import { FormatError } from './errors';
import { formatRupiah } from './rupiah';

describe('formatRupiah FULL', () => {
  it.each([
    ['4067826205816.00', 'Rp4.067.826.205.816,00'],
    ['4056800718575', 'Rp4.056.800.718.575,00'],
    ['0', 'Rp0,00'],
    ['1000', 'Rp1.000,00'],
    ['999', 'Rp999,00'],
    ['1000000', 'Rp1.000.000,00'],
    ['-1510223', '-Rp1.510.223,00'],
    ['9007199254740993.47', 'Rp9.007.199.254.740.993,47'],
    ['0.005', 'Rp0,01'],
    ['-0.005', '-Rp0,01'],
    ['0.0049', 'Rp0,00'],
    ['-0.001', 'Rp0,00'],
    ['-0.004999', 'Rp0,00'],
    ['1234.565', 'Rp1.234,57'],
  ])('%s -> %s', (input, expected) => {
    expect(formatRupiah(input)).toBe(expected);
    expect(formatRupiah(input, { style: 'FULL' })).toBe(expected);
  });

  it('accepts bigints', () => {
    expect(formatRupiah(4067826205816n)).toBe('Rp4.067.826.205.816,00');
    expect(formatRupiah(-5000n)).toBe('-Rp5.000,00');
    expect(formatRupiah(123456789012345678901234567890n)).toBe('Rp123.456.789.012.345.678.901.234.567.890,00');
  });

  it('writes exactly fractionDigits decimals', () => {
    expect(formatRupiah('1510223.456', { fractionDigits: 0 })).toBe('Rp1.510.223');
    expect(formatRupiah('1510223.5', { fractionDigits: 0 })).toBe('Rp1.510.224');
    expect(formatRupiah('-1510223.5', { fractionDigits: 0 })).toBe('-Rp1.510.224');
    expect(formatRupiah('1510223.456', { fractionDigits: 1 })).toBe('Rp1.510.223,5');
    expect(formatRupiah('1510223', { fractionDigits: 6 })).toBe('Rp1.510.223,000000');
    expect(formatRupiah('0.0000005', { fractionDigits: 6 })).toBe('Rp0,000001');
    expect(formatRupiah('999.995')).toBe('Rp1.000,00');
  });
});

describe('formatRupiah SHORT', () => {
  it.each([
    ['4067826205816', 'Rp4,07 triliun'],
    ['-4067826205816', '-Rp4,07 triliun'],
    ['146309000000.00', 'Rp146,31 miliar'],
    ['2930000', 'Rp2,93 juta'],
    ['26000000000000', 'Rp26 triliun'],
    ['1000000', 'Rp1 juta'],
    ['1000000000', 'Rp1 miliar'],
    ['1000000000000', 'Rp1 triliun'],
    ['1000000000000000', 'Rp1 kuadriliun'],
    ['1500000', 'Rp1,5 juta'],
    ['1010000', 'Rp1,01 juta'],
    ['1004999', 'Rp1 juta'],
    ['1005000', 'Rp1,01 juta'],
    // rounding up to 1.000 of a scale moves to the next scale
    ['999999999', 'Rp1 miliar'],
    ['999995000', 'Rp1 miliar'],
    ['999994999.99', 'Rp999,99 juta'],
    ['995000000', 'Rp995 juta'],
    ['999999999999', 'Rp1 triliun'],
    ['999999999999999', 'Rp1 kuadriliun'],
    ['-999999999', '-Rp1 miliar'],
    // below one juta: written in full, no scale
    ['999999', 'Rp999.999'],
    ['999999.99', 'Rp999.999,99'],
    ['999999.995', 'Rp1 juta'],
    ['16800', 'Rp16.800'],
    ['16800.50', 'Rp16.800,5'],
    ['16800.004', 'Rp16.800'],
    ['1000', 'Rp1.000'],
    ['0', 'Rp0'],
    ['-0.001', 'Rp0'],
    ['-0.005', '-Rp0,01'],
    // above the kuadriliun range
    ['1234567000000000000', 'Rp1.234,57 kuadriliun'],
    ['999999999999999999999', 'Rp1.000.000 kuadriliun'],
  ])('%s -> %s', (input, expected) => {
    expect(formatRupiah(input, { style: 'SHORT' })).toBe(expected);
  });

  it('never spells milyar', () => {
    expect(formatRupiah('5000000000', { style: 'SHORT' })).toBe('Rp5 miliar');
  });

  it('uses up to fractionDigits decimals', () => {
    expect(formatRupiah('4067826205816', { style: 'SHORT', fractionDigits: 0 })).toBe('Rp4 triliun');
    expect(formatRupiah('4067826205816', { style: 'SHORT', fractionDigits: 4 })).toBe('Rp4,0678 triliun');
    expect(formatRupiah('4500000', { style: 'SHORT', fractionDigits: 0 })).toBe('Rp5 juta');
    expect(formatRupiah('999500000', { style: 'SHORT', fractionDigits: 0 })).toBe('Rp1 miliar');
    expect(formatRupiah('999499999', { style: 'SHORT', fractionDigits: 0 })).toBe('Rp999 juta');
    expect(formatRupiah('16800.55', { style: 'SHORT', fractionDigits: 1 })).toBe('Rp16.800,6');
  });
});

describe('formatRupiah COMPACT', () => {
  it.each([
    ['4067826205816', 'Rp4,07 T'],
    ['146309000000.00', 'Rp146,31 M'],
    ['2930000', 'Rp2,93 jt'],
    ['1000000', 'Rp1 jt'],
    ['1000000000', 'Rp1 M'],
    ['1000000000000', 'Rp1 T'],
    ['1000000000000000', 'Rp1 KD'],
    ['2500000000000000', 'Rp2,5 KD'],
    ['999999999', 'Rp1 M'],
    ['999995000', 'Rp1 M'],
    ['16800', 'Rp16.800'],
    ['999999', 'Rp999.999'],
    ['-4067826205816', '-Rp4,07 T'],
    ['1234567000000000000', 'Rp1.234,57 KD'],
  ])('%s -> %s', (input, expected) => {
    expect(formatRupiah(input, { style: 'COMPACT' })).toBe(expected);
  });
});

describe('formatRupiah WORDS', () => {
  it.each([
    [
      '4067826205816',
      'empat triliun enam puluh tujuh miliar delapan ratus dua puluh enam juta dua ratus lima ribu delapan ratus enam belas rupiah',
    ],
    ['900500.50', 'sembilan ratus ribu lima ratus rupiah lima puluh sen'],
    ['1000.00', 'seribu rupiah'],
    ['0', 'nol rupiah'],
    ['-5000', 'negatif lima ribu rupiah'],
    ['1.999', 'dua rupiah'],
  ])('%s -> %s', (input, expected) => {
    expect(formatRupiah(input, { style: 'WORDS' })).toBe(expected);
  });

  it('rounds to min(fractionDigits, 2) first when fractionDigits is given', () => {
    expect(formatRupiah('900500.50', { style: 'WORDS', fractionDigits: 0 })).toBe('sembilan ratus ribu lima ratus satu rupiah');
    expect(formatRupiah('900500.0049', { style: 'WORDS', fractionDigits: 6 })).toBe('sembilan ratus ribu lima ratus rupiah');
  });
});

describe('formatRupiah errors', () => {
  it.each(['1.234,5', '12abc', '', 'NaN', '1e5', ' 1'])('rejects %j as INVALID_DECIMAL', (input) => {
    expect(() => formatRupiah(input)).toThrow(FormatError);
    expect(() => formatRupiah(input)).toThrow(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
    expect(() => formatRupiah(input)).toThrow(/not a plain decimal/);
  });

  it('rejects numbers: a value never passes through a JavaScript number', () => {
    expect(() => formatRupiah(1000 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_DECIMAL', message: expect.stringMatching(/got 1000$/) }),
    );
    expect(() => formatRupiah(NaN as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
  });

  it.each([7, -1, 1.5, NaN, Infinity, '2'])('rejects fractionDigits %p', (fd) => {
    for (const style of ['FULL', 'SHORT', 'COMPACT', 'WORDS'] as const) {
      expect(() => formatRupiah('1', { style, fractionDigits: fd as number })).toThrow(
        expect.objectContaining({ code: 'INVALID_FRACTION_DIGITS' }),
      );
    }
  });

  it('names the problem in the message', () => {
    expect(() => formatRupiah('1', { fractionDigits: 7 })).toThrow('fractionDigits must be a whole number from 0 to 6, got 7');
    expect(() => formatRupiah('1', { style: 'LONG' as 'FULL' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: 'style must be one of FULL, SHORT, COMPACT, WORDS, got "LONG"' }),
    );
  });
});
