/**
 * The CSV import's test tools, shared by test/import.test.ts and the slow
 * suites of test/slow/import-large.test.ts: generated files, the import
 * through importFacts, the CLI as a child process.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { monthSpan } from '../../src/calendar/calendar';
import { formatImportError, importActor, importFacts, ImportProgress, NumberFormat, parseFactsCsv } from '../../src/fact/fact.import';
import { OrgLevel } from '../../src/org/org.model';
import { ReferenceUnit } from '../../src/seed/reference.seed';
import { TestApp } from './app';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PRESS_CSV = path.join(ROOT, 'data', 'demo', 'press_figures.csv');
export const HEADER = 'level,unit,metric,segment,kind,period_start,period_end,value,source';

export interface GeneratedRow {
  unit: string;
  metric: string;
  segment: string;
  start: string;
  end: string;
  value: string;
}

/** The tools, bound to a test file's app and office tree (read when called, after its beforeAll). */
export function importTools(state: { app: () => TestApp; units: () => ReferenceUnit[] }) {
  async function count(sql = 'select count(*)::int as n from fact', on: TestApp = state.app()): Promise<number> {
    const [{ n }] = await on.orm.em.getConnection().execute<{ n: number }[]>(sql);
    return n;
  }

  async function importText(
    text: string,
    options: {
      numberFormat?: NumberFormat;
      dryRun?: boolean;
      file?: string;
      onProgress?: (p: ImportProgress) => void;
      into?: TestApp;
    } = {},
  ) {
    const parsed = parseFactsCsv(text, { numberFormat: options.numberFormat });
    const summary = await importFacts((options.into ?? state.app()).orm.em.fork(), parsed.rows, {
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

  /**
   * `limit` monthly realizations, deterministic: for each wilayah and month of
   * `years`, IURAN, PERUSAHAAN_BARU and TENAGA_KERJA_BARU per segment.
   */
  function generate(limit: number, years: number[]): GeneratedRow[] {
    const wilayah = state
      .units()
      .filter((u) => u.level === OrgLevel.WILAYAH)
      .map((u) => u.code);
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

  return { count, importText, idNumber, generate, csv, runCli };
}
