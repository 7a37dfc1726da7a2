/** The wording rules of summarySentence, variant by variant (the published examples are in test/summary.test.ts). */
import { STATUS_WORDS, type SummaryFigures, summarySentence } from './summary';

const iuran: SummaryFigures = {
  metric: 'Penerimaan Iuran',
  unit: 'RUPIAH',
  stock: false,
  segment: null,
  office: 'Kantor Cabang Serang',
  period: { start: '2024-01-01', end: '2024-12-31' },
  dataUntil: '2024-12-31',
  realization: '1200000000.00',
  target: '1000000000.00',
  achievement: '120.0000',
  periodTarget: '1000000000.00',
  status: 'ACHIEVED',
  growth: null,
};

describe('summarySentence', () => {
  it('names a month, a quarter and a range of days the way the press does', () => {
    const at = (start: string, end: string) => summarySentence({ ...iuran, period: { start, end }, dataUntil: end });
    expect(at('2024-03-01', '2024-03-31')).toMatch(/^Realisasi penerimaan iuran Kantor Cabang Serang bulan Maret 2024 sebesar /);
    expect(at('2024-10-01', '2024-12-31')).toMatch(/ Serang triwulan IV 2024 sebesar /);
    expect(at('2024-01-01', '2024-06-30')).toMatch(/ Serang periode 1 Januari - 30 Juni 2024 sebesar /);
  });

  it('cuts a flow at its data position, but never before the period starts', () => {
    expect(summarySentence({ ...iuran, dataUntil: '2024-09-30' })).toMatch(/ periode 1 Januari - 30 September 2024 /);
    expect(summarySentence({ ...iuran, dataUntil: '2023-12-31' })).toMatch(/ tahun 2024 /);
  });

  it('writes growth up, down and unchanged, the sign as rounded', () => {
    const g = (growth: string) => summarySentence({ ...iuran, growth });
    expect(g('12.3456')).toMatch(/persen, tumbuh 12,35 persen dibanding periode yang sama tahun 2023\.$/);
    expect(g('-3.1000')).toMatch(/, turun 3,10 persen dibanding periode yang sama tahun 2023\.$/);
    expect(g('0.0040')).toMatch(/, tidak berubah dibanding periode yang sama tahun 2023\.$/);
    expect(g('-0.0040')).toMatch(/, tidak berubah dibanding/);
  });

  it('gives the shortfall against the prorated target for a period shorter than the year', () => {
    const s = summarySentence({
      ...iuran,
      period: { start: '2024-01-01', end: '2024-06-30' },
      dataUntil: '2024-06-30',
      realization: '400000000.00',
      achievement: '40.0000',
      periodTarget: '497267759.56',
      status: 'BELOW_TARGET',
      growth: '-5.0000',
    });
    expect(s).toBe(
      'Realisasi penerimaan iuran Kantor Cabang Serang periode 1 Januari - 30 Juni 2024 sebesar Rp400 juta dari target Rp1 miliar atau 40,00 persen, ' +
        'kurang Rp97,27 juta dari target prorata periode ini (Rp497,27 juta), turun 5,00 persen dibanding periode yang sama tahun 2023.',
    );
  });

  it('says when there is neither a realization nor a target', () => {
    expect(
      summarySentence({
        ...iuran,
        realization: null,
        target: null,
        achievement: null,
        periodTarget: null,
        status: 'NO_DATA',
        dataUntil: null,
      }),
    ).toBe('Realisasi penerimaan iuran Kantor Cabang Serang tahun 2024 belum tersedia.');
  });

  it('gives a stock without data its period, not a position date', () => {
    const s = summarySentence({
      ...iuran,
      metric: 'Peserta Aktif',
      unit: 'ORANG',
      stock: true,
      realization: null,
      target: '5000',
      dataUntil: null,
      status: 'NO_DATA',
    });
    expect(s).toBe('Jumlah peserta aktif Kantor Cabang Serang tahun 2024 belum tersedia, dengan target 5.000 orang.');
  });

  it('leaves out the percentage when the target is zero', () => {
    expect(summarySentence({ ...iuran, target: '0.00', periodTarget: '0.00', achievement: null })).toBe(
      'Realisasi penerimaan iuran Kantor Cabang Serang tahun 2024 sebesar Rp1,2 miliar dari target Rp0.',
    );
  });

  it('never writes a shortfall as 100,00 persen', () => {
    const s = summarySentence({ ...iuran, realization: '999960000.00', achievement: '99.9960', status: 'BELOW_TARGET' });
    expect(s).toBe(
      'Realisasi penerimaan iuran Kantor Cabang Serang tahun 2024 sebesar Rp999,96 juta dari target Rp1 miliar atau 99,99 persen, kurang Rp40.000 dari target.',
    );
  });

  it('has an Indonesian word for every status', () => {
    expect(STATUS_WORDS).toEqual({
      ACHIEVED: 'Tercapai',
      BELOW_TARGET: 'Di bawah target',
      NO_TARGET: 'Tanpa target',
      NO_DATA: 'Tanpa data',
    });
  });
});
