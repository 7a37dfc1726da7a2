import { formatAmount } from './amount';

describe('formatAmount', () => {
  it('writes rupiah as money and counts as counts', () => {
    expect(formatAmount('4067826205816.00', 'RUPIAH')).toBe('Rp4.067.826.205.816,00');
    expect(formatAmount('146309000000.00', 'RUPIAH', { style: 'SHORT' })).toBe('Rp146,31 miliar');
    expect(formatAmount('1510223', 'ORANG')).toBe('1.510.223');
    expect(formatAmount('18319', 'PERUSAHAAN', { withUnit: true })).toBe('18.319 perusahaan');
    expect(formatAmount('1510223', 'ORANG', { style: 'SHORT', withUnit: true })).toBe('1,51 juta orang');
  });

  it('treats a null fractionDigits as the default', () => {
    expect(formatAmount('16800', 'RUPIAH', { fractionDigits: null })).toBe('Rp16.800,00');
    expect(formatAmount('16800', 'RUPIAH', { fractionDigits: 0 })).toBe('Rp16.800');
  });
});
