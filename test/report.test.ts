/** The report table and the time series for analysts and report generators. */
import { Principal, Role } from '../src/auth/auth.model';
import { ReportDocument, ReportQuery, SeriesDocument, UnitPerformanceDocument } from '../src/client/generated/graphql';
import { OrgLevel } from '../src/org/org.model';
import { createTestApp, TestApp } from './support/app';
import { monthly, position, TINY_TREE, withReferenceTree, withSynthetic, withTree, write, yearTarget } from './scenarios';

let tiny: TestApp;
let real: TestApp;

beforeAll(async () => {
  [tiny, real] = await Promise.all([createTestApp(), createTestApp()]);
  await withTree(tiny, TINY_TREE);
  await write(tiny, [
    monthly('99.01', 'IURAN', 2024, 1, '100.00'),
    monthly('99.01', 'IURAN', 2024, 2, '110.00'),
    monthly('99.01', 'IURAN', 2024, 4, '130.00'),
    monthly('99.02', 'IURAN', 2024, 1, '200.00'),
    monthly('99.71', 'IURAN', 2024, 1, '50.00'),
    monthly('99.72', 'IURAN', 2024, 1, '400.00'),
    yearTarget('99.01', 'IURAN', 2024, '1000.00'),
    yearTarget('99.02', 'IURAN', 2024, '2000.00'),
    yearTarget('99.71', 'IURAN', 2024, '100.00'),
    position('99.01', 'PESERTA_AKTIF', '2024-01-31', '10', 'PU'),
    position('99.01', 'PESERTA_AKTIF', '2024-03-31', '12', 'PU'),
    monthly('99.01', 'IURAN', 2023, 1, '80.00'),
  ]);
  const units = await withReferenceTree(real);
  const banten = new Set(['BANTEN', ...units.filter((u) => u.parentCode === 'BANTEN').map((u) => u.code)]);
  await withSynthetic(real, units.filter((u) => u.code === 'NASIONAL' || banten.has(u.code) || banten.has(u.parentCode ?? '')));
}, 120_000);
afterAll(async () => {
  await Promise.all([tiny?.close(), real?.close()]);
});

type Rows = ReportQuery['report']['rows'];
const codes = (rows: Rows) => rows.map((r) => r.unit.code);

describe('report', () => {
  it('lists the offices of a level, ranked by the first metric\'s achievement, with the parent\'s figures as totals', async () => {
    const res = await tiny.run(ReportDocument, { input: { parent: 'K1', level: OrgLevel.WILAYAH, metrics: ['IURAN', 'PESERTA_AKTIF'], period: { year: 2024, quarter: 1 } } });
    expect(res.errors).toBeUndefined();
    const r = res.data!.report;
    expect(r.parent.code).toBe('K1');
    expect(r.period.label).toBe('Triwulan I 2024');
    expect(r.metrics.map((m) => m.code)).toEqual(['IURAN', 'PESERTA_AKTIF']);
    // achievements: 99.71 50%, 99.01 21%, 99.02 10%, 99.72 none (no target): last
    expect(r.rows.map((x) => [x.rank, x.unit.code, x.cells[0].achievement?.value ?? null])).toEqual([
      [1, '99.71', '50.0000'],
      [2, '99.01', '21.0000'],
      [3, '99.02', '10.0000'],
      [4, '99.72', null],
    ]);
    expect(r.rows[1].cells[1].realization!.value).toBe('12');
    expect(r.totals.map((t) => t.realization!.value)).toEqual(['860.00', '12']);
  });

  it('has totals equal to the parent\'s own rollup for the period', async () => {
    const period = { year: 2024, until: '2024-09-30' };
    const report = (await real.run(ReportDocument, { input: { parent: 'BANTEN', level: OrgLevel.KANTOR_CABANG, metrics: ['IURAN', 'PESERTA_AKTIF', 'TENAGA_KERJA_BARU'], period } })).data!.report;
    expect(report.rows.length).toBeGreaterThan(1);
    for (const [i, metric] of ['IURAN', 'PESERTA_AKTIF', 'TENAGA_KERJA_BARU'].entries()) {
      const own = (await real.run(UnitPerformanceDocument, { code: 'BANTEN', metric, period })).data!.orgUnit!.performance;
      const total = report.totals[i];
      expect(total.metric.code).toBe(metric);
      expect({ realization: total.realization, target: total.target, achievement: total.achievement, gap: total.gap, status: total.status }).toEqual({
        realization: { value: own.realization!.value, formatted: own.realization!.formatted, source: own.realization!.source },
        target: { value: own.target!.value, formatted: own.target!.formatted },
        achievement: { value: own.achievement!.value, formatted: own.achievement!.formatted },
        gap: { value: own.gap!.value, formatted: own.gap!.formatted },
        status: own.status,
      });
    }
  });

  it('sorts by any column, exactly, with the office code breaking ties', async () => {
    const run = async (sort: object) =>
      (await real.run(ReportDocument, { input: { parent: 'BANTEN', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 }, sort: sort as never } })).data!.report.rows;
    const byRealization = await run({ metric: 'IURAN', field: 'REALIZATION', direction: 'DESC' });
    const values = byRealization.map((r) => BigInt(r.cells[0].realization!.value.replace('.', '')));
    expect(values).toEqual([...values].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(byRealization.map((r) => r.rank)).toEqual(byRealization.map((_, i) => i + 1));
    const byName = await run({ field: 'NAME', direction: 'ASC' });
    expect(byName.map((r) => r.unit.name)).toEqual([...byName.map((r) => r.unit.name)].sort((a, b) => a.localeCompare(b, 'id')));
    const byCode = await run({ field: 'CODE', direction: 'ASC' });
    expect(codes(byCode)).toEqual([...codes(byCode)].sort());
  });

  it('filters by the first metric\'s status, keeping each row\'s rank among all', async () => {
    const input = { parent: 'BANTEN', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 } };
    const all = (await real.run(ReportDocument, { input })).data!.report.rows;
    const below = (await real.run(ReportDocument, { input: { ...input, status: 'BELOW_TARGET' as never } })).data!.report.rows;
    expect(below.length).toBeGreaterThan(0);
    expect(below.length).toBeLessThan(all.length);
    expect(below.every((r) => r.cells[0].status === 'BELOW_TARGET')).toBe(true);
    expect(below).toEqual(all.filter((r) => r.cells[0].status === 'BELOW_TARGET'));
  });

  it.each([
    [{ level: OrgLevel.KANWIL }, /level must be a level below K1 \(KANWIL\), got KANWIL/],
    [{ parent: 'NOPE' }, /unknown office code "NOPE"/],
    [{ metrics: [] }, /a report has 1 to 10 metrics, got 0/],
    [{ metrics: ['IURAN', 'IURAN'] }, /metric IURAN is asked twice/],
    [{ metrics: ['IURANN'] }, /unknown metric "IURANN"/],
    [{ sort: { metric: 'PESERTA_AKTIF', field: 'GAP' } }, /sort\.metric must be one of the report's metrics \(IURAN\), got PESERTA_AKTIF/],
    [{ period: { year: 2024, month: 13 } }, /period\.month must be a whole number from 1 to 12/],
  ])('refuses %j', async (change, message) => {
    const res = await tiny.run(ReportDocument, { input: { parent: 'K1', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 }, ...change } as never });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
  });

  it('is FORBIDDEN for a parent outside the caller\'s scope', async () => {
    const viewer: Principal = { subject: 'v', role: Role.VIEWER, scope: 'KC_A' };
    const res = await tiny.run(ReportDocument, { input: { parent: 'K1', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 } } }, viewer);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const own = await tiny.run(ReportDocument, { input: { parent: 'KC_A', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 } } }, viewer);
    expect(codes(own.data!.report.rows).sort()).toEqual(['99.01', '99.02']);
  });
});

describe('series', () => {
  it('gives a point per month, empty ones explicit, with the year-to-date realization', async () => {
    const res = await tiny.run(SeriesDocument, { input: { unit: '99.01', metric: 'IURAN', granularity: 'MONTH' as never, from: '2024-01-15', to: '2024-05-02' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.series.map((p) => [p.period.label, p.performance.realization?.value ?? null, p.performance.status, p.cumulativeRealization?.value ?? null])).toEqual([
      // the month's prorated target is 1000 x 31/366 = 84,70
      ['Januari 2024', '100.00', 'ACHIEVED', '100.00'],
      ['Februari 2024', '110.00', 'ACHIEVED', '210.00'],
      ['Maret 2024', null, 'NO_DATA', '210.00'],
      ['April 2024', '130.00', 'ACHIEVED', '340.00'],
      ['Mei 2024', null, 'NO_DATA', '340.00'],
    ]);
    expect(res.data!.series[0].performance.target!.value).toBe('1000.00');
  });

  it('gives quarters and years, flows summed within each', async () => {
    const q = await tiny.run(SeriesDocument, { input: { unit: 'KC_A', metric: 'IURAN', granularity: 'QUARTER' as never, from: '2024-01-01', to: '2024-12-31' } });
    expect(q.data!.series.map((p) => [p.period.label, p.performance.realization?.value ?? null])).toEqual([
      ['Triwulan I 2024', '410.00'],
      ['Triwulan II 2024', '130.00'],
      ['Triwulan III 2024', null],
      ['Triwulan IV 2024', null],
    ]);
    const y = await tiny.run(SeriesDocument, { input: { unit: '99.01', metric: 'IURAN', granularity: 'YEAR' as never, from: '2023-06-01', to: '2024-06-01' } });
    expect(y.data!.series.map((p) => [p.period.label, p.performance.realization?.value, p.cumulativeRealization?.value])).toEqual([
      ['Tahun 2023', '80.00', '80.00'],
      ['Tahun 2024', '340.00', '340.00'],
    ]);
  });

  it('gives a stock\'s position at each point', async () => {
    const res = await tiny.run(SeriesDocument, { input: { unit: '99.01', metric: 'PESERTA_AKTIF', granularity: 'MONTH' as never, from: '2024-01-01', to: '2024-03-31' } });
    expect(res.data!.series.map((p) => p.performance.realization?.value ?? null)).toEqual(['10', null, '12']);
  });

  it.each([
    [{ from: '2014-01-01', to: '2024-12-31' }, /at most 10 calendar years, got 11/],
    [{ from: '2024-05-01', to: '2024-01-01' }, /to \(2024-01-01\) is before from \(2024-05-01\)/],
    [{ metric: 'IURAN', segment: 'PU' }, /cannot be broken down by segment PU/],
  ])('refuses %j', async (change, message) => {
    const res = await tiny.run(SeriesDocument, { input: { unit: '99.01', metric: 'IURAN', granularity: 'MONTH' as never, from: '2024-01-01', to: '2024-02-01', ...change } as never });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
  });
});
