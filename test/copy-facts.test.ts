/**
 * The bulk loader (copyFacts: the demo data, the benchmark data) keeps every
 * database rule: the foreign keys it checks once for the whole load refuse an
 * unknown office or metric, the load is all or nothing, and the constraints
 * are there afterwards, as the migrations made them.
 */
import { copyFacts } from '../src/fact/fact.copy';
import { FactInput, FactKind } from '../src/fact/fact.model';
import { createTestApp, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
});
afterAll(() => app.close());

const month = (unit: string, m: number, metric = 'IURAN'): FactInput => ({
  unit,
  metric,
  segment: null,
  kind: FactKind.REALIZATION,
  periodStart: `2021-${String(m).padStart(2, '0')}-01`,
  periodEnd: `2021-${String(m).padStart(2, '0')}-28`,
  value: '100.00',
});

async function foreignKeys(): Promise<string[]> {
  const rows = await app.orm.em
    .getConnection()
    .execute<{ def: string }[]>(
      `select conname || ': ' || pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'fact'::regclass and contype = 'f' order by 1`,
    );
  return rows.map((r) => r.def);
}

const count = async () => Number((await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from fact'))[0].n);

it.each([
  ['an unknown office', month('99.99', 3), 'fact_unit_code_foreign'],
  ['an unknown metric', month('99.01', 3, 'NO_SUCH_METRIC'), 'fact_metric_code_foreign'],
])('refuses a load with %s, writes none of it, and keeps the foreign keys', async (_, bad, constraint) => {
  const before = await foreignKeys();
  const rows = await count();
  await expect(copyFacts(app.orm.em.fork(), [month('99.01', 1), bad, month('99.02', 2)], { id: 'test' })).rejects.toMatchObject({
    code: '23503',
    constraint,
  });
  expect(await count()).toBe(rows);
  expect(await foreignKeys()).toEqual(before);
});

it('loads good rows, audited, with the foreign keys as the migrations made them', async () => {
  const before = await foreignKeys();
  expect(before).toEqual([
    'fact_metric_code_foreign: FOREIGN KEY (metric_code) REFERENCES metric(code) ON UPDATE CASCADE ON DELETE RESTRICT',
    'fact_unit_code_foreign: FOREIGN KEY (unit_code) REFERENCES org_unit(code) ON UPDATE CASCADE ON DELETE RESTRICT',
  ]);
  const rows = await count();
  expect(await copyFacts(app.orm.em.fork(), [month('99.01', 5), month('99.71', 5)], { id: 'test:copy' })).toBe(2);
  expect(await count()).toBe(rows + 2);
  const audit = await app.orm.em
    .getConnection()
    .execute<{ unit_code: string; action: string }[]>(
      `select unit_code, action from fact_audit where actor = 'test:copy' order by unit_code`,
    );
  expect(audit.map((a) => a.unit_code)).toEqual(['99.01', '99.71']);
  expect(await foreignKeys()).toEqual(before);
  // still enforced row by row for every other writer
  await expect(
    app.orm.em
      .getConnection()
      .execute(
        `insert into fact (unit_code, metric_code, segment, kind, period_start, period_end, value) values ('99.99', 'IURAN', null, 'REALIZATION', '2021-06-01', '2021-06-30', 1)`,
      ),
  ).rejects.toMatchObject({ code: '23503' });
});
