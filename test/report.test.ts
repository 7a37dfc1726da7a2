/** The report table and the time series for analysts and report generators. */
import { Principal, Role } from '../src/auth/auth.model';
import { ReportDocument, ReportQuery, SeriesDocument, UnitPerformanceDocument } from '../src/client/generated/graphql';
import { OrgLevel } from '../src/org/org.model';
import { createTestApp, TestApp } from './support/app';
import { bantenOnly, monthly, position, TINY_TREE, withReferenceTree, withSynthetic, withTree, write, yearTarget } from './scenarios';

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
    // 2022: the totals worked out by hand (only that test reads 2022)
    monthly('99.01', 'IURAN', 2022, 1, '1000000.00'),
    monthly('99.01', 'IURAN', 2022, 6, '1587656.75'),
    monthly('99.01', 'IURAN', 2022, 10, '5000000.00'),
    monthly('99.02', 'IURAN', 2022, 3, '1000000.50'),
    monthly('99.71', 'IURAN', 2022, 9, '2000000.00'),
    yearTarget('KC_A', 'IURAN', 2022, '3650000.00'),
    yearTarget('KC_B', 'IURAN', 2022, '2920000.00'),
    yearTarget('K1', 'IURAN', 2022, '7300000.00'),
    position('99.01', 'PESERTA_AKTIF', '2022-06-30', '380'),
    position('99.01', 'PESERTA_AKTIF', '2022-09-30', '400'),
    position('99.01', 'PESERTA_AKTIF', '2022-12-31', '999'),
    position('99.02', 'PESERTA_AKTIF', '2022-09-30', '250'),
    position('99.71', 'PESERTA_AKTIF', '2022-09-30', '300'),
    position('99.72', 'PESERTA_AKTIF', '2022-09-30', '150'),
    position('K1', 'PESERTA_AKTIF', '2022-09-30', '1180'),
    yearTarget('KC_A', 'PESERTA_AKTIF', 2022, '700'),
    yearTarget('KC_B', 'PESERTA_AKTIF', 2022, '500'),
    monthly('99.72', 'PERUSAHAAN_BARU', 2022, 2, '7'),
  ]);
  await withSynthetic(real, bantenOnly(await withReferenceTree(real)));
}, 120_000);
afterAll(async () => {
  await Promise.all([tiny?.close(), real?.close()]);
});

type Rows = ReportQuery['report']['rows'];

/** The report's totals with what reconciles them: the prorated target and the children's sum. */
const REPORT_WITH_RECONCILIATION = `query ($input: ReportInput!) {
  report(input: $input) {
    rows { rank unit { code } cells { realization { value } target { value } } }
    totals {
      metric { code }
      realization { value formatted source }
      childrenRealization { value }
      target { value formatted source }
      proratedTarget { value formatted }
      achievement { value formatted }
      gap { value formatted }
      status
    }
  }
}`;
type Fig = { value: string; formatted: string } | null;
interface ReportTotals {
  report: {
    rows: { rank: number; unit: { code: string }; cells: { realization: { value: string } | null; target: { value: string } | null }[] }[];
    totals: {
      metric: { code: string };
      realization: (Fig & { source: string }) | null;
      childrenRealization: { value: string } | null;
      target: (Fig & { source: string }) | null;
      proratedTarget: Fig;
      achievement: Fig;
      gap: Fig;
      status: string;
    }[];
  };
}
const codes = (rows: Rows) => rows.map((r) => r.unit.code);

describe('report', () => {
  it("lists the offices of a level, ranked by the first metric's achievement, with the parent's figures as totals", async () => {
    const res = await tiny.run(ReportDocument, {
      input: { parent: 'K1', level: OrgLevel.WILAYAH, metrics: ['IURAN', 'PESERTA_AKTIF'], period: { year: 2024, quarter: 1 } },
    });
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

  it("has totals worked out by hand: the parent's own figure where recorded, else the sum of the rows", async () => {
    // the 2022 figures of the beforeAll; 1 January - 30 September 2022 is 273 of 365 days
    const period = { year: 2022, until: '2022-09-30' };
    const res = await tiny.run<ReportTotals>(REPORT_WITH_RECONCILIATION, {
      input: { parent: 'K1', level: OrgLevel.KANTOR_CABANG, metrics: ['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_BARU'], period },
    });
    expect(res.errors).toBeUndefined();
    const report = res.data!.report;

    // The rows. IURAN (flows inside the period; 99.01's October is after it):
    //   KC_A = 1.000.000,00 + 1.587.656,75 (99.01) + 1.000.000,50 (99.02) = 3.587.657,25; target recorded 3.650.000,00
    //   KC_B = 2.000.000,00 (99.71; 99.72 has none);                                         target recorded 2.920.000,00
    // PESERTA_AKTIF (each office's latest position inside the period; 99.01's 2022-06-30 and 2022-12-31 do not count):
    //   KC_A = 400 + 250 = 650, target 700;  KC_B = 300 + 150 = 450, target 500
    // Ranked by IURAN achievement: KC_A 3.587.657,25 / 3.650.000 x 100 = 98,2920 before KC_B 2.000.000 / 2.920.000 x 100 = 68,4932.
    expect(
      report.rows.map((r) => [r.rank, r.unit.code, ...r.cells.map((c) => [c.realization?.value ?? null, c.target?.value ?? null])]),
    ).toEqual([
      [1, 'KC_A', ['3587657.25', '3650000.00'], ['650', '700'], [null, null]],
      [2, 'KC_B', ['2000000.00', '2920000.00'], ['450', '500'], ['7', null]],
    ]);

    expect(report.totals).toEqual([
      {
        metric: { code: 'IURAN' },
        // no figure of K1's own: the sum of the rows, 3.587.657,25 + 2.000.000,00 = 5.587.657,25
        realization: { value: '5587657.25', formatted: 'Rp5.587.657,25', source: 'ROLLED_UP' },
        childrenRealization: { value: '5587657.25' },
        // K1's own yearly target wins over the rows' 3.650.000,00 + 2.920.000,00 = 6.570.000,00
        target: { value: '7300000.00', formatted: 'Rp7.300.000,00', source: 'RECORDED' },
        // 7.300.000,00 x 273 / 365 = 5.460.000,00
        proratedTarget: { value: '5460000.00', formatted: 'Rp5.460.000,00' },
        // 5.587.657,25 / 7.300.000,00 x 100 = 76,54325 exactly: half away from zero gives 76,5433 (half-even would give 76,5432)
        achievement: { value: '76.5433', formatted: '76,54%' },
        // 5.587.657,25 - 7.300.000,00
        gap: { value: '-1712342.75', formatted: '-Rp1.712.342,75' },
        // the period is shorter than the year: 5.587.657,25 reaches the prorated 5.460.000,00 (not the yearly 7.300.000,00)
        status: 'ACHIEVED',
      },
      {
        metric: { code: 'PESERTA_AKTIF' },
        // K1's own position on 2022-09-30 wins over the rows' 650 + 450 = 1.100, which stays visible for reconciliation
        realization: { value: '1180', formatted: '1.180', source: 'RECORDED' },
        childrenRealization: { value: '1100' },
        // no target of K1's own: the rows' 700 + 500 = 1.200
        target: { value: '1200', formatted: '1.200', source: 'ROLLED_UP' },
        // a stock keeps the year-end target
        proratedTarget: { value: '1200', formatted: '1.200' },
        // 1.180 / 1.200 x 100 = 98,33333...
        achievement: { value: '98.3333', formatted: '98,33%' },
        // 1.180 - 1.200
        gap: { value: '-20', formatted: '-20' },
        // 1.180 < 1.200
        status: 'BELOW_TARGET',
      },
      {
        metric: { code: 'PERUSAHAAN_BARU' },
        // 7 (99.72, February), and no target anywhere
        realization: { value: '7', formatted: '7', source: 'ROLLED_UP' },
        childrenRealization: { value: '7' },
        target: null,
        proratedTarget: null,
        achievement: null,
        gap: null,
        status: 'NO_TARGET',
      },
    ]);

    // and the same figures as K1's own Performance, which the README promises ("totals that equal the parent's own rollup")
    for (const [i, metric] of ['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_BARU'].entries()) {
      const own = (await tiny.run(UnitPerformanceDocument, { code: 'K1', metric, period })).data!.orgUnit!.performance;
      const { metric: _m, ...total } = report.totals[i];
      expect(total).toEqual({
        realization: own.realization && {
          value: own.realization.value,
          formatted: own.realization.formatted,
          source: own.realization.source,
        },
        childrenRealization: own.childrenRealization && { value: own.childrenRealization.value },
        target: own.target && { value: own.target.value, formatted: own.target.formatted, source: own.target.source },
        proratedTarget: own.proratedTarget && { value: own.proratedTarget.value, formatted: own.proratedTarget.formatted },
        achievement: own.achievement && { value: own.achievement.value, formatted: own.achievement.formatted },
        gap: own.gap && { value: own.gap.value, formatted: own.gap.formatted },
        status: own.status,
      });
    }
  });

  it('sorts by any column, exactly, with the office code breaking ties', async () => {
    const run = async (sort: object) =>
      (
        await real.run(ReportDocument, {
          input: { parent: 'BANTEN', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 }, sort: sort as never },
        })
      ).data!.report.rows;
    const byRealization = await run({ metric: 'IURAN', field: 'REALIZATION', direction: 'DESC' });
    const values = byRealization.map((r) => BigInt(r.cells[0].realization!.value.replace('.', '')));
    expect(values).toEqual([...values].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(byRealization.map((r) => r.rank)).toEqual(byRealization.map((_, i) => i + 1));
    const byName = await run({ field: 'NAME', direction: 'ASC' });
    expect(byName.map((r) => r.unit.name)).toEqual([...byName.map((r) => r.unit.name)].sort((a, b) => a.localeCompare(b, 'id')));
    const byCode = await run({ field: 'CODE', direction: 'ASC' });
    expect(codes(byCode)).toEqual([...codes(byCode)].sort());
  });

  it("filters by the first metric's status, keeping each row's rank among all", async () => {
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
    const res = await tiny.run(ReportDocument, {
      input: { parent: 'K1', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 }, ...change } as never,
    });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
  });

  it("is FORBIDDEN for a parent outside the caller's scope", async () => {
    const viewer: Principal = { subject: 'v', role: Role.VIEWER, scope: 'KC_A' };
    const res = await tiny.run(
      ReportDocument,
      { input: { parent: 'K1', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 } } },
      viewer,
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const own = await tiny.run(
      ReportDocument,
      { input: { parent: 'KC_A', level: OrgLevel.WILAYAH, metrics: ['IURAN'], period: { year: 2024 } } },
      viewer,
    );
    expect(codes(own.data!.report.rows).sort()).toEqual(['99.01', '99.02']);
  });
});

describe('series', () => {
  it('gives a point per month, empty ones explicit, with the year-to-date realization', async () => {
    const res = await tiny.run(SeriesDocument, {
      input: { unit: '99.01', metric: 'IURAN', granularity: 'MONTH' as never, from: '2024-01-15', to: '2024-05-02' },
    });
    expect(res.errors).toBeUndefined();
    expect(
      res.data!.series.map((p) => [
        p.period.label,
        p.performance.realization?.value ?? null,
        p.performance.status,
        p.cumulativeRealization?.value ?? null,
      ]),
    ).toEqual([
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
    const q = await tiny.run(SeriesDocument, {
      input: { unit: 'KC_A', metric: 'IURAN', granularity: 'QUARTER' as never, from: '2024-01-01', to: '2024-12-31' },
    });
    expect(q.data!.series.map((p) => [p.period.label, p.performance.realization?.value ?? null])).toEqual([
      ['Triwulan I 2024', '410.00'],
      ['Triwulan II 2024', '130.00'],
      ['Triwulan III 2024', null],
      ['Triwulan IV 2024', null],
    ]);
    const y = await tiny.run(SeriesDocument, {
      input: { unit: '99.01', metric: 'IURAN', granularity: 'YEAR' as never, from: '2023-06-01', to: '2024-06-01' },
    });
    expect(y.data!.series.map((p) => [p.period.label, p.performance.realization?.value, p.cumulativeRealization?.value])).toEqual([
      ['Tahun 2023', '80.00', '80.00'],
      ['Tahun 2024', '340.00', '340.00'],
    ]);
  });

  it("gives a stock's position at each point", async () => {
    const res = await tiny.run(SeriesDocument, {
      input: { unit: '99.01', metric: 'PESERTA_AKTIF', granularity: 'MONTH' as never, from: '2024-01-01', to: '2024-03-31' },
    });
    expect(res.data!.series.map((p) => p.performance.realization?.value ?? null)).toEqual(['10', null, '12']);
  });

  it.each([
    [{ from: '2014-01-01', to: '2024-12-31' }, /at most 10 calendar years, got 11/],
    [{ from: '2024-05-01', to: '2024-01-01' }, /to \(2024-01-01\) is before from \(2024-05-01\)/],
    [{ metric: 'IURAN', segment: 'PU' }, /cannot be broken down by segment PU/],
  ])('refuses %j', async (change, message) => {
    const res = await tiny.run(SeriesDocument, {
      input: { unit: '99.01', metric: 'IURAN', granularity: 'MONTH' as never, from: '2024-01-01', to: '2024-02-01', ...change } as never,
    });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
  });
});
