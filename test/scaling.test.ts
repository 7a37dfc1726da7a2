/**
 * Cost follows the question: a request about one office reads that office's
 * subtree, not the tree. The same one-office request runs on a tree and on
 * the same tree grown tenfold (ten times the Kanwil, each with its Kantor
 * Cabang, wilayah and figures). Counted by EXPLAIN ANALYZE of the rollup
 * statement the API sends: the same rows of fact on both, and no more rows of
 * org_unit on the larger tree; and the request sends as many statements.
 */
import { OrgLevel } from '../src/org/org.model';
import { ROLLUP_SQL } from '../src/rollup/rollup.sql';
import { TimeAggregation } from '../src/metric/metric.model';
import { Granularity } from '../src/report/report.model';
import { seriesPeriods } from '../src/report/report.service';
import { seriesSql } from '../src/rollup/series.sql';
import { ReferenceUnit } from '../src/seed/reference.seed';
import { createTestApp, TestApp } from './support/app';
import { monthly, withTree, write, yearTarget } from './scenarios';

/** NASIONAL and `kanwil` Kanwil, each with 3 Kantor Cabang of 4 wilayah. */
function tree(kanwil: number): ReferenceUnit[] {
  const units: ReferenceUnit[] = [{ code: 'NASIONAL', name: 'Kantor Pusat', level: OrgLevel.NASIONAL, parentCode: null }];
  for (let k = 0; k < kanwil; k++) {
    units.push({ code: `K${k}`, name: `Kanwil ${k}`, level: OrgLevel.KANWIL, parentCode: 'NASIONAL' });
    for (let c = 0; c < 3; c++) {
      units.push({ code: `KC${k}_${c}`, name: `Kantor Cabang ${k}.${c}`, level: OrgLevel.KANTOR_CABANG, parentCode: `K${k}` });
      for (let w = 0; w < 4; w++) {
        units.push({
          code: `${10 + k}.${c}${w}`,
          name: `Kabupaten ${k}.${c}.${w}`,
          level: OrgLevel.WILAYAH,
          parentCode: `KC${k}_${c}`,
          kind: 'KABUPATEN',
        });
      }
    }
  }
  return units;
}

/** Figures for every wilayah (12 months of 2 years) and a target for every office. */
async function withFigures(app: TestApp, units: ReferenceUnit[]): Promise<void> {
  const rows = units.flatMap((u) =>
    u.level === OrgLevel.WILAYAH
      ? [2023, 2024].flatMap((y) => Array.from({ length: 12 }, (_, m) => monthly(u.code, 'IURAN', y, m + 1, `${100 + m}.00`)))
      : [yearTarget(u.code, 'IURAN', 2024, '5000.00')],
  );
  for (let i = 0; i < rows.length; i += 10_000) await write(app, rows.slice(i, i + 10_000));
  await app.orm.em.getConnection().execute('analyze');
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows read from each table by the plan's scans. */
function rowsRead(node: PlanNode, out: Record<string, number> = {}): Record<string, number> {
  if (node['Relation Name']) out[node['Relation Name']] = (out[node['Relation Name']] ?? 0) + node['Actual Rows'] * node['Actual Loops'];
  for (const child of node.Plans ?? []) rowsRead(child, out);
  return out;
}

/** The rows each table gives `sql` (one jsonb parameter), under EXPLAIN ANALYZE. */
async function rowsReadBy(app: TestApp, sql: string, parameter: unknown): Promise<Record<string, number>> {
  const [plan] = await app.orm.em
    .getConnection()
    .execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`explain (analyze, format json) ${sql}`, [JSON.stringify(parameter)]);
  return rowsRead(plan['QUERY PLAN'][0].Plan);
}

/** The same work on both trees: as many statements, the same rows of fact, never more of any table. */
function expectSameWork(a: { statements: number; rows: Record<string, number> }, b: { statements: number; rows: Record<string, number> }) {
  expect(b.statements).toBe(a.statements);
  // the facts of the office's subtree: the same rows on both trees
  expect(a.rows.fact).toBeGreaterThan(0);
  expect(b.rows.fact).toBe(a.rows.fact);
  // the offices: never more on the larger tree (on a tree this small PostgreSQL may scan it whole)
  expect(Object.keys(b.rows).sort()).toEqual(Object.keys(a.rows).sort());
  for (const table of Object.keys(b.rows)) expect(b.rows[table]).toBeLessThanOrEqual(a.rows[table]);
  expect(b.rows.org_unit).toBeLessThan(tree(30).length / 10);
}

const ONE_OFFICE = `{ kantorCabang(code: "KC0_1") { performance(metric: "IURAN", period: { year: 2024 }) { realization { value } target { value } } } }`;

/**
 * The request's statements, and the rows its rollup statement reads: the
 * statement the API sends for this office (one query, its office as root),
 * run under EXPLAIN ANALYZE.
 */
async function oneOffice(app: TestApp): Promise<{ statements: number; rows: Record<string, number>; realization: string }> {
  let realization = '';
  const statements = await app.statementsDuring(async () => {
    const res = await app.run<{ kantorCabang: { performance: { realization: { value: string } } } }>(ONE_OFFICE);
    expect(res.errors).toBeUndefined();
    realization = res.data!.kantorCabang.performance.realization.value;
  });
  expect(statements.filter((s) => s.includes('with recursive'))).toHaveLength(1);
  const query = [{ qid: 0, metric: 'IURAN', scale: 2, segment: null, pstart: '2024-01-01', pend: '2024-12-31', roots: ['KC0_1'] }];
  return { statements: statements.length, rows: await rowsReadBy(app, ROLLUP_SQL, query), realization };
}

const SERIES = `{ series(input: { unit: "KC0_1", metric: "IURAN", granularity: MONTH, from: "2023-01-01", to: "2024-12-31" }) {
  performance { realization { value } } cumulativeRealization { value } } }`;

/** The same for a 2-year monthly series of the office: its statements, and the rows its series statement reads. */
async function officeSeries(app: TestApp): Promise<{ statements: number; rows: Record<string, number>; last: string }> {
  let last = '';
  const statements = await app.statementsDuring(async () => {
    const res = await app.run<{ series: { cumulativeRealization: { value: string } }[] }>(SERIES);
    expect(res.errors).toBeUndefined();
    last = res.data!.series[23].cumulativeRealization.value;
  });
  expect(statements.filter((s) => s.includes('with recursive'))).toHaveLength(1);
  const points = seriesPeriods(Granularity.MONTH, '2023-01-01', '2024-12-31').map((p) => [p.start, p.end]);
  const parameter = { metric: 'IURAN', scale: 2, segment: null, unit: 'KC0_1', granularity: 'month', points };
  return { statements: statements.length, rows: await rowsReadBy(app, seriesSql(TimeAggregation.SUM).replace('$1', '?'), parameter), last };
}

let small: TestApp;
let large: TestApp;

beforeAll(async () => {
  [small, large] = await Promise.all([createTestApp(), createTestApp()]);
  const s = tree(3);
  const l = tree(30);
  await withTree(small, s);
  await withTree(large, l);
  await withFigures(small, s);
  await withFigures(large, l);
}, 120_000);
afterAll(async () => {
  await Promise.all([small?.close(), large?.close()]);
});

describe('a one-office request', () => {
  it('reads as many rows on a tree ten times larger, in as many statements', async () => {
    const a = await oneOffice(small);
    const b = await oneOffice(large);
    // 4 wilayah x 12 months of 2024 = 48 realizations of 100..111: 4 x 1266 = 5064
    expect(a.realization).toBe('5064.00');
    expect(b.realization).toBe(a.realization);
    expectSameWork(a, b);
  });
});

describe('a one-office series', () => {
  it('reads as many rows on a tree ten times larger, in as many statements', async () => {
    const a = await officeSeries(small);
    const b = await officeSeries(large);
    // the year to date of December 2024: 4 wilayah x 1266
    expect(a.last).toBe('5064.00');
    expect(b.last).toBe(a.last);
    expectSameWork(a, b);
  });
});
