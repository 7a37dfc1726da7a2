/** The public face and the Banten worked examples of docs/domain.md §8. */
import { div, dec, mul, toPlain } from '../decimal/decimal';
import * as format from './index';
import { formatCount, FormatError, formatDate, formatPercent, formatPeriodLabel, formatRupiah, formatTimestamp, terbilang } from './index';

describe('public face', () => {
  it('exports the functions, the error class and the two style enums', () => {
    expect(Object.keys(format).sort()).toEqual(
      [
        'FigureStyle',
        'FormatError',
        'PercentStyle',
        'formatAmount',
        'formatCount',
        'formatDate',
        'formatPercent',
        'formatPeriodLabel',
        'formatRupiah',
        'formatTimestamp',
        'terbilang',
        'summarySentence',
        'describedSpan',
        'STATUS_WORDS',
      ].sort(),
    );
    expect(format.FigureStyle).toEqual({ FULL: 'FULL', SHORT: 'SHORT', COMPACT: 'COMPACT', WORDS: 'WORDS' });
    expect(format.PercentStyle).toEqual({ SYMBOL: 'SYMBOL', WORD: 'WORD' });
  });

  it('FormatError carries a code and is an Error', () => {
    const err = new FormatError('OUT_OF_RANGE', 'too big');
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('FormatError');
    expect(err.code).toBe('OUT_OF_RANGE');
    try {
      formatRupiah('1.234,5');
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      expect((e as FormatError).code).toBe('INVALID_DECIMAL');
      expect((e as Error).message).toContain('"1.234,5"');
    }
    expect.assertions(6);
  });
});

describe('Banten worked examples', () => {
  const realization = '4067826205816.00';
  const target = '4056800718575.00';

  it('rupiah', () => {
    expect(formatRupiah(realization)).toBe('Rp4.067.826.205.816,00');
    expect(formatRupiah(target)).toBe('Rp4.056.800.718.575,00');
    expect(formatRupiah(realization, { style: 'SHORT' })).toBe('Rp4,07 triliun');
    expect(formatRupiah(realization, { style: 'COMPACT' })).toBe('Rp4,07 T');
    expect(formatRupiah('146309000000.00', { style: 'SHORT' })).toBe('Rp146,31 miliar');
    expect(formatRupiah('146309000000.00', { style: 'COMPACT' })).toBe('Rp146,31 M');
  });

  it('achievement percent from exact division', () => {
    const points = toPlain(mul(div(dec(realization), dec(target), 6), dec('100')));
    expect(points).toBe('100.271800');
    expect(formatPercent(points)).toBe('100,27%');
    expect(formatPercent('100.2718')).toBe('100,27%');
    const participants = toPlain(mul(div(dec('1510223'), dec('1440590'), 6), dec('100')));
    expect(participants).toBe('104.833600');
    expect(formatPercent(participants)).toBe('104,83%');
  });

  it('participants', () => {
    expect(formatCount('1510223')).toBe('1.510.223');
    expect(formatCount('1510223', { unit: 'orang' })).toBe('1.510.223 orang');
    expect(formatCount('1510223', { style: 'SHORT', unit: 'orang' })).toBe('1,51 juta orang');
  });

  it('words, dates and labels', () => {
    expect(terbilang(realization, { currency: true })).toBe(
      'empat triliun enam puluh tujuh miliar delapan ratus dua puluh enam juta dua ratus lima ribu delapan ratus enam belas rupiah',
    );
    expect(formatDate('2019-12-19')).toBe('19 Desember 2019');
    expect(formatPeriodLabel('2019-10-01', '2019-12-31')).toBe('Triwulan IV 2019');
    expect(formatPeriodLabel('2017-01-01', '2017-12-31')).toBe('Tahun 2017');
    expect(formatTimestamp(new Date('2019-12-19T07:05:00Z'))).toBe('19 Desember 2019 14.05 WIB');
  });
});
