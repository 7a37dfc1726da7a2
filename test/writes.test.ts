/**
 * Writing figures through the GraphQL mutations: every validation rule, all
 * or nothing, idempotence, read after write, deletion and the full history.
 */
import {
  DeleteFactDocument,
  FactHistoryDocument,
  RecordRealizationsDocument,
  RecordRealizationsMutationVariables,
  UnitPerformanceDocument,
  UpsertTargetsDocument,
} from '../src/client/generated/graphql';
import { Principal, Role } from '../src/auth/auth.model';
import { todayInJakarta } from '../src/calendar/calendar';
import { createTestApp, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
const admin: Principal = { subject: 'admin', role: Role.ADMIN, scope: 'NASIONAL' };
const editor = (subject: string): Principal => ({ subject, role: Role.EDITOR, scope: 'K1' });
type Row = Extract<RecordRealizationsMutationVariables['input'], unknown[]>[number];

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
});
afterAll(() => app.close());

async function factCount(): Promise<number> {
  const [{ n }] = await app.orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from fact');
  return n;
}

async function record(input: Row[], as: Principal = admin) {
  const res = await app.run(RecordRealizationsDocument, { input }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.recordRealizations;
}

const iuran = (unit: string, start: string, end: string, value: string): Row => ({
  unit,
  metric: 'IURAN',
  periodStart: start,
  periodEnd: end,
  value,
});

describe('validation: every invalid row is reported and nothing is written', () => {
  it.each<[string, Row, string, RegExp]>([
    ['an unknown office', iuran('NOPE', '2022-01-01', '2022-01-31', '1.00'), 'UNKNOWN_UNIT', /unknown office code "NOPE"/],
    [
      'an unknown metric',
      { ...iuran('99.01', '2022-01-01', '2022-01-31', '1'), metric: 'IURANN' },
      'UNKNOWN_METRIC',
      /valid codes: IURAN, PESERTA_AKTIF/,
    ],
    [
      'a segment on a metric without segments',
      { ...iuran('99.01', '2022-01-01', '2022-01-31', '1.00'), segment: 'PU' },
      'SEGMENT_NOT_ALLOWED',
      /IURAN has no segments/,
    ],
    ['a negative value', iuran('99.01', '2022-01-01', '2022-01-31', '-1.00'), 'NEGATIVE_VALUE', /must not be negative/],
    ['more than 2 decimals for rupiah', iuran('99.01', '2022-01-01', '2022-01-31', '1.001'), 'TOO_MANY_DECIMALS', /at most 2 decimals/],
    [
      'decimals for a count',
      { unit: '99.01', metric: 'PERUSAHAAN_BARU', periodStart: '2022-01-01', periodEnd: '2022-01-31', value: '1.5' },
      'TOO_MANY_DECIMALS',
      /counts whole/,
    ],
    [
      'a stock whose start differs from its end',
      { unit: '99.01', metric: 'PESERTA_AKTIF', segment: 'PU', periodStart: '2022-01-01', periodEnd: '2022-01-31', value: '5' },
      'STOCK_NOT_A_POSITION',
      /a position at one date/,
    ],
    [
      'a flow crossing a year boundary',
      iuran('99.01', '2022-12-01', '2023-01-31', '1.00'),
      'SPAN_CROSSES_YEAR',
      /inside one calendar year/,
    ],
    ['a flow ending in the future', iuran('99.01', '2099-01-01', '2099-01-31', '1.00'), 'SPAN_IN_FUTURE', /cannot end after today/],
    ['an end before its start', iuran('99.01', '2022-02-01', '2022-01-31', '1.00'), 'INVALID_SPAN', /before periodStart/],
  ])('rejects %s', async (_, row, code, message) => {
    const before = await factCount();
    const res = await record([iuran('99.02', '2022-01-01', '2022-01-31', '5.00'), row]);
    expect(res).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(res.userErrors).toEqual([expect.objectContaining({ index: 1, code, message: expect.stringMatching(message) })]);
    expect(await factCount()).toBe(before);
  });

  it('reports every invalid row, not only the first', async () => {
    const res = await record([
      iuran('NOPE', '2022-01-01', '2022-01-31', '1.00'),
      iuran('99.01', '2022-01-01', '2022-01-31', '1.00'),
      iuran('99.01', '2022-03-01', '2022-03-31', '-2.00'),
      { ...iuran('99.01', '2022-04-01', '2022-04-30', '1.00'), segment: 'BPU' },
    ]);
    expect(res.userErrors.map((e) => [e.index, e.code])).toEqual([
      [0, 'UNKNOWN_UNIT'],
      [2, 'NEGATIVE_VALUE'],
      [3, 'SEGMENT_NOT_ALLOWED'],
    ]);
  });

  it('rejects a span overlapping another row of the batch, naming it', async () => {
    const res = await record([iuran('99.01', '2022-01-01', '2022-03-31', '9.00'), iuran('99.01', '2022-02-01', '2022-02-28', '1.00')]);
    expect(res.userErrors).toEqual([
      expect.objectContaining({
        index: 1,
        code: 'OVERLAP',
        message: 'span 2022-02-01 to 2022-02-28 overlaps 2022-01-01 to 2022-03-31 of row 0 of this batch',
      }),
    ]);
  });

  it('rejects a span overlapping a stored realization, naming it', async () => {
    expect((await record([iuran('99.71', '2022-01-01', '2022-03-31', '9.00')])).inserted).toBe(1);
    const res = await record([iuran('99.71', '2022-02-01', '2022-02-28', '1.00')]);
    expect(res.userErrors).toEqual([
      expect.objectContaining({
        index: 0,
        code: 'OVERLAP',
        message: 'span 2022-02-01 to 2022-02-28 overlaps the stored realization 2022-01-01 to 2022-03-31',
      }),
    ]);
  });

  it('rejects a target that is not for a whole year or month, and a batch over 10 000 rows', async () => {
    const bad = await app.run(
      UpsertTargetsDocument,
      { input: [{ unit: '99.01', metric: 'IURAN', year: 2022, month: 13, value: '1.00' }] },
      admin,
    );
    expect(bad.data!.upsertTargets.userErrors).toEqual([expect.objectContaining({ index: 0, field: 'month', code: 'INVALID_MONTH' })]);
    const many = Array.from({ length: 10_001 }, (_, i) => iuran('99.01', '2022-01-01', '2022-01-01', String(i)));
    const res = await record(many);
    expect(res.userErrors).toEqual([expect.objectContaining({ code: 'BATCH_TOO_LARGE' })]);
  });

  it('refuses an unknown segment and a Decimal sent as a number before anything runs', async () => {
    const seg = await app.run(
      RecordRealizationsDocument,
      { input: [{ ...iuran('99.01', '2022-01-01', '2022-01-31', '1'), metric: 'PESERTA_AKTIF', segment: 'XX' as never }] },
      admin,
    );
    expect(seg.errors![0].message).toMatch(/Segment/);
    const num = await app.run(
      RecordRealizationsDocument,
      { input: [{ ...iuran('99.01', '2022-01-01', '2022-01-31', '1'), value: 12.5 as never }] },
      admin,
    );
    expect(num.errors![0].message).toMatch(/Decimal must be a string/);
  });
});

describe('writes', () => {
  it('is idempotent: the same batch twice changes nothing the second time', async () => {
    const batch = [iuran('99.02', '2022-05-01', '2022-05-31', '500.00'), iuran('99.02', '2022-06-01', '2022-06-30', '600.00')];
    expect(await record(batch)).toEqual({ inserted: 2, updated: 0, unchanged: 0, userErrors: [] });
    expect(await record(batch)).toEqual({ inserted: 0, updated: 0, unchanged: 2, userErrors: [] });
    expect(await record([{ ...batch[0], value: '550.00' }, batch[1]])).toEqual({ inserted: 0, updated: 1, unchanged: 1, userErrors: [] });
  });

  it('is seen by the next read', async () => {
    const read = async () =>
      (await app.run(UnitPerformanceDocument, { code: 'KC_A', metric: 'IURAN', period: { year: 2022, month: 7 } })).data!.orgUnit!
        .performance.realization;
    expect(await read()).toBeNull();
    await record([iuran('99.01', '2022-07-01', '2022-07-31', '70.00')]);
    expect(await read()).toMatchObject({ value: '70.00', source: 'ROLLED_UP' });
    await app.run(UpsertTargetsDocument, { input: [{ unit: 'KC_A', metric: 'IURAN', year: 2022, value: '1200.00' }] }, admin);
    const p = (await app.run(UnitPerformanceDocument, { code: 'KC_A', metric: 'IURAN', period: { year: 2022, month: 7 } })).data!.orgUnit!
      .performance;
    expect(p.target).toMatchObject({ value: '1200.00', source: 'RECORDED' });
  });
});

describe('history: nothing is lost', () => {
  // each test writes a figure of its own, so either runs first or alone
  const august = { unit: '99.72', metric: 'IURAN', kind: 'REALIZATION' as const, periodStart: '2022-08-01', periodEnd: '2022-08-31' };
  const september = { ...august, periodStart: '2022-09-01', periodEnd: '2022-09-30' };
  type Key = typeof august;

  /** Records the figure of `key` 4 times: 100.00 by ani, then corrected to 200.00 (budi), 300.00 (citra) and 400.00 (dewi). */
  async function recordFourVersions(key: Key) {
    const authors = ['ani', 'budi', 'citra', 'dewi'];
    for (const [i, who] of authors.entries()) {
      const res = await record(
        [{ ...iuran(key.unit, key.periodStart, key.periodEnd, `${(i + 1) * 100}.00`), note: `versi ${i + 1}` }],
        editor(who),
      );
      expect(res.userErrors).toEqual([]);
    }
  }

  it('keeps all 4 values of a figure corrected 3 times, with their authors, newest first', async () => {
    const key = august;
    await recordFourVersions(key);
    const res = await app.run(FactHistoryDocument, { fact: key }, editor('auditor'));
    const history = res.data!.factHistory;
    expect(history.map((h) => [h.action, h.oldValue?.value ?? null, h.newValue?.value ?? null, h.actor, h.note])).toEqual([
      ['UPDATE', '300.00', '400.00', 'user:dewi', 'versi 4'],
      ['UPDATE', '200.00', '300.00', 'user:citra', 'versi 3'],
      ['UPDATE', '100.00', '200.00', 'user:budi', 'versi 2'],
      ['INSERT', null, '100.00', 'user:ani', 'versi 1'],
    ]);
    expect(history[0].newValue!.formatted).toBe('Rp400,00');
    expect(history[0].atLabel).toMatch(/^\d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB$/);
    expect(new Set(history.map((h) => h.requestId)).size).toBe(4);
  });

  it('deletes a fact only with a note, and keeps the deletion in the history and behind the figure', async () => {
    // a figure of its own, written and corrected here: 100.00 (ani) -> 200.00 (budi) -> 300.00 (citra) -> 400.00 (dewi)
    const key = september;
    await recordFourVersions(key);
    const noNote = await app.run(DeleteFactDocument, { input: { ...key, note: '  ' } }, admin);
    expect(noNote.data!.deleteFact.userErrors).toEqual([expect.objectContaining({ code: 'NOTE_REQUIRED' })]);
    const res = await app.run(DeleteFactDocument, { input: { ...key, note: 'double counted' } }, admin);
    expect(res.data!.deleteFact).toEqual({ deleted: 1, userErrors: [] });
    const again = await app.run(DeleteFactDocument, { input: { ...key, note: 'again' } }, admin);
    expect(again.data!.deleteFact.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const history = (await app.run(FactHistoryDocument, { fact: key, limit: 2 })).data!.factHistory;
    expect(history.map((h) => [h.action, h.oldValue?.value, h.newValue, h.note, h.actor])).toEqual([
      ['DELETE', '400.00', null, 'double counted', 'user:admin'],
      ['UPDATE', '300.00', expect.anything(), 'versi 4', 'user:dewi'],
    ]);
    const behind = await app.run(
      `{ orgUnit(code: "99.72") { performance(metric: "IURAN", period: {year: 2022, month: 9}) { realization { value } history { action actor } } } }`,
    );
    expect(behind.data).toEqual({
      orgUnit: {
        performance: {
          realization: null,
          history: [
            { action: 'DELETE', actor: 'user:admin' },
            { action: 'UPDATE', actor: 'user:dewi' },
            { action: 'UPDATE', actor: 'user:citra' },
            { action: 'UPDATE', actor: 'user:budi' },
            { action: 'INSERT', actor: 'user:ani' },
          ],
        },
      },
    });
  });

  it('uses the real today of Asia/Jakarta for the future check', () => {
    expect(todayInJakarta(new Date('2026-11-21T17:30:00Z'))).toBe('2026-11-22');
    expect(todayInJakarta(new Date('2026-11-21T16:59:00Z'))).toBe('2026-11-21');
  });
});

describe('negative zero', () => {
  // PostgreSQL's numeric has no negative zero: "-0.00" is stored and audited as "0.00"
  it('is written, audited and compared as zero', async () => {
    expect(await record([iuran('99.02', '2020-07-01', '2020-07-31', '-0.00')])).toMatchObject({ inserted: 1, userErrors: [] });
    const [stored] = await app.orm.em.getConnection().execute<{ value: string; audited: string }[]>(
      `select f.value::text as value, (select a.new_value::text from fact_audit a where a.unit_code = f.unit_code
           and a.metric_code = f.metric_code and a.period_start = f.period_start order by a.id desc limit 1) as audited
         from fact f where f.unit_code = '99.02' and f.metric_code = 'IURAN' and f.period_start = '2020-07-01'`,
    );
    expect(stored).toEqual({ value: '0.00', audited: '0.00' });
    // "0.00" again changes nothing
    expect(await record([iuran('99.02', '2020-07-01', '2020-07-31', '0.00')])).toMatchObject({ unchanged: 1, userErrors: [] });
  });
});
