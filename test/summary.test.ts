/**
 * Golden sentences: every published example of data/demo/press_figures.csv
 * written as the press writes it, through `Performance.summary` on the real
 * schema and a real PostgreSQL. The expected sentences were written by hand
 * from the figures of the file (the arithmetic is in the comments), not
 * copied from the API's output.
 */
import { createTestApp, TestApp } from './support/app';
import { flow, withPressFigures, withReferenceTree, write } from './scenarios';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app);
  await withPressFigures(app);
});
afterAll(() => app.close());

const QUERY = /* GraphQL */ `
  query Summary($code: ID!, $metric: ID!, $period: PeriodInput!, $segment: Segment) {
    orgUnit(code: $code) {
      performance(metric: $metric, period: $period, segment: $segment) {
        summary
      }
    }
  }
`;

async function summary(code: string, metric: string, period: { year: number; until?: string }, segment?: string): Promise<string> {
  const res = await app.run<{ orgUnit: { performance: { summary: string } } }>(QUERY, { code, metric, period, segment });
  expect(res.errors).toBeUndefined();
  return res.data!.orgUnit.performance.summary;
}

describe('Performance.summary, the published figures as the press writes them', () => {
  it.each([
    [
      // 4.067.826.205.816 / 4.056.800.718.575 = 100,27 %; no 2016 iuran in the file, so no growth
      'Kanwil Banten, iuran 2017',
      ['BANTEN', 'IURAN', { year: 2017 }],
      'Realisasi penerimaan iuran Kanwil Banten tahun 2017 sebesar Rp4,07 triliun dari target Rp4,06 triliun atau 100,27 persen.',
    ],
    [
      // 1.510.223 / 1.440.590 = 104,83 %; 2016 is the sum of the segments, 967.391 + 59.050 + 150.302 = 1.176.743,
      // and 1.510.223 / 1.176.743 - 1 = 28,34 %
      'Kanwil Banten, peserta aktif 2017, with growth over 2016',
      ['BANTEN', 'PESERTA_AKTIF', { year: 2017 }],
      'Jumlah peserta aktif Kanwil Banten per 31 Desember 2017 sebanyak 1.510.223 orang dari target 1.440.590 orang atau 104,83 persen, tumbuh 28,34 persen dibanding periode yang sama tahun 2016.',
    ],
    [
      // 18.319 / 16.714 = 109,60 %; 18.319 / 13.922 - 1 = 31,58 %
      'Kanwil Banten, perusahaan aktif 2017',
      ['BANTEN', 'PERUSAHAAN_AKTIF', { year: 2017 }],
      'Jumlah perusahaan aktif Kanwil Banten per 31 Desember 2017 sebanyak 18.319 perusahaan dari target 16.714 perusahaan atau 109,60 persen, tumbuh 31,58 persen dibanding periode yang sama tahun 2016.',
    ],
    [
      // 7.620 / 6.470 = 117,77 %
      'Kanwil Banten, perusahaan baru 2017',
      ['BANTEN', 'PERUSAHAAN_BARU', { year: 2017 }],
      'Realisasi perusahaan baru Kanwil Banten tahun 2017 sebanyak 7.620 perusahaan dari target 6.470 perusahaan atau 117,77 persen.',
    ],
    [
      // 460.482 / 415.701 = 110,77 %
      'Kanwil Banten, tenaga kerja baru PU 2017',
      ['BANTEN', 'TENAGA_KERJA_BARU', { year: 2017 }, 'PU'],
      'Realisasi tenaga kerja baru segmen penerima upah (PU) Kanwil Banten tahun 2017 sebanyak 460.482 orang dari target 415.701 orang atau 110,77 persen.',
    ],
    [
      // 176.280 / 146.229 = 120,55 %
      'Kanwil Banten, tenaga kerja baru BPU 2017',
      ['BANTEN', 'TENAGA_KERJA_BARU', { year: 2017 }, 'BPU'],
      'Realisasi tenaga kerja baru segmen bukan penerima upah (BPU) Kanwil Banten tahun 2017 sebanyak 176.280 orang dari target 146.229 orang atau 120,55 persen.',
    ],
    [
      // 274.206 / 234.444 = 116,96 %
      'Kanwil Banten, tenaga kerja baru Jakon 2017',
      ['BANTEN', 'TENAGA_KERJA_BARU', { year: 2017 }, 'JAKON'],
      'Realisasi tenaga kerja baru segmen jasa konstruksi (Jakon) Kanwil Banten tahun 2017 sebanyak 274.206 orang dari target 234.444 orang atau 116,96 persen.',
    ],
    [
      // the issue's own example: 146.309.000.000 / 137.956.000.000 = 106,05 %; the data run to 19 December
      'KC Pekalongan, iuran 2019 (the year; the data run to 19 December)',
      ['PEKALONGAN', 'IURAN', { year: 2019 }],
      'Realisasi penerimaan iuran Kantor Cabang Pekalongan periode 1 Januari - 19 Desember 2019 sebesar Rp146,31 miliar dari target Rp137,96 miliar atau 106,05 persen.',
    ],
    [
      'KC Pekalongan, iuran up to 19 December 2019',
      ['PEKALONGAN', 'IURAN', { year: 2019, until: '2019-12-19' }],
      'Realisasi penerimaan iuran Kantor Cabang Pekalongan periode 1 Januari - 19 Desember 2019 sebesar Rp146,31 miliar dari target Rp137,96 miliar atau 106,05 persen.',
    ],
    [
      // 15.605 / 22.300 = 69,98 %, 6.695 short
      'KC Pekalongan, peserta aktif BPU 2019, below target',
      ['PEKALONGAN', 'PESERTA_AKTIF', { year: 2019 }, 'BPU'],
      'Jumlah peserta aktif segmen bukan penerima upah (BPU) Kantor Cabang Pekalongan per 19 Desember 2019 sebanyak 15.605 orang dari target 22.300 orang atau 69,98 persen, kurang 6.695 orang dari target.',
    ],
    [
      // 92.095 / 97.991 = 93,98 %, 5.896 short
      'KC Pekalongan, peserta aktif PU 2019, below target',
      ['PEKALONGAN', 'PESERTA_AKTIF', { year: 2019 }, 'PU'],
      'Jumlah peserta aktif segmen penerima upah (PU) Kantor Cabang Pekalongan per 19 Desember 2019 sebanyak 92.095 orang dari target 97.991 orang atau 93,98 persen, kurang 5.896 orang dari target.',
    ],
    [
      'Kanwil Jawa Timur, iuran 2018, no target',
      ['JATIM', 'IURAN', { year: 2018 }],
      'Realisasi penerimaan iuran Kanwil Jawa Timur tahun 2018 sebesar Rp5,2 triliun, tanpa target yang ditetapkan.',
    ],
    [
      'Kanwil Jawa Timur, iuran 2019, a target and no realization yet',
      ['JATIM', 'IURAN', { year: 2019 }],
      'Realisasi penerimaan iuran Kanwil Jawa Timur tahun 2019 belum tersedia, dengan target Rp5,98 triliun.',
    ],
    [
      'Kanwil Jawa Timur, tenaga kerja baru 2018, no target',
      ['JATIM', 'TENAGA_KERJA_BARU', { year: 2018 }],
      'Realisasi tenaga kerja baru Kanwil Jawa Timur tahun 2018 sebanyak 2.200.000 orang, tanpa target yang ditetapkan.',
    ],
    [
      // 4,1 / 6,5 = 63,08 %; against the whole year's target it is 2,4 triliun short
      'Kanwil Jawa Barat, iuran 2016 (the year; data to 31 July)',
      ['JABAR', 'IURAN', { year: 2016 }],
      'Realisasi penerimaan iuran Kanwil Jawa Barat periode 1 Januari - 31 Juli 2016 sebesar Rp4,1 triliun dari target Rp6,5 triliun atau 63,08 persen, kurang Rp2,4 triliun dari target.',
    ],
    [
      // up to 31 July the prorated target is 6,5 triliun x 213/366 = Rp3,78 triliun, which 4,1 triliun reaches
      'Kanwil Jawa Barat, iuran up to 31 July 2016: on track, so no shortfall',
      ['JABAR', 'IURAN', { year: 2016, until: '2016-07-31' }],
      'Realisasi penerimaan iuran Kanwil Jawa Barat periode 1 Januari - 31 Juli 2016 sebesar Rp4,1 triliun dari target Rp6,5 triliun atau 63,08 persen.',
    ],
    [
      // 2.930.000 / 5.330.000 = 54,97 %, 2.400.000 short of the year-end target
      'Kanwil Jawa Barat, peserta aktif 2016',
      ['JABAR', 'PESERTA_AKTIF', { year: 2016 }],
      'Jumlah peserta aktif Kanwil Jawa Barat per 31 Juli 2016 sebanyak 2.930.000 orang dari target 5.330.000 orang atau 54,97 persen, kurang 2.400.000 orang dari target.',
    ],
    [
      // 26 / 42,65 = 60,96 %; prorated 42,65 triliun x 213/366 = Rp24,82 triliun, reached
      'national iuran up to 31 July 2016',
      ['NASIONAL', 'IURAN', { year: 2016, until: '2016-07-31' }],
      'Realisasi penerimaan iuran BPJS Ketenagakerjaan secara nasional periode 1 Januari - 31 Juli 2016 sebesar Rp26 triliun dari target Rp42,65 triliun atau 60,96 persen.',
    ],
    [
      // 20 / 22 = 90,91 %
      'national peserta aktif 2016',
      ['NASIONAL', 'PESERTA_AKTIF', { year: 2016 }],
      'Jumlah peserta aktif BPJS Ketenagakerjaan secara nasional per 31 Juli 2016 sebanyak 20.000.000 orang dari target 22.000.000 orang atau 90,91 persen, kurang 2.000.000 orang dari target.',
    ],
  ] as const)('%s', async (_name, args, sentence) => {
    const [code, metric, period, segment] = args as unknown as [string, string, { year: number; until?: string }, string?];
    expect(await summary(code, metric, period, segment)).toBe(sentence);
  });

  it('measures growth over the span it names: data to 30 June against January-June a year earlier', async () => {
    await write(app, [
      flow('SERANG', 'IURAN', '2018-01-01', '2018-06-30', '60000000000.00'),
      flow('SERANG', 'IURAN', '2018-07-01', '2018-12-31', '60000000000.00'),
      flow('SERANG', 'IURAN', '2019-01-01', '2019-06-30', '90000000000.00'),
    ]);
    // 90 against the 60 of January-June 2018: +50 %; the growth field compares the whole years, 90 / 120 - 1 = -25 %
    expect(await summary('SERANG', 'IURAN', { year: 2019 })).toBe(
      'Realisasi penerimaan iuran Kantor Cabang Serang periode 1 Januari - 30 Juni 2019 sebesar Rp90 miliar, tanpa target yang ditetapkan, tumbuh 50,00 persen dibanding periode yang sama tahun 2018.',
    );
    const res = await app.run<{ orgUnit: { performance: { growth: { value: string } } } }>(
      '{ orgUnit(code: "SERANG") { performance(metric: "IURAN", period: { year: 2019 }) { growth { value } } } }',
    );
    expect(res.data!.orgUnit.performance.growth.value).toBe('-25.0000');
  });

  it("is on the report's totals too, one sentence per metric", async () => {
    const res = await app.run<{ report: { totals: { summary: string }[] } }>(
      `{ report(input: { parent: "BANTEN", level: KANTOR_CABANG, metrics: ["IURAN", "PERUSAHAAN_BARU"], period: { year: 2017 } }) { totals { summary } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.report.totals.map((t) => t.summary)).toEqual([
      'Realisasi penerimaan iuran Kanwil Banten tahun 2017 sebesar Rp4,07 triliun dari target Rp4,06 triliun atau 100,27 persen.',
      'Realisasi perusahaan baru Kanwil Banten tahun 2017 sebanyak 7.620 perusahaan dari target 6.470 perusahaan atau 117,77 persen.',
    ]);
  });
});
