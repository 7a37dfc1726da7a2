/**
 * The one rollup rule (docs/domain.md §4) on a 1x2x4 tree with figures
 * worked out by hand: RECORDED against ROLLED_UP along the hierarchy and
 * along segments, flows against stocks across months, targets and their
 * proration, growth, share, status and posisi data.
 *
 *   NASIONAL -> K1 -> KC_A -> 99.01, 99.02
 *                  -> KC_B -> 99.71, 99.72
 */
import { UnitPerformanceDocument, UnitPerformanceQuery } from '../src/client/generated/graphql';
import { createTestApp, TestApp } from './support/app';
import { flow, monthly, monthTarget, position, TINY_TREE, withTree, write, yearTarget } from './scenarios';

let app: TestApp;
type Perf = NonNullable<UnitPerformanceQuery['orgUnit']>['performance'];

const Q1 = { year: 2021, quarter: 1 };
const JAN = { year: 2021, month: 1 };

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
  await write(app, [
    // IURAN, a flow: monthly for every wilayah in Q1 2021
    ...(['100.00', '110.00', '120.00'] as const).map((v, i) => monthly('99.01', 'IURAN', 2021, i + 1, v)),
    ...['200.00', '210.00', '220.00'].map((v, i) => monthly('99.02', 'IURAN', 2021, i + 1, v)),
    ...['300.00', '310.00', '320.00'].map((v, i) => monthly('99.71', 'IURAN', 2021, i + 1, v)),
    ...['400.00', '410.00', '420.00'].map((v, i) => monthly('99.72', 'IURAN', 2021, i + 1, v)),
    // KC_B recorded its own Q1 figure, which differs from its children's sum (2160)
    flow('KC_B', 'IURAN', '2021-01-01', '2021-03-31', '2500.00'),
    // last year, for growth
    monthly('99.01', 'IURAN', 2020, 1, '80.00'),
    // IURAN targets: yearly for two wilayah, monthly for KC_B, K1's own wins over its children
    yearTarget('99.01', 'IURAN', 2021, '1200.00'),
    yearTarget('99.02', 'IURAN', 2021, '2400.00'),
    monthTarget('KC_B', 'IURAN', 2021, 1, '300.00'),
    monthTarget('KC_B', 'IURAN', 2021, 2, '300.00'),
    monthTarget('KC_B', 'IURAN', 2021, 3, '300.00'),
    yearTarget('K1', 'IURAN', 2021, '10000.00'),
    // PESERTA_AKTIF, a stock: positions by segment for 99.01, a total for 99.02
    position('99.01', 'PESERTA_AKTIF', '2021-01-31', '50', 'PU'),
    position('99.01', 'PESERTA_AKTIF', '2021-02-28', '55', 'PU'),
    position('99.01', 'PESERTA_AKTIF', '2021-03-31', '60', 'PU'),
    position('99.01', 'PESERTA_AKTIF', '2021-01-31', '10', 'BPU'),
    position('99.01', 'PESERTA_AKTIF', '2021-02-28', '12', 'BPU'),
    position('99.02', 'PESERTA_AKTIF', '2021-02-28', '100'),
    yearTarget('99.02', 'PESERTA_AKTIF', 2021, '150'),
    // 99.71 recorded a total and segments that do not add up to it: the total wins
    position('99.71', 'PESERTA_AKTIF', '2021-03-31', '500'),
    position('99.71', 'PESERTA_AKTIF', '2021-03-31', '300', 'PU'),
    position('99.71', 'PESERTA_AKTIF', '2021-03-31', '100', 'BPU'),
    // 99.72 has segments only, no total: a stock's targets (PU yearly, BPU monthly), and a flow's
    // targets and realizations (TENAGA_KERJA_BARU: PU yearly, BPU monthly)
    yearTarget('99.72', 'PESERTA_AKTIF', 2021, '40', 'PU'),
    monthTarget('99.72', 'PESERTA_AKTIF', 2021, 1, '5', 'BPU'),
    monthTarget('99.72', 'PESERTA_AKTIF', 2021, 2, '6', 'BPU'),
    yearTarget('99.72', 'TENAGA_KERJA_BARU', 2021, '365', 'PU'),
    monthTarget('99.72', 'TENAGA_KERJA_BARU', 2021, 1, '10', 'BPU'),
    monthTarget('99.72', 'TENAGA_KERJA_BARU', 2021, 2, '20', 'BPU'),
    monthly('99.72', 'TENAGA_KERJA_BARU', 2021, 1, '7', 'PU'),
    monthly('99.72', 'TENAGA_KERJA_BARU', 2021, 2, '3', 'BPU'),
  ]);
});
afterAll(() => app.close());

async function perf(code: string, metric: string, period: object, segment?: 'PU' | 'BPU'): Promise<Perf> {
  const res = await app.run(UnitPerformanceDocument, { code, metric, period: period as never, segment });
  expect(res.errors).toBeUndefined();
  return res.data!.orgUnit!.performance;
}

describe('the one rule along the hierarchy', () => {
  it("a wilayah's own figures are RECORDED; a Kantor Cabang without its own is the ROLLED_UP sum", async () => {
    expect((await perf('99.01', 'IURAN', Q1)).realization).toMatchObject({ value: '330.00', source: 'RECORDED' });
    const kcA = await perf('KC_A', 'IURAN', Q1);
    expect(kcA.realization).toMatchObject({ value: '960.00', source: 'ROLLED_UP' });
    expect(kcA.childrenRealization).toEqual({ value: '960.00', source: 'ROLLED_UP' });
  });

  it('a recorded figure wins over the sum of the children, which stays available', async () => {
    const kcB = await perf('KC_B', 'IURAN', Q1);
    expect(kcB.realization).toMatchObject({ value: '2500.00', source: 'RECORDED' });
    expect(kcB.childrenRealization).toEqual({ value: '2160.00', source: 'ROLLED_UP' });
    expect(kcB.dataUntil).toBe('2021-03-31');
  });

  it("the rule recurses: K1 and NASIONAL add KC_A's sum and KC_B's recorded figure", async () => {
    expect((await perf('K1', 'IURAN', Q1)).realization).toMatchObject({ value: '3460.00', source: 'ROLLED_UP' });
    expect((await perf('NASIONAL', 'IURAN', Q1)).realization).toMatchObject({ value: '3460.00', source: 'ROLLED_UP' });
  });

  it("a recorded span outside the period does not count: in January KC_B is its children's sum", async () => {
    const kcB = await perf('KC_B', 'IURAN', JAN);
    expect(kcB.realization).toMatchObject({ value: '700.00', source: 'ROLLED_UP' });
    expect((await perf('K1', 'IURAN', JAN)).realization!.value).toBe('1000.00');
  });
});

describe('flows and stocks across months', () => {
  it('a flow adds the months inside the period', async () => {
    expect((await perf('99.02', 'IURAN', { year: 2021, month: 2 })).realization!.value).toBe('210.00');
    expect((await perf('99.02', 'IURAN', { year: 2021, until: '2021-02-28' })).realization!.value).toBe('410.00');
    expect((await perf('99.02', 'IURAN', { year: 2021 })).realization!.value).toBe('630.00');
  });

  it("a stock takes each series' latest position in the period, then rolls up", async () => {
    const w = await perf('99.01', 'PESERTA_AKTIF', Q1);
    // PU's latest is March (60), BPU's is February (12): the total is their sum, not recorded
    expect(w.realization).toMatchObject({ value: '72', source: 'ROLLED_UP' });
    expect(w.dataUntil).toBe('2021-03-31');
    expect((await perf('99.01', 'PESERTA_AKTIF', JAN)).realization!.value).toBe('60');
    const kcA = await perf('KC_A', 'PESERTA_AKTIF', Q1);
    expect(kcA.realization).toMatchObject({ value: '172', source: 'ROLLED_UP' });
  });

  it('a recorded total wins over the sum of segments', async () => {
    expect((await perf('99.71', 'PESERTA_AKTIF', Q1)).realization).toMatchObject({ value: '500', source: 'RECORDED' });
    expect((await perf('99.71', 'PESERTA_AKTIF', Q1, 'PU')).realization).toMatchObject({ value: '300', source: 'RECORDED' });
  });

  it('a segment rolls up along the hierarchy on its own', async () => {
    const pu = await perf('KC_A', 'PESERTA_AKTIF', Q1, 'PU');
    expect(pu.segment).toBe('PU');
    expect(pu.realization).toMatchObject({ value: '60', source: 'ROLLED_UP' });
    expect((await perf('K1', 'PESERTA_AKTIF', Q1, 'PU')).realization!.value).toBe('360');
  });
});

describe('targets, proration and derived figures', () => {
  it('prorates a yearly flow target by days: Q1 2021 has 90 of 365', async () => {
    const w = await perf('99.01', 'IURAN', Q1);
    expect(w.target).toMatchObject({ value: '1200.00', source: 'RECORDED' });
    expect(w.proratedTarget!.value).toBe('295.89');
    expect(w.achievement!.value).toBe('27.5000');
    expect(w.proratedAchievement!.value).toBe('111.5279');
    expect(w.status).toBe('ACHIEVED');
    expect(w.gap!.value).toBe('-870.00');
  });

  it('sums monthly targets where they exist, for the year and for the period', async () => {
    const kcB = await perf('KC_B', 'IURAN', Q1);
    expect(kcB.target).toMatchObject({ value: '900.00', source: 'RECORDED' });
    expect(kcB.proratedTarget!.value).toBe('900.00');
    // a month cut by the period counts pro rata: January + 14/28 of February
    expect((await perf('KC_B', 'IURAN', { year: 2021, until: '2021-02-14' })).proratedTarget!.value).toBe('450.00');
  });

  it("rolls targets up by the same rule: KC_A sums its wilayah, K1's own target wins", async () => {
    const kcA = await perf('KC_A', 'IURAN', Q1);
    expect(kcA.target).toMatchObject({ value: '3600.00', source: 'ROLLED_UP' });
    expect(kcA.proratedTarget!.value).toBe('887.67');
    expect(kcA.proratedAchievement!.value).toBe('108.1483');
    const k1 = await perf('K1', 'IURAN', Q1);
    expect(k1.target).toMatchObject({ value: '10000.00', source: 'RECORDED' });
    expect(k1.proratedTarget!.value).toBe('2465.75');
    expect(k1.achievement!.value).toBe('34.6000');
    // status compares with the target of the period: on track for Q1 though at 34,6% of the year
    expect(k1.proratedAchievement!.value).toBe('140.3224');
    expect(k1.status).toBe('ACHIEVED');
    expect((await perf('NASIONAL', 'IURAN', Q1)).target).toMatchObject({ value: '10000.00', source: 'ROLLED_UP' });
  });

  it('keeps the year-end target of a stock for any period', async () => {
    const w = await perf('99.02', 'PESERTA_AKTIF', Q1);
    expect(w.target!.value).toBe('150');
    expect(w.proratedTarget!.value).toBe('150');
    expect(w.achievement!.formatted).toBe('66,67%');
    expect(w.status).toBe('BELOW_TARGET');
  });

  it("without a total, each segment's targets and realizations count on their own, then add up", async () => {
    // a stock: PU's yearly 40 and BPU's latest monthly target (February, 6), for the year and the period
    const stock = await perf('99.72', 'PESERTA_AKTIF', Q1);
    expect(stock.target).toMatchObject({ value: '46', source: 'ROLLED_UP' });
    expect(stock.proratedTarget!.value).toBe('46');
    expect((await perf('99.72', 'PESERTA_AKTIF', Q1, 'PU')).target).toMatchObject({ value: '40', source: 'RECORDED' });
    // a flow: PU's 365 prorated to 90 of 365 days, BPU's January and February added up
    const flowQ1 = await perf('99.72', 'TENAGA_KERJA_BARU', Q1);
    expect(flowQ1.target).toMatchObject({ value: '395', source: 'ROLLED_UP' });
    expect(flowQ1.proratedTarget!.value).toBe('120');
    expect(flowQ1.realization).toMatchObject({ value: '10', source: 'ROLLED_UP' });
    expect(flowQ1.dataUntil).toBe('2021-02-28');
    const bpuJan = await perf('99.72', 'TENAGA_KERJA_BARU', JAN, 'BPU');
    expect(bpuJan.target).toMatchObject({ value: '30', source: 'RECORDED' });
    expect(bpuJan.proratedTarget!.value).toBe('10');
    expect(bpuJan.realization).toBeNull();
    // and up the tree: KC_B has no figures of its own for this metric
    const kcB = await perf('KC_B', 'TENAGA_KERJA_BARU', Q1);
    expect(kcB.target).toMatchObject({ value: '395', source: 'ROLLED_UP' });
    expect(kcB.proratedTarget!.value).toBe('120');
  });

  it('computes growth against the same period one year earlier', async () => {
    const w = await perf('99.01', 'IURAN', JAN);
    expect(w.growth).toEqual({ value: '25.0000', formatted: '+25,00%' });
    expect((await perf('99.02', 'IURAN', JAN)).growth).toBeNull();
  });

  it("computes the share of the parent's figure", async () => {
    expect((await perf('99.01', 'IURAN', JAN)).shareOfParent!.value).toBe('33.3333');
    expect((await perf('KC_B', 'IURAN', Q1)).shareOfParent!.value).toBe('72.2543');
    expect((await perf('NASIONAL', 'IURAN', Q1)).shareOfParent).toBeNull();
  });

  it('says NO_TARGET and NO_DATA', async () => {
    const noTarget = await perf('99.71', 'IURAN', Q1);
    expect(noTarget.status).toBe('NO_TARGET');
    expect(noTarget.achievement).toBeNull();
    const noData = await perf('99.01', 'PERUSAHAAN_BARU', Q1);
    expect(noData).toMatchObject({ status: 'NO_DATA', realization: null, target: null, gap: null, dataUntil: null });
  });

  it('returns every metric in catalogue order from performances', async () => {
    const res = await app.run(
      `{ orgUnit(code: "99.01") { performances(period: {year: 2021, quarter: 1}) { metric { code } realization { value } } } }`,
    );
    const list = (res.data as { orgUnit: { performances: { metric: { code: string }; realization: { value: string } | null }[] } }).orgUnit
      .performances;
    expect(list.map((p) => p.metric.code)).toEqual(['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_AKTIF', 'PERUSAHAAN_BARU', 'TENAGA_KERJA_BARU']);
    expect(list.map((p) => p.realization?.value ?? null)).toEqual(['330.00', '72', null, null, null]);
  });
});

describe('a series and its periods one by one', () => {
  const FIGURES = `realization { value source } target { value source } proratedTarget { value source }
    achievement { value } proratedAchievement { value } gap { value } status childrenRealization { value } dataUntil`;

  // A monthly series sends its 24 periods of a year in one statement, which reads each office's
  // facts of the year once; one period alone is read per office. The same figures either way,
  // here with KC_B's recorded quarter (its own for the year to date from March, never for a month).
  it.each(['IURAN', 'PESERTA_AKTIF', 'TENAGA_KERJA_BARU'])('%s: every office, month and year to date of 2021', async (metric) => {
    for (const code of ['NASIONAL', 'K1', 'KC_A', 'KC_B', '99.01', '99.71', '99.72']) {
      const series = await app.run<{
        series: { period: { start: string; end: string }; performance: unknown; cumulativeRealization: unknown }[];
      }>(
        `query S($input: SeriesInput!) { series(input: $input) {
          period { start end } performance { ${FIGURES} } cumulativeRealization { value source } } }`,
        { input: { unit: code, metric, granularity: 'MONTH', from: '2021-01-01', to: '2021-12-31' } },
      );
      expect(series.errors).toBeUndefined();
      expect(series.data!.series).toHaveLength(12);
      for (const point of series.data!.series) {
        const one = await app.run<{ month: { performance: unknown }; ytd: { performance: { realization: unknown } } }>(
          `query O($code: ID!, $metric: ID!, $month: PeriodInput!, $ytd: PeriodInput!) {
            month: orgUnit(code: $code) { performance(metric: $metric, period: $month) { ${FIGURES} } }
            ytd: orgUnit(code: $code) { performance(metric: $metric, period: $ytd) { realization { value source } } } }`,
          {
            code,
            metric,
            month: { year: 2021, month: Number(point.period.start.slice(5, 7)) },
            ytd: { year: 2021, until: point.period.end },
          },
        );
        expect(one.errors).toBeUndefined();
        expect([code, point.period.start, point.performance]).toEqual([code, point.period.start, one.data!.month.performance]);
        expect([code, point.period.end, point.cumulativeRealization]).toEqual([
          code,
          point.period.end,
          one.data!.ytd.performance.realization,
        ]);
      }
    }
  });
});
