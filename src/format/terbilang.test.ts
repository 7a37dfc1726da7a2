import { terbilang } from './terbilang';

describe('terbilang', () => {
  it.each([
    ['0', 'nol'],
    ['1', 'satu'],
    ['9', 'sembilan'],
    ['10', 'sepuluh'],
    ['11', 'sebelas'],
    ['12', 'dua belas'],
    ['19', 'sembilan belas'],
    ['20', 'dua puluh'],
    ['21', 'dua puluh satu'],
    ['99', 'sembilan puluh sembilan'],
    ['100', 'seratus'],
    ['101', 'seratus satu'],
    ['110', 'seratus sepuluh'],
    ['111', 'seratus sebelas'],
    ['200', 'dua ratus'],
    ['1000', 'seribu'],
    ['1001', 'seribu satu'],
    ['1100', 'seribu seratus'],
    ['2000', 'dua ribu'],
    ['10000', 'sepuluh ribu'],
    ['11000', 'sebelas ribu'],
    ['100000', 'seratus ribu'],
    ['101000', 'seratus satu ribu'],
    ['1000000', 'satu juta'],
    ['1001000', 'satu juta seribu'],
    ['1000000000', 'satu miliar'],
    ['1000001000', 'satu miliar seribu'],
    ['1000000000000', 'satu triliun'],
    ['1000000000000000', 'satu kuadriliun'],
    ['1000000000001000', 'satu kuadriliun seribu'],
    [
      '4067826205816',
      'empat triliun enam puluh tujuh miliar delapan ratus dua puluh enam juta dua ratus lima ribu delapan ratus enam belas',
    ],
    [
      '999999999999999999',
      'sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun ' +
        'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
    ['-5000', 'negatif lima ribu'],
    ['-0', 'nol'],
    // fractions without currency: "koma" and each digit, trailing zeros not read
    ['1.5', 'satu koma lima'],
    ['0.05', 'nol koma nol lima'],
    ['12.305', 'dua belas koma tiga nol lima'],
    ['2.50', 'dua koma lima'],
    ['3.00', 'tiga'],
    ['-0.05', 'negatif nol koma nol lima'],
    ['-0.00', 'nol'],
  ])('%s -> %s', (input, expected) => {
    expect(terbilang(input)).toBe(expected);
  });

  it.each([
    [
      '4067826205816',
      'empat triliun enam puluh tujuh miliar delapan ratus dua puluh enam juta dua ratus lima ribu delapan ratus enam belas rupiah',
    ],
    ['900500.50', 'sembilan ratus ribu lima ratus rupiah lima puluh sen'],
    ['900500.00', 'sembilan ratus ribu lima ratus rupiah'],
    ['0', 'nol rupiah'],
    ['0.00', 'nol rupiah'],
    ['0.004', 'nol rupiah'],
    ['-0.004', 'nol rupiah'],
    ['0.50', 'lima puluh sen'],
    ['0.01', 'satu sen'],
    ['0.005', 'satu sen'],
    ['-5000', 'negatif lima ribu rupiah'],
    ['-5000.25', 'negatif lima ribu rupiah dua puluh lima sen'],
    ['1000.115', 'seribu rupiah dua belas sen'],
    ['1000.114', 'seribu rupiah sebelas sen'],
    ['1000.1', 'seribu rupiah sepuluh sen'],
    // sen rounding to 100 carries into rupiah
    ['1999.995', 'dua ribu rupiah'],
    ['0.999', 'satu rupiah'],
    ['-0.995', 'negatif satu rupiah'],
    [
      '999999999999999999.994',
      'sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah sembilan puluh sembilan sen',
    ],
  ])('%s with currency -> %s', (input, expected) => {
    expect(terbilang(input, { currency: true })).toBe(expected);
  });

  it('accepts bigints', () => {
    expect(terbilang(1001000n)).toBe('satu juta seribu');
    expect(terbilang(-11000n, { currency: true })).toBe('negatif sebelas ribu rupiah');
  });

  it('capitalize gives Title Case (receipt form)', () => {
    expect(terbilang('4067826205816', { currency: true, capitalize: true })).toBe(
      'Empat Triliun Enam Puluh Tujuh Miliar Delapan Ratus Dua Puluh Enam Juta Dua Ratus Lima Ribu Delapan Ratus Enam Belas Rupiah',
    );
    expect(terbilang('-900500.50', { currency: true, capitalize: true })).toBe(
      'Negatif Sembilan Ratus Ribu Lima Ratus Rupiah Lima Puluh Sen',
    );
    expect(terbilang('1.5', { capitalize: true })).toBe('Satu Koma Lima');
    expect(terbilang('0', { capitalize: false })).toBe('nol');
  });

  it('rejects values of 10^18 and beyond as OUT_OF_RANGE', () => {
    for (const input of ['1000000000000000000', '-1000000000000000000', '12345678901234567890']) {
      expect(() => terbilang(input)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    }
    expect(() => terbilang(10n ** 18n, { currency: true })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', message: expect.stringContaining('10^18 - 1') }),
    );
    // the sen carry pushes this one over
    expect(() => terbilang('999999999999999999.995', { currency: true })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(terbilang('999999999999999999.995')).toMatch(/koma sembilan sembilan lima$/);
  });

  it('rejects bad input', () => {
    expect(() => terbilang('1.000')).not.toThrow();
    expect(() => terbilang('1,5')).toThrow(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
    expect(() => terbilang('1', { currency: 'yes' as unknown as boolean })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
