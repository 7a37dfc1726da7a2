/**
 * npm run import: CSV files through parseFactsCsv and importFacts (the one
 * write path, one transaction per file) against a real PostgreSQL. Files of
 * 100 000 rows and the CLI as a child process are in
 * test/slow/import-large.test.ts.
 */
import fs from 'node:fs';
import { ReferenceUnit } from '../src/seed/reference.seed';
import { createTestApp, TestApp } from './support/app';
import { HEADER, importTools, PRESS_CSV } from './support/import';
import { withReferenceTree } from './scenarios';

let app: TestApp;
let units: ReferenceUnit[];

beforeAll(async () => {
  app = await createTestApp();
  units = await withReferenceTree(app);
});
afterAll(async () => {
  await app?.close();
});

const { count, importText, generate, csv } = importTools({ app: () => app, units: () => units });

describe('npm run import', () => {
  it('imports data/demo/press_figures.csv: 37 rows, then again: 37 unchanged; the source is the note, the audit names the import', async () => {
    const text = fs.readFileSync(PRESS_CSV, 'utf8');
    // other tests of this file may have imported their own rows first
    const before = await count();
    const first = await importText(text, { file: 'press_figures.csv' });
    expect(first.messages).toEqual([]);
    expect(first.summary).toMatchObject({ rows: 37, inserted: 37, updated: 0, unchanged: 0, dryRun: false });
    expect(await count()).toBe(before + 37);

    const again = await importText(text, { file: 'press_figures.csv' });
    expect(again.summary).toMatchObject({ rows: 37, inserted: 0, updated: 0, unchanged: 37 });
    expect(await count()).toBe(before + 37);

    const [banten] = await app.orm.em
      .getConnection()
      .execute<{ note: string }[]>(
        `select note from fact where unit_code = 'BANTEN' and metric_code = 'IURAN' and kind = 'REALIZATION' and period_start = '2017-01-01'`,
      );
    expect(banten.note).toBe('Kabar6 2018-01-28');
    const audit = await app.orm.em
      .getConnection()
      .execute<{ actor: string; request_id: string; n: number }[]>(
        `select actor, request_id, count(*)::int as n from fact_audit where request_id like 'import:press_figures.csv:%' group by actor, request_id`,
      );
    expect(audit).toEqual([
      { actor: 'cli:import:jest', request_id: expect.stringMatching(/^import:press_figures\.csv:\d{4}-\d\d-\d\dT/), n: 37 },
    ]);
  });

  it('a re-import with changed values updates exactly those rows, each audited with its old and new value', async () => {
    // 2 000 rows: written through the COPY staging table, not a jsonb parameter
    const rows = generate(2_000, [2013]);
    let first: Awaited<ReturnType<typeof importText>> | undefined;
    const statements = await app.statementsDuring(async () => {
      first = await importText(csv(rows, 'plain'), { file: 'staged.csv' });
    });
    // the rows went through COPY on the transaction's connection, not through an upsert with a jsonb parameter
    expect(statements.filter((q) => q.includes('insert into fact as f'))).toEqual([]);
    expect(first!.summary).toMatchObject({ rows: 2_000, inserted: 2_000, updated: 0, unchanged: 0, userErrors: [] });
    const changed = rows.map((r, i) => (i % 100 === 7 ? { ...r, value: String(BigInt(r.value.split('.')[0]) + 1n) } : r));
    const again = await importText(csv(changed, 'plain'), { file: 'staged-again.csv' });
    expect(again.summary).toMatchObject({ rows: 2_000, inserted: 0, updated: 20, unchanged: 1_980, userErrors: [] });
    const audit = await app.orm.em
      .getConnection()
      .execute<{ action: string; old_value: string; new_value: string; unit_code: string; metric_code: string; period_start: string }[]>(
        `select action, old_value::text, new_value::text, unit_code, metric_code, period_start::text from fact_audit
         where request_id like 'import:staged-again.csv:%' order by id`,
      );
    expect(audit).toHaveLength(20);
    const sample = rows[7];
    const numeric = (v: string) => (v.includes('.') ? v : `${v}.00`);
    expect(audit).toContainEqual({
      action: 'UPDATE',
      old_value: numeric(sample.value),
      new_value: numeric(changed[7].value),
      unit_code: sample.unit,
      metric_code: sample.metric,
      period_start: sample.start,
    });
  });

  it('--dry-run tells what would be written and writes nothing', async () => {
    const before = await count();
    const rows = generate(1_500, [2015]);
    const { summary } = await importText(csv(rows, 'plain'), { dryRun: true });
    expect(summary).toMatchObject({ rows: 1_500, inserted: 1_500, updated: 0, unchanged: 0, dryRun: true, userErrors: [] });
    expect(await count()).toBe(before);
  });

  it('an overlap with a stored realization, found by applyFacts in the last chunk, rejects the whole file', async () => {
    // 25 000 new rows: three applyFacts chunks in one transaction; the bad row sorts into the last one
    const rows = generate(25_000, [2014]);
    const last = [...new Set(rows.map((r) => r.unit))].sort().at(-1)!;
    const stored = (segment: string) => ({
      unit: last,
      metric: 'TENAGA_KERJA_BARU',
      segment,
      start: '2013-06-01',
      end: '2013-06-30',
      value: '5',
    });
    expect((await importText(csv([stored('PU'), stored('BPU')], 'plain'))).summary.inserted).toBe(2);
    const before = await count();
    const text = csv(rows, 'plain', [
      `WILAYAH,${last},TENAGA_KERJA_BARU,PU,REALIZATION,2013-06-15,2013-07-14,7,overlaps`,
      `WILAYAH,${last},TENAGA_KERJA_BARU,BPU,REALIZATION,2013-06-30,2013-06-30,7,overlaps too`,
    ]);
    const { summary, messages } = await importText(text);
    expect(messages).toEqual([
      'line 25002, period_start: span 2013-06-15 to 2013-07-14 overlaps the stored realization 2013-06-01 to 2013-06-30 (OVERLAP)',
      'line 25003, period_start: span 2013-06-30 to 2013-06-30 overlaps the stored realization 2013-06-01 to 2013-06-30 (OVERLAP)',
    ]);
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(await count()).toBe(before);
  }, 120_000);

  it('reports every bad line of a file with its line number, field and message', async () => {
    const before = await count();
    const text = [
      HEADER,
      'WILAYAH,11.01,IURAN,,REALIZATION,2012-01-01,2012-01-31,100.00,ok', // 2
      'KANWIL,11.01,IURAN,,REALIZATION,2012-02-01,2012-02-29,100.00,level', // 3
      'WILAYAH,11.01,IURAN,,REALIZATION,2012-03-01,2012-03-31,-5,negative', // 4
      'WILAYAH,XX.99,IURAN,,REALIZATION,2012-04-01,2012-04-30,100.00,unknown office', // 5
      '', // 6: blank, skipped
      'WILAYAH,11.01,IURAN,,REALIZATION,2012-05-01,2012-05-31,"1.234,50",number', // 7
      'WILAYAH,11.01,IURAN,,REALIZATION,2012-06-01,2012-06-31,100.00,date', // 8
      'WILAYAH,11.01,IURAN,,REALIZATION,2012-07-01,2012-07-31,100.00', // 9: 8 fields
      'WILAYAH,11.01,IURAN,,REALIZATION,2012-01-01,2012-01-31,100.00,repeats line 2', // 10
      'WILAYAH,11.01,PERUSAHAAN_BARU,PU,REALIZATION,2012-01-01,2012-01-31,1,segment', // 11
      'WILAYAH,11.01,IURAN,,REALIZATION,2099-01-01,2099-01-31,100.00,future', // 12
    ].join('\n');
    const { summary, messages } = await importText(text);
    expect(messages).toEqual([
      'line 3, level: office 11.01 is at level WILAYAH, the line says KANWIL (LEVEL_MISMATCH)',
      'line 4, value: value must not be negative, got -5 (NEGATIVE_VALUE)',
      'line 5, unit: unknown office code "XX.99" (UNKNOWN_UNIT)',
      'line 7, value: "1.234,50" is not a plain number (digits with an optional "." fraction); did you mean --number-format id? (--number-format plain) (INVALID_NUMBER)',
      'line 8, period_end: period_end must be a date YYYY-MM-DD, got "2012-06-31" (INVALID_DATE)',
      'line 9: expected 9 fields as in the header, got 8 (WRONG_FIELD_COUNT)',
      'line 10, period_start: line 2 of this file has the same office, metric, segment and span 2012-01-01 to 2012-01-31 (DUPLICATE_ROW)',
      'line 11, segment: metric PERUSAHAAN_BARU has no segments; leave segment empty (SEGMENT_NOT_ALLOWED)',
      expect.stringMatching(
        /^line 12, period_end: a realization cannot end after today \(\d{4}-\d\d-\d\d\), got 2099-01-31 \(SPAN_IN_FUTURE\)$/,
      ),
    ]);
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(await count()).toBe(before);

    // once every row is valid on its own, rows of the file that conflict with each other are named by their lines
    const conflicts = await importText(
      [
        HEADER,
        'WILAYAH,11.01,IURAN,,REALIZATION,2012-01-01,2012-01-31,1,a',
        ',11.01,IURAN,,REALIZATION,2012-01-15,2012-02-14,1,b',
        ',11.01,IURAN,,REALIZATION,2012-01-01,2012-01-31,2,c',
      ].join('\n'),
    );
    expect(conflicts.messages).toEqual([
      'line 3, period_start: span 2012-01-15 to 2012-02-14 overlaps 2012-01-01 to 2012-01-31 of line 2 of this file (OVERLAP)',
      'line 4, period_start: line 2 of this file has the same office, metric, segment and span 2012-01-01 to 2012-01-31 (DUPLICATE_ROW)',
    ]);
    expect(await count()).toBe(before);
  });

  it('a header is required; unknown and missing columns are named', async () => {
    const { messages } = await importText('unit,metric,kind,start,end,value\n11.01,IURAN,REALIZATION,2012-01-01,2012-01-31,1\n');
    expect(messages).toEqual([
      'line 1 (header): unknown columns "start", "end"; expected the header level,unit,metric,segment,kind,period_start,period_end,value,source (UNKNOWN_COLUMN)',
      'line 1 (header): missing required columns period_start, period_end (MISSING_COLUMN)',
    ]);
  });
});
