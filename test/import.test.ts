/**
 * npm run import: CSV files through parseFactsCsv and importFacts (the one
 * write path, one transaction per file) against a real PostgreSQL, and the
 * CLI itself as a child process.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatImportError, importActor, importFacts, ImportProgress, NumberFormat, parseFactsCsv } from '../src/fact/fact.import';
import { OrgLevel } from '../src/org/org.model';
import { monthSpan } from '../src/calendar/calendar';
import { ReferenceUnit } from '../src/seed/reference.seed';
import { createTestApp, TestApp } from './support/app';
import { withReferenceTree } from './scenarios';

const ROOT = path.resolve(__dirname, '..');
const PRESS_CSV = path.join(ROOT, 'data', 'demo', 'press_figures.csv');
const HEADER = 'level,unit,metric,segment,kind,period_start,period_end,value,source';

let app: TestApp;
let units: ReferenceUnit[];
let dir: string;

beforeAll(async () => {
  app = await createTestApp();
  units = await withReferenceTree(app);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-import-'));
});
afterAll(async () => {
  await app?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function count(sql = 'select count(*)::int as n from fact', on: TestApp = app): Promise<number> {
  const [{ n }] = await on.orm.em.getConnection().execute<{ n: number }[]>(sql);
  return n;
}

async function importText(
  text: string,
  options: { numberFormat?: NumberFormat; dryRun?: boolean; file?: string; onProgress?: (p: ImportProgress) => void; into?: TestApp } = {},
) {
  const parsed = parseFactsCsv(text, { numberFormat: options.numberFormat });
  const summary = await importFacts((options.into ?? app).orm.em.fork(), parsed.rows, {
    actor: importActor(options.file ?? 'test.csv', 'jest'),
    dryRun: options.dryRun,
    parseErrors: parsed.errors,
    lines: parsed.lines,
    onProgress: options.onProgress,
  });
  return { summary, messages: summary.userErrors.map((e) => formatImportError(e, parsed.lines)) };
}

/** Thousands grouped by "." and "," before the fraction: 1234567.89 -> 1.234.567,89. */
function idNumber(plain: string): string {
  const [integer, fraction] = plain.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

interface GeneratedRow {
  unit: string;
  metric: string;
  segment: string;
  start: string;
  end: string;
  value: string;
}

/**
 * `limit` monthly realizations, deterministic: for each wilayah and month of
 * `years`, IURAN, PERUSAHAAN_BARU and TENAGA_KERJA_BARU per segment.
 */
function generate(limit: number, years: number[]): GeneratedRow[] {
  const wilayah = units.filter((u) => u.level === OrgLevel.WILAYAH).map((u) => u.code);
  const rows: GeneratedRow[] = [];
  let n = 0;
  for (const unit of wilayah) {
    for (const year of years) {
      for (let month = 1; month <= 12; month++) {
        const { start, end } = monthSpan(year, month);
        const v = (k: number) => String(((n * 7919 + k * 104_729) % 900_000) + 100);
        const add = (metric: string, segment: string, value: string) => {
          if (rows.length < limit) rows.push({ unit, metric, segment, start, end, value });
        };
        add('IURAN', '', `${v(1)}${String(n % 1000).padStart(3, '0')}.${String(n % 100).padStart(2, '0')}`);
        add('PERUSAHAAN_BARU', '', String(n % 50));
        for (const [k, segment] of ['PU', 'BPU', 'JAKON', 'PMI'].entries()) add('TENAGA_KERJA_BARU', segment, v(k + 2));
        n++;
        if (rows.length >= limit) return rows;
      }
    }
  }
  throw new Error(`only ${rows.length} rows possible`);
}

function csv(rows: GeneratedRow[], format: NumberFormat, extra: string[] = []): string {
  const lines = rows.map((r) => {
    const value = format === 'id' ? idNumber(r.value) : r.value;
    return `WILAYAH,${r.unit},${r.metric},${r.segment},REALIZATION,${r.start},${r.end},${value.includes(',') ? `"${value}"` : value},generated`;
  });
  return [HEADER, ...lines, ...extra].join('\n') + '\n';
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules', '.bin', 'ts-node'),
      [path.join(ROOT, 'scripts', 'import.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

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

    const [banten] = await app.orm.em.getConnection().execute<{ note: string }[]>(
      `select note from fact where unit_code = 'BANTEN' and metric_code = 'IURAN' and kind = 'REALIZATION' and period_start = '2017-01-01'`,
    );
    expect(banten.note).toBe('Kabar6 2018-01-28');
    const audit = await app.orm.em.getConnection().execute<{ actor: string; request_id: string; n: number }[]>(
      `select actor, request_id, count(*)::int as n from fact_audit where request_id like 'import:press_figures.csv:%' group by actor, request_id`,
    );
    expect(audit).toEqual([{ actor: 'cli:import:jest', request_id: expect.stringMatching(/^import:press_figures\.csv:\d{4}-\d\d-\d\dT/), n: 37 }]);
  });

  it('--dry-run tells what would be written and writes nothing', async () => {
    const before = await count();
    const rows = generate(1_500, [2015]);
    const { summary } = await importText(csv(rows, 'plain'), { dryRun: true });
    expect(summary).toMatchObject({ rows: 1_500, inserted: 1_500, updated: 0, unchanged: 0, dryRun: true, userErrors: [] });
    expect(await count()).toBe(before);
  });

  it('imports 100 000 rows (id number format) completely, in one go', async () => {
    // A database of its own: how long the import takes depends on what the fact table held
    // before (the overlap test below leaves 20 000 rolled-back rows; with them it took ~100 s
    // instead of ~15 s), so in a shared database the time limit depended on the test order.
    const own = await createTestApp();
    try {
      await withReferenceTree(own);
      const before = await count(undefined, own);
      const rows = generate(100_000, [2020, 2021, 2022]);
      const file = path.join(dir, 'figures-100k-id.csv');
      fs.writeFileSync(file, csv(rows, 'id'));
      const progress: ImportProgress[] = [];
      const started = Date.now();
      const { summary, messages } = await importText(fs.readFileSync(file, 'utf8'), { numberFormat: 'id', onProgress: (p) => progress.push(p), into: own });
      console.log(`imported 100 000 rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(messages).toEqual([]);
      expect(summary).toMatchObject({ rows: 100_000, inserted: 100_000, updated: 0, unchanged: 0, analyzed: true });
      expect(await count(undefined, own)).toBe(before + 100_000);
      expect(progress[0]).toEqual({ phase: 'validated', done: 100_000, total: 100_000 });
      expect(progress.at(-1)).toEqual({ phase: 'written', done: 100_000, total: 100_000 });
      expect(progress.filter((p) => p.phase === 'written').length).toBeGreaterThanOrEqual(10);
      // read back exactly: the id-format figures became the same decimals
      const [{ sum }] = await own.orm.em.getConnection().execute<{ sum: string }[]>(
        `select sum(value)::text as sum from fact where metric_code = 'IURAN' and period_start >= '2020-01-01' and period_start <= '2022-12-31'`,
      );
      const expected = rows.filter((r) => r.metric === 'IURAN').reduce((s, r) => s + BigInt(r.value.replace('.', '')), 0n);
      expect(sum.replace('.', '')).toBe(expected.toString());
    } finally {
      await own.close();
    }
  }, 120_000);

  it('one bad row at the end of 100 001 (line 100 002) rejects the whole file', async () => {
    const before = await count();
    const rows = generate(100_000, [2017, 2018, 2019]);
    const badNumber = csv(rows, 'plain', ['WILAYAH,11.01,IURAN,,REALIZATION,2016-01-01,2016-01-31,"12,5",generated']);
    const a = await importText(badNumber);
    expect(a.messages).toEqual([
      'line 100002, value: "12,5" is not a plain number (digits with an optional "." fraction); did you mean --number-format id? (--number-format plain) (INVALID_NUMBER)',
    ]);
    expect(a.summary).toMatchObject({ rows: 100_001, inserted: 0, updated: 0 });

    const unknownOffice = csv(rows, 'plain', ['WILAYAH,99.99,IURAN,,REALIZATION,2016-01-01,2016-01-31,12.50,generated']);
    const b = await importText(unknownOffice);
    expect(b.messages).toEqual(['line 100002, unit: unknown office code "99.99" (UNKNOWN_UNIT)']);
    expect(await count()).toBe(before);
  }, 120_000);

  it('an overlap with a stored realization, found by applyFacts in the last chunk, rejects the whole file', async () => {
    // 25 000 new rows: three applyFacts chunks in one transaction; the bad row sorts into the last one
    const rows = generate(25_000, [2014]);
    const last = [...new Set(rows.map((r) => r.unit))].sort().at(-1)!;
    const stored = (segment: string) => ({ unit: last, metric: 'TENAGA_KERJA_BARU', segment, start: '2013-06-01', end: '2013-06-30', value: '5' });
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
      expect.stringMatching(/^line 12, period_end: a realization cannot end after today \(\d{4}-\d\d-\d\d\), got 2099-01-31 \(SPAN_IN_FUTURE\)$/),
    ]);
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(await count()).toBe(before);

    // once every row is valid on its own, rows of the file that conflict with each other are named by their lines
    const conflicts = await importText([HEADER, 'WILAYAH,11.01,IURAN,,REALIZATION,2012-01-01,2012-01-31,1,a', ',11.01,IURAN,,REALIZATION,2012-01-15,2012-02-14,1,b', ',11.01,IURAN,,REALIZATION,2012-01-01,2012-01-31,2,c'].join('\n'));
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

describe('the CLI (scripts/import.ts)', () => {
  it('imports a file in id number format into DATABASE_URL and prints the summary on stdout', async () => {
    const rows = generate(12, [2011]);
    const file = path.join(dir, 'cli-id.csv');
    fs.writeFileSync(file, csv(rows, 'id'));
    const before = await count();
    const res = await runCli([file, '--number-format', 'id'], { DATABASE_URL: app.url });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^file: +${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nrows: +12\ninserted: +12\nupdated: +0\nunchanged: +0\nseconds: +\\d+\\.\\d\\d\n$`));
    expect(await count()).toBe(before + 12);
    const audit = await app.orm.em.getConnection().execute<{ actor: string; request_id: string }[]>(
      `select distinct actor, request_id from fact_audit where request_id like 'import:cli-id.csv:%'`,
    );
    expect(audit).toEqual([{ actor: expect.stringMatching(/^cli:import:.+/), request_id: expect.stringMatching(/^import:cli-id\.csv:/) }]);
  }, 60_000);

  it('a bad file: exit code 1, every bad line on stderr, nothing written', async () => {
    const rows = generate(12, [2010]);
    const file = path.join(dir, 'cli-bad.csv');
    fs.writeFileSync(file, csv(rows, 'plain', ['WILAYAH,11.01,IURAN,,REALIZATION,2009-01-01,2009-01-31,12.5.0,x']));
    const before = await count();
    const res = await runCli([file], { DATABASE_URL: app.url });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('line 14, value: "12.5.0" is not a plain number: more than one "."');
    expect(res.stderr).toMatch(/\nnothing was written: 1 error on 1 line of .*cli-bad\.csv\n$/);
    expect(await count()).toBe(before);
  }, 60_000);

  it('usage: --help, an unknown flag (exit 2), a missing file (exit 2)', async () => {
    const [help, unknown, missing] = await Promise.all([
      runCli(['--help']),
      runCli([PRESS_CSV, '--force']),
      runCli([path.join(dir, 'no-such-file.csv')]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run import -- FILE\.csv/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--force'/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file: .*no-such-file\.csv/);
  }, 60_000);
});
