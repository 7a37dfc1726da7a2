/**
 * The database itself refuses bad facts, whatever the application does:
 * these inserts bypass the application's validation on purpose.
 */
import { Client } from 'pg';
import { UserErrorInfo } from '../src/common/user-error';
import { constraintError } from '../src/db/transaction';
import { createTestApp, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
  await insert(`('99.01', 'IURAN', null, 'REALIZATION', '2021-01-01', '2021-01-31', 100)`);
});
afterAll(() => app.close());

function insert(values: string): Promise<unknown> {
  return app.orm.em
    .getConnection()
    .execute(`insert into fact (unit_code, metric_code, segment, kind, period_start, period_end, value) values ${values}`);
}

/** The database's refusal, and the user error the write path turns it into. */
async function refused(values: string): Promise<{ code: string; constraint: string; userError: UserErrorInfo | null }> {
  try {
    await insert(values);
  } catch (e) {
    const pg = e as { code: string; constraint: string };
    return { code: pg.code, constraint: pg.constraint, userError: constraintError(e) };
  }
  throw new Error('the database accepted ' + values);
}

describe('database rules', () => {
  it('no two realizations of one office, metric and segment overlap in time', async () => {
    const overlap = await refused(`('99.01', 'IURAN', null, 'REALIZATION', '2021-01-15', '2021-02-14', 5)`);
    expect(overlap).toMatchObject({ code: '23P01', constraint: 'fact_realization_no_overlap' });
    // had it slipped past validation, the client would get a user error, never a 500
    expect(overlap.userError).toMatchObject({ code: 'OVERLAP', message: expect.stringMatching(/fact_realization_no_overlap.*2021-01-15/) });
    // another segment, another office or an adjacent span is fine
    await insert(`('99.02', 'IURAN', null, 'REALIZATION', '2021-01-15', '2021-02-14', 5)`);
    await insert(`('99.01', 'IURAN', null, 'REALIZATION', '2021-02-01', '2021-02-28', 5)`);
  });

  it('overlaps inside one statement, and updates that make one, are refused too', async () => {
    const both = `('99.01', 'TENAGA_KERJA_BARU', 'PU', 'REALIZATION', '2021-04-01', '2021-04-30', 5), ('99.01', 'TENAGA_KERJA_BARU', 'PU', 'REALIZATION', '2021-04-10', '2021-04-12', 5)`;
    expect(await refused(both)).toMatchObject({ code: '23P01', constraint: 'fact_realization_no_overlap' });
    await insert(
      `('99.01', 'TENAGA_KERJA_BARU', 'PU', 'REALIZATION', '2021-05-01', '2021-05-31', 5), ('99.01', 'TENAGA_KERJA_BARU', 'PU', 'REALIZATION', '2021-06-01', '2021-06-30', 5)`,
    );
    await expect(
      app.orm.em
        .getConnection()
        .execute(`update fact set period_end = '2021-06-05' where unit_code = '99.01' and segment = 'PU' and period_start = '2021-05-01'`),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'fact_realization_no_overlap' });
  });

  it('finds an overlap with a span that is not the next one in time, and names the written row', async () => {
    // two stored spans that do not overlap, the first one long; the new one lies inside the first
    await insert(
      `('99.71', 'TENAGA_KERJA_BARU', 'BPU', 'REALIZATION', '2022-01-01', '2022-06-30', 5), ('99.71', 'TENAGA_KERJA_BARU', 'BPU', 'REALIZATION', '2022-07-01', '2022-07-31', 5)`,
    );
    const inside = await refused(`('99.71', 'TENAGA_KERJA_BARU', 'BPU', 'REALIZATION', '2022-06-15', '2022-06-20', 5)`);
    expect(inside.userError!.message).toMatch(/from 2022-06-15 to 2022-06-20 overlaps the one from 2022-01-01 to 2022-06-30/);
    // a new span that starts first and reaches into a stored one is named as the written row too
    const before = await refused(
      `('99.71', 'TENAGA_KERJA_BARU', 'BPU', 'REALIZATION', '2021-12-31', '2021-12-31', 5), ('99.71', 'TENAGA_KERJA_BARU', 'BPU', 'REALIZATION', '2022-07-31', '2022-07-31', 5)`,
    );
    expect(before.userError!.message).toMatch(/from 2022-07-31 to 2022-07-31 overlaps the one from 2022-07-01 to 2022-07-31/);
    // another segment of the same office and metric is another series
    await insert(`('99.71', 'TENAGA_KERJA_BARU', 'PU', 'REALIZATION', '2022-06-15', '2022-06-20', 5)`);
  });

  it('of two concurrent writers of overlapping realizations, the second to commit is refused', async () => {
    const first = new Client({ connectionString: app.url });
    const second = new Client({ connectionString: app.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const sql = (start: string, end: string) =>
        `insert into fact (unit_code, metric_code, segment, kind, period_start, period_end, value) values ('99.02', 'TENAGA_KERJA_BARU', 'BPU', 'REALIZATION', '${start}', '${end}', 1)`;
      await first.query('begin');
      await first.query(sql('2021-07-01', '2021-07-31'));
      await second.query('begin');
      // waits for the series' lock, which the first holds until it commits
      const secondWrite = second.query(sql('2021-07-15', '2021-08-14')).then(
        () => null,
        (e: { code: string; constraint: string }) => e,
      );
      const waiting = await Promise.race([secondWrite, new Promise((r) => setTimeout(() => r('waiting'), 300))]);
      expect(waiting).toBe('waiting');
      await first.query('commit');
      expect(await secondWrite).toMatchObject({ code: '23P01', constraint: 'fact_realization_no_overlap' });
      await second.query('rollback');
      const { rows } = await first.query(`select period_start::text from fact where unit_code = '99.02' and segment = 'BPU'`);
      expect(rows).toEqual([{ period_start: '2021-07-01' }]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('realizations are written in READ COMMITTED transactions, where the overlap check sees every committed row', async () => {
    const c = new Client({ connectionString: app.url });
    await c.connect();
    try {
      await c.query('begin isolation level repeatable read');
      await expect(
        c.query(
          `insert into fact (unit_code, metric_code, kind, period_start, period_end, value) values ('99.71', 'IURAN', 'REALIZATION', '2021-01-01', '2021-01-31', 1)`,
        ),
      ).rejects.toMatchObject({ code: '0A000', message: expect.stringMatching(/READ COMMITTED.*not REPEATABLE READ/) });
      await c.query('rollback');
    } finally {
      await c.end();
    }
  });

  it('every fact lies inside one calendar year', async () => {
    expect(await refused(`('99.01', 'IURAN', null, 'REALIZATION', '2021-12-01', '2022-01-31', 5)`)).toMatchObject({
      code: '23514',
      constraint: 'fact_within_one_year',
      userError: { code: 'CONSTRAINT_VIOLATION' },
    });
  });

  it('every statement that writes a fact, an office or a metric raises the data version, visible when it commits', async () => {
    const version = async () =>
      BigInt((await app.orm.em.getConnection().execute<{ v: string }[]>('select version::text as v from data_version'))[0].v);
    const before = await version();
    await insert(`('99.72', 'IURAN', null, 'REALIZATION', '2021-09-01', '2021-09-30', 5)`);
    const afterFact = await version();
    expect(afterFact).toBeGreaterThan(before);
    await app.orm.em.getConnection().execute(`update org_unit set name = 'Kota Empat Baru' where code = '99.72'`);
    const afterOffice = await version();
    expect(afterOffice).toBeGreaterThan(afterFact);
    await app.orm.em.getConnection().execute(`update metric set sort_order = sort_order where code = 'IURAN'`);
    expect(await version()).toBeGreaterThan(afterOffice);
    // an uncommitted write is not seen by others
    const c = new Client({ connectionString: app.url });
    await c.connect();
    try {
      const seen = await version();
      await c.query('begin');
      await c.query(`delete from fact where unit_code = '99.72' and period_start = '2021-09-01'`);
      expect(await version()).toBe(seen);
      await c.query('commit');
      expect(await version()).toBeGreaterThan(seen);
      // a session-wide setting of the flag's name does not switch the bump off
      const before = await version();
      await c.query(`set kinerja.data_changed = 'yes'`);
      await c.query(
        `insert into fact (unit_code, metric_code, kind, period_start, period_end, value) values ('99.72', 'IURAN', 'REALIZATION', '2021-11-01', '2021-11-30', 1)`,
      );
      expect(await version()).toBeGreaterThan(before);
    } finally {
      await c.end();
    }
  });

  it('a writer of one office does not wait for an open transaction writing another', async () => {
    const open = new Client({ connectionString: app.url });
    await open.connect();
    try {
      await open.query('begin');
      await open.query(
        `insert into fact (unit_code, metric_code, kind, period_start, period_end, value) values ('99.71', 'IURAN', 'REALIZATION', '2021-10-01', '2021-10-31', 1)`,
      );
      const other = insert(`('99.72', 'IURAN', null, 'REALIZATION', '2021-10-01', '2021-10-31', 1)`).then(() => 'written');
      expect(await Promise.race([other, new Promise((r) => setTimeout(() => r('waiting'), 2_000))])).toBe('written');
      await open.query('commit');
    } finally {
      await open.end();
    }
  });

  it('natural keys are unique, the total (no segment) included', async () => {
    await insert(`('99.01', 'IURAN', null, 'TARGET', '2021-01-01', '2021-12-31', 5)`);
    expect(await refused(`('99.01', 'IURAN', null, 'TARGET', '2021-01-01', '2021-12-31', 6)`)).toMatchObject({
      code: '23505',
      constraint: 'fact_natural_key',
      userError: { code: 'DUPLICATE_ROW' },
    });
  });

  it('a stock realization is a position at one date', async () => {
    expect(await refused(`('99.01', 'PESERTA_AKTIF', 'PU', 'REALIZATION', '2021-01-01', '2021-01-31', 5)`)).toMatchObject({
      code: '23514',
      constraint: 'fact_stock_is_a_position',
      userError: { code: 'CONSTRAINT_VIOLATION', message: expect.stringMatching(/is a stock/) },
    });
  });

  it('a segment only on metrics that have segments', async () => {
    expect(await refused(`('99.01', 'PERUSAHAAN_BARU', 'PU', 'REALIZATION', '2021-03-01', '2021-03-31', 5)`)).toMatchObject({
      code: '23514',
      constraint: 'fact_segment_allowed',
    });
  });

  it('targets cover a whole year or a whole month; counts are whole; values not negative; known segments', async () => {
    expect((await refused(`('99.01', 'IURAN', null, 'TARGET', '2021-01-01', '2021-06-30', 5)`)).constraint).toBe(
      'fact_target_whole_year_or_month',
    );
    expect((await refused(`('99.01', 'PERUSAHAAN_BARU', null, 'REALIZATION', '2021-03-01', '2021-03-31', 5.5)`)).constraint).toBe(
      'fact_count_is_whole',
    );
    expect((await refused(`('99.01', 'PERUSAHAAN_BARU', null, 'REALIZATION', '2021-03-01', '2021-03-31', -5)`)).constraint).toBe(
      'fact_value_not_negative',
    );
    expect((await refused(`('99.01', 'PESERTA_AKTIF', 'XX', 'REALIZATION', '2021-03-31', '2021-03-31', 5)`)).code).toBe('23514');
    expect((await refused(`('NOPE', 'IURAN', null, 'REALIZATION', '2021-05-01', '2021-05-31', 5)`)).constraint).toBe(
      'fact_unit_code_foreign',
    );
  });

  it("an office's parent is on the level directly above", async () => {
    await expect(
      app.orm.em.getConnection().execute(`insert into org_unit (code, name, level, parent_code) values ('W9', 'x', 'WILAYAH', 'K1')`),
    ).rejects.toMatchObject({ code: '23514', constraint: 'org_unit_parent_level' });
  });
});
