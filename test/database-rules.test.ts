/**
 * The database itself refuses bad facts, whatever the application does:
 * these inserts bypass the application's validation on purpose.
 */
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
