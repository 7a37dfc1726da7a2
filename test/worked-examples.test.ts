/**
 * Every worked example of docs/domain.md §8, from the published figures,
 * through the GraphQL API on a real PostgreSQL, formatted strings included.
 */
import { UnitPerformanceDocument } from '../src/client/generated/graphql';
import { createTestApp, TestApp } from './support/app';
import { withPressFigures, withReferenceTree } from './scenarios';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app);
  await withPressFigures(app);
});
afterAll(() => app.close());

async function perf(code: string, metric: string, period: { year: number; until?: string }, segment?: 'PU' | 'BPU' | 'JAKON' | 'PMI') {
  const res = await app.run(UnitPerformanceDocument, { code, metric, period, segment });
  expect(res.errors).toBeUndefined();
  return res.data!.orgUnit!.performance;
}

describe('docs/domain.md §8, worked examples', () => {
  it('Kanwil Banten, IURAN, 2017: Rp4.067.826.205.816,00 against Rp4.056.800.718.575,00, 100,27%', async () => {
    const p = await perf('BANTEN', 'IURAN', { year: 2017 });
    expect(p.period.label).toBe('Tahun 2017');
    expect(p.realization).toMatchObject({
      value: '4067826205816.00',
      formatted: 'Rp4.067.826.205.816,00',
      source: 'RECORDED',
      unit: 'RUPIAH',
    });
    expect(p.target).toMatchObject({ value: '4056800718575.00', formatted: 'Rp4.056.800.718.575,00', source: 'RECORDED' });
    expect(p.achievement).toEqual({ value: '100.2718', formatted: '100,27%' });
    expect(p.gap).toEqual({ value: '11025487241.00', formatted: 'Rp11.025.487.241,00' });
    expect(p.status).toBe('ACHIEVED');
    expect(p.dataUntil).toBe('2017-12-31');
  });

  it('Kanwil Banten, PESERTA_AKTIF, 2017: 1.510.223 against 1.440.590, 104,83%', async () => {
    const p = await perf('BANTEN', 'PESERTA_AKTIF', { year: 2017 });
    expect(p.realization).toMatchObject({ value: '1510223', formatted: '1.510.223', source: 'RECORDED', unit: 'ORANG' });
    expect(p.target).toMatchObject({ value: '1440590', formatted: '1.440.590' });
    expect(p.achievement!.formatted).toBe('104,83%');
  });

  it('Kanwil Banten, TENAGA_KERJA_BARU BPU, 2017: 176.280 against 146.229, 120,55%', async () => {
    const p = await perf('BANTEN', 'TENAGA_KERJA_BARU', { year: 2017 }, 'BPU');
    expect(p.segment).toBe('BPU');
    expect(p.realization!.formatted).toBe('176.280');
    expect(p.target!.formatted).toBe('146.229');
    expect(p.achievement!.formatted).toBe('120,55%');
  });

  it("KC Pekalongan, IURAN, 2019 up to 19 Desember 2019: Rp146.309.000.000,00 against Rp137.956.000.000,00, 106,05% (not the article's 108)", async () => {
    const p = await perf('PEKALONGAN', 'IURAN', { year: 2019, until: '2019-12-19' });
    expect(p.period.label).toBe('1 Januari - 19 Desember 2019');
    expect(p.realization!.formatted).toBe('Rp146.309.000.000,00');
    expect(p.target!.formatted).toBe('Rp137.956.000.000,00');
    expect(p.achievement!.formatted).toBe('106,05%');
    expect(p.dataUntil).toBe('2019-12-19');
    const short = await app.run(
      `{ kantorCabang(code: "PEKALONGAN") { performance(metric: "IURAN", period: {year: 2019, until: "2019-12-19"}) { realization { formatted(style: SHORT) } } } }`,
    );
    expect(short.data).toEqual({ kantorCabang: { performance: { realization: { formatted: 'Rp146,31 miliar' } } } });
  });

  it('KC Pekalongan, PESERTA_AKTIF BPU, 2019: 15.605 against 22.300, 69,98%', async () => {
    const p = await perf('PEKALONGAN', 'PESERTA_AKTIF', { year: 2019 }, 'BPU');
    expect(p.realization!.formatted).toBe('15.605');
    expect(p.target!.formatted).toBe('22.300');
    expect(p.achievement!.formatted).toBe('69,98%');
    expect(p.status).toBe('BELOW_TARGET');
  });

  it('Kanwil Banten, PESERTA_AKTIF, 2016 has no recorded total: the sum of its segments, 1.176.743', async () => {
    const p = await perf('BANTEN', 'PESERTA_AKTIF', { year: 2016 });
    expect(p.realization).toMatchObject({ value: '1176743', formatted: '1.176.743', source: 'ROLLED_UP' });
    const pu = await perf('BANTEN', 'PESERTA_AKTIF', { year: 2016 }, 'PU');
    expect(pu.realization).toMatchObject({ value: '967391', source: 'RECORDED' });
  });

  it('writes the Banten 2017 iuran in every style', async () => {
    const res = await app.run(`{ kanwil(code: "BANTEN") { performance(metric: "IURAN", period: {year: 2017}) {
      realization { full: formatted short: formatted(style: SHORT) compact: formatted(style: COMPACT) words: formatted(style: WORDS) }
      achievement { word: formatted(style: WORD) } } } }`);
    expect(res.data).toEqual({
      kanwil: {
        performance: {
          realization: {
            full: 'Rp4.067.826.205.816,00',
            short: 'Rp4,07 triliun',
            compact: 'Rp4,07 T',
            words:
              'empat triliun enam puluh tujuh miliar delapan ratus dua puluh enam juta dua ratus lima ribu delapan ratus enam belas rupiah',
          },
          achievement: { word: '100,27 persen' },
        },
      },
    });
  });
});
