/**
 * The series statement (src/rollup/series.sql.ts) applies the one rollup rule
 * its own way: one pass over the points, years to date as running totals, the
 * rule from the root's subtree at once. It must give exactly what ROLLUP_SQL,
 * the statement behind every other figure, gives for the same office and each
 * point and each point's year to date. Checked on random figures of every
 * shape the write path accepts (recorded figures at every level, totals and
 * segments, months, quarters and odd spans, positions on any day, yearly and
 * monthly targets), written through writeFacts, for offices at every level,
 * SUM and LAST metrics, with and without a segment, by month, quarter and
 * year, from the middle of a year.
 */
import { DateSpan, monthSpan } from '../src/calendar/calendar';
import { mulberry32 } from '../src/common/prng';
import { FactInput, FactKind } from '../src/fact/fact.model';
import { ALL_SEGMENTS, TimeAggregation } from '../src/metric/metric.model';
import { OrgLevel } from '../src/org/org.model';
import { Granularity } from '../src/report/report.model';
import { seriesPeriods } from '../src/report/report.service';
import { rollupSeries, rollupSubtrees } from '../src/rollup/rollup.repository';
import { ReferenceUnit } from '../src/seed/reference.seed';
import { createTestApp, TestApp } from './support/app';
import { withTree, write } from './scenarios';

/** NASIONAL, 2 Kanwil, 2 Kantor Cabang each, 3 wilayah each. */
function tree(): ReferenceUnit[] {
  const units: ReferenceUnit[] = [{ code: 'NASIONAL', name: 'Kantor Pusat', level: OrgLevel.NASIONAL, parentCode: null }];
  for (let k = 1; k <= 2; k++) {
    units.push({ code: `K${k}`, name: `Kanwil ${k}`, level: OrgLevel.KANWIL, parentCode: 'NASIONAL' });
    for (let c = 1; c <= 2; c++) {
      units.push({ code: `KC${k}${c}`, name: `Kantor Cabang ${k}.${c}`, level: OrgLevel.KANTOR_CABANG, parentCode: `K${k}` });
      for (let w = 1; w <= 3; w++) {
        const code = `9${k}.${c}${w}`;
        units.push({ code, name: `Kabupaten ${code}`, level: OrgLevel.WILAYAH, parentCode: `KC${k}${c}`, kind: 'KABUPATEN' });
      }
    }
  }
  return units;
}

const YEARS = [2022, 2023];
const METRICS = [
  { code: 'IURAN', agg: TimeAggregation.SUM, scale: 2, segments: false },
  { code: 'TENAGA_KERJA_BARU', agg: TimeAggregation.SUM, scale: 0, segments: true },
  { code: 'PESERTA_AKTIF', agg: TimeAggregation.LAST, scale: 0, segments: true },
];
/** How likely an office records a series of its own, by level. */
const RECORDS: Record<OrgLevel, number> = {
  [OrgLevel.WILAYAH]: 0.8,
  [OrgLevel.KANTOR_CABANG]: 0.3,
  [OrgLevel.KANWIL]: 0.2,
  [OrgLevel.NASIONAL]: 0.15,
};

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Random facts of every accepted shape; no two of one series overlap. */
function randomFacts(units: ReferenceUnit[], seed: number): FactInput[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const value = (scale: number) =>
    scale === 2 ? `${Math.floor(rnd() * 100_000)}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}` : String(Math.floor(rnd() * 1000));
  const rows: FactInput[] = [];
  for (const u of units) {
    for (const m of METRICS) {
      for (const segment of m.segments ? [null, ...ALL_SEGMENTS] : [null]) {
        const series = { unit: u.code, metric: m.code, segment };
        if (rnd() < RECORDS[u.level]) {
          for (const y of YEARS) {
            if (m.agg === TimeAggregation.LAST) {
              // positions on month ends, mid-month, and now and then two in one month
              for (let mo = 1; mo <= 12; mo++) {
                if (rnd() < 0.35) continue;
                const days = rnd() < 0.2 ? [10, 28] : [pick([15, 28])];
                for (const d of days)
                  rows.push({
                    ...series,
                    kind: FactKind.REALIZATION,
                    periodStart: iso(y, mo, d),
                    periodEnd: iso(y, mo, d),
                    value: value(m.scale),
                  });
              }
            } else {
              // months, quarters or spans of two and three months, some left out
              const length = pick([1, 1, 3, 2]);
              for (let mo = 1; mo + length - 1 <= 12; mo += length) {
                if (rnd() < 0.25) continue;
                const span = { start: monthSpan(y, mo).start, end: monthSpan(y, mo + length - 1).end };
                rows.push({ ...series, kind: FactKind.REALIZATION, periodStart: span.start, periodEnd: span.end, value: value(m.scale) });
              }
            }
          }
        }
        if (rnd() < RECORDS[u.level] * 0.7) {
          for (const y of YEARS) {
            if (rnd() < 0.5)
              rows.push({ ...series, kind: FactKind.TARGET, periodStart: iso(y, 1, 1), periodEnd: iso(y, 12, 31), value: value(m.scale) });
            else {
              for (let mo = 1; mo <= 12; mo++) {
                const s = monthSpan(y, mo);
                if (rnd() < 0.7)
                  rows.push({ ...series, kind: FactKind.TARGET, periodStart: s.start, periodEnd: s.end, value: value(m.scale) });
              }
            }
          }
        }
      }
    }
  }
  return rows;
}

let app: TestApp;
const units = tree();

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, units);
  await write(app, randomFacts(units, 20261122));
});

afterAll(() => app?.close());

const ROOTS = ['NASIONAL', 'K2', 'KC12', '91.21'];
const RANGES: [Granularity, string, string][] = [
  [Granularity.MONTH, '2022-03-10', '2023-11-02'],
  [Granularity.QUARTER, '2022-05-01', '2023-12-31'],
  [Granularity.YEAR, '2022-06-30', '2023-01-01'],
];
const DATE_TRUNC = { [Granularity.MONTH]: 'month', [Granularity.QUARTER]: 'quarter', [Granularity.YEAR]: 'year' } as const;

const cases = ROOTS.flatMap((root) =>
  METRICS.flatMap((m) => (m.segments ? [null, 'PU', 'PMI'] : [null]).flatMap((segment) => RANGES.map((r) => ({ root, m, segment, r })))),
);

it.each(cases.map((c) => [`${c.root} ${c.m.code} ${c.segment ?? 'all'} ${c.r[0]}`, c] as const))(
  '%s: every point and year to date as ROLLUP_SQL gives them',
  async (_, { root, m, segment, r: [granularity, from, to] }) => {
    const points = seriesPeriods(granularity, from, to);
    const query = { metric: m.code, scale: m.scale, segment };
    const series = await rollupSeries(app.orm.em.fork(), {
      ...query,
      unit: root,
      aggregation: m.agg,
      granularity: DATE_TRUNC[granularity],
      points,
    });
    const ytd = (p: DateSpan): DateSpan => ({ start: `${p.start.slice(0, 4)}-01-01`, end: p.end });
    const expected = await rollupSubtrees(
      app.orm.em.fork(),
      points.flatMap((p) => [p, ytd(p)]).map((period) => ({ ...query, period, roots: [root] })),
    );
    expect(series.map((s) => s.i)).toEqual(points.map((_, i) => i + 1));
    const got = series.map(({ i: _, ...figures }) => figures);
    const want = points.map((_, i) => {
      const { qid: _q, unit: _u, ...point } = expected[2 * i].get(root)!;
      const y = expected[2 * i + 1].get(root)!;
      return { ...point, ytd_realization: y.realization, ytd_data_until: y.data_until, ytd_recorded: y.realization_recorded };
    });
    expect(got).toEqual(want);
  },
);

it('the random figures exercise the rule: recorded figures that win over their children, rolled-up ones, empty points', async () => {
  const points = seriesPeriods(Granularity.MONTH, '2022-01-01', '2023-12-31');
  const all = [];
  for (const root of ROOTS)
    for (const m of METRICS) {
      const rows = await rollupSeries(app.orm.em.fork(), {
        metric: m.code,
        scale: m.scale,
        segment: null,
        unit: root,
        aggregation: m.agg,
        granularity: 'month',
        points,
      });
      all.push(...rows);
    }
  const recordedOverChildren = all.filter(
    (p) => p.realization_recorded && p.children_realization !== null && p.children_realization !== p.realization,
  );
  expect(recordedOverChildren.length).toBeGreaterThan(10);
  expect(all.filter((p) => !p.realization_recorded && p.realization !== null).length).toBeGreaterThan(10);
  expect(all.filter((p) => p.realization === null).length).toBeGreaterThan(0);
  expect(all.filter((p) => p.ytd_realization !== null && p.ytd_realization !== p.realization).length).toBeGreaterThan(10);
  expect(all.filter((p) => p.target_recorded).length).toBeGreaterThan(10);
  expect(all.filter((p) => p.prorated_target !== null && p.prorated_target !== p.target).length).toBeGreaterThan(10);
});
