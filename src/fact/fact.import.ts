/**
 * The CSV import of facts (`npm run import -- FILE.csv`): reading the file,
 * and writing it through the one write path of fact.service.ts, all or
 * nothing, in one transaction however long the file is.
 *
 * The columns are those of data/demo/press_figures.csv:
 *   level,unit,metric,segment,kind,period_start,period_end,value,source
 * `source` becomes the fact's note; `level`, when given, must be the office's
 * level; an empty segment is the total. Numbers are read in the one format
 * the caller names (never guessed): `plain` (4067826205816.00) or `id`
 * (4.067.826.205.816,00).
 *
 * Errors are UserErrors whose `index` is the data row's position (0 = the
 * first line after the header); `lines[index]` is its line in the file
 * (header = line 1, so normally index + 2).
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { isValidDate, todayInJakarta } from '../calendar/calendar';
import { readCsvRecords } from '../common/csv';
import { UserErrorCode, UserErrorInfo } from '../common/user-error';
import { Actor, inWriteTransaction, RejectedBatch } from '../db/transaction';
import { OrgLevel } from '../org/org.model';
import { unitsByCode } from '../org/org.repository';
import { FactInput, FactKind } from './fact.model';
import { analyzeFacts, lockSeries } from './fact.repository';
import { ANALYZE_AFTER_ROWS, applyFacts, validateFacts, WriteSummary } from './fact.service';
import { batchConflicts } from './fact.validation';

// ---------------------------------------------------------------- numbers

export type NumberFormat = 'plain' | 'id';
export const NUMBER_FORMATS: readonly NumberFormat[] = ['plain', 'id'];

/** A value that is not a number in the chosen format; the message says why. */
export class NumberFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NumberFormatError';
  }
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** id-ID: either ungrouped digits, or groups of exactly three after a first group of 1-3 (not starting with 0); "," before the fraction. */
const ID_NUMBER = /^-?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

function describePlainProblem(t: string): string {
  const q = JSON.stringify(t);
  if (/^[-+]?\d*\.?\d+[eE][-+]?\d+$/.test(t)) return `${q} uses exponent notation; write the digits out, e.g. 100000`;
  if (t.includes(',') && ID_NUMBER.test(t))
    return `${q} is not a plain number (digits with an optional "." fraction); did you mean --number-format id?`;
  if (t.includes(',')) return `${q} is not a plain number: "," is neither a decimal point nor allowed as a thousands separator here`;
  if ((t.match(/\./g) ?? []).length > 1) {
    return `${q} is not a plain number: more than one "."` + (ID_NUMBER.test(t) ? '; did you mean --number-format id?' : '');
  }
  if (/\s/.test(t)) return `${q} is not a number: it contains spaces`;
  if (t.startsWith('+')) return `${q} is not a plain number: leave out the "+"`;
  return `${q} is not a plain number: expected digits with an optional "." fraction, e.g. 4067826205816.00`;
}

function describeIdProblem(t: string): string {
  const q = JSON.stringify(t);
  if (/^[-+]?\d*\.?\d+[eE][-+]?\d+$/.test(t)) return `${q} uses exponent notation; write the digits out, e.g. 100.000`;
  const comma = t.indexOf(',');
  const dot = t.lastIndexOf('.');
  if (comma >= 0 && dot > comma)
    return `${q} is not an id-ID number: "," separates the fraction and "." groups thousands (e.g. 1.234,5), not the other way round`;
  if ((t.match(/,/g) ?? []).length > 1) return `${q} is not an id-ID number: more than one ","`;
  if (/\s/.test(t)) return `${q} is not a number: it contains spaces`;
  const integer = (comma >= 0 ? t.slice(0, comma) : t).replace(/^-/, '');
  if (integer.includes('.')) {
    const groups = integer.split('.');
    if (groups.slice(1).some((g) => g.length !== 3) || groups[0].length === 0 || groups[0].length > 3) {
      return `${q} is not an id-ID number: thousands are grouped by "." in groups of exactly 3 digits (e.g. 12.345.678)`;
    }
    if (groups[0].startsWith('0')) return `${q} is ambiguous: a grouped number does not start with 0 (for a fraction write e.g. 0,5)`;
  }
  return `${q} is not an id-ID number: expected e.g. 4.067.826.205.816,00 or 1234,5`;
}

/**
 * The value as a plain decimal string ("1234.5") for the write path, or a
 * NumberFormatError. Surrounding spaces are ignored; a leading "-" passes
 * through (validation rejects negative values).
 */
export function parseDecimal(text: string, format: NumberFormat): string {
  const t = text.trim();
  if (t === '') throw new NumberFormatError('the value is empty');
  if (format === 'plain') {
    if (PLAIN_NUMBER.test(t)) return t;
    throw new NumberFormatError(describePlainProblem(t));
  }
  if (ID_NUMBER.test(t)) return t.replace(/\./g, '').replace(',', '.');
  throw new NumberFormatError(describeIdProblem(t));
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = ['level', 'unit', 'metric', 'segment', 'kind', 'period_start', 'period_end', 'value', 'source'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['unit', 'metric', 'kind', 'period_start', 'period_end', 'value'];

/** A fact as the file gives it: the office's level, when the line names it, is checked against the tree. */
export interface ImportRow extends FactInput {
  level?: OrgLevel | null;
}

export interface ParsedFacts {
  /** One per data line, in file order: `rows[i]` is the line `lines[i]`. Rows named in `errors` are unusable. */
  rows: ImportRow[];
  /** Every problem of reading the file: header (index null), malformed lines, numbers, dates, kinds, levels. */
  errors: UserErrorInfo[];
  /** The file line of each row (header = line 1; normally i + 2). */
  lines: number[];
}

const LEVELS = new Set<string>(Object.values(OrgLevel));
const KINDS = new Set<string>(Object.values(FactKind));

/** Column name in the file for a FactInput field, for messages. */
export const FIELD_COLUMN: Readonly<Record<string, CsvColumn>> = {
  level: 'level',
  unit: 'unit',
  metric: 'metric',
  segment: 'segment',
  kind: 'kind',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  value: 'value',
  note: 'source',
};

function headerErrors(header: string[]): UserErrorInfo[] {
  const names = header.map((h) => h.trim());
  const errors: UserErrorInfo[] = [];
  const expected = `expected the header ${CSV_COLUMNS.join(',')}`;
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    errors.push({
      index: null,
      field: 'header',
      code: 'UNKNOWN_COLUMN',
      message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => JSON.stringify(n)).join(', ')}; ${expected}`,
    });
  }
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length > 0) {
    errors.push({
      index: null,
      field: 'header',
      code: 'DUPLICATE_COLUMN',
      message: `column${repeated.length > 1 ? 's' : ''} ${repeated.join(', ')} given more than once`,
    });
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    errors.push({
      index: null,
      field: 'header',
      code: 'MISSING_COLUMN',
      message:
        `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` +
        (unknown.length === names.length ? ` (the first line must be the header: ${CSV_COLUMNS.join(',')})` : ''),
    });
  }
  return errors;
}

/**
 * Reads a facts CSV. Never throws on bad content: every problem is in
 * `errors`, each on its row, so that the caller can report them all at once.
 */
export function parseFactsCsv(text: string, options: { numberFormat?: NumberFormat } = {}): ParsedFacts {
  const numberFormat = options.numberFormat ?? 'plain';
  const records = readCsvRecords(text);
  if (records.length === 0) {
    return {
      rows: [],
      lines: [],
      errors: [
        {
          index: null,
          field: 'header',
          code: 'MISSING_HEADER',
          message: `the file is empty; it needs a header line: ${CSV_COLUMNS.join(',')}`,
        },
      ],
    };
  }
  const [header, ...data] = records;
  const errors: UserErrorInfo[] = headerErrors(header.fields);
  if (header.malformed) errors.push({ index: null, field: 'header', code: 'MALFORMED_LINE', message: header.malformed });
  const lines = data.map((r) => r.line);
  if (errors.length > 0) return { rows: [], lines, errors };

  const col = new Map(header.fields.map((h, i) => [h.trim() as CsvColumn, i]));
  const rows = data.map((record, index): ImportRow => {
    const get = (c: CsvColumn): string => {
      const i = col.get(c);
      return i === undefined ? '' : (record.fields[i] ?? '').trim();
    };
    const problem = (field: string, code: UserErrorCode, message: string) => errors.push({ index, field, code, message });
    if (record.malformed) problem('line', 'MALFORMED_LINE', record.malformed);
    if (record.fields.length !== header.fields.length) {
      problem('line', 'WRONG_FIELD_COUNT', `expected ${header.fields.length} fields as in the header, got ${record.fields.length}`);
    }
    const level = get('level');
    if (level !== '' && !LEVELS.has(level))
      problem('level', 'UNKNOWN_LEVEL', `unknown level ${JSON.stringify(level)}; valid: ${[...LEVELS].join(', ')}`);
    const kind = get('kind');
    if (!KINDS.has(kind)) problem('kind', 'INVALID_KIND', `kind must be ${[...KINDS].join(' or ')}, got ${JSON.stringify(kind)}`);
    const periodStart = get('period_start');
    const periodEnd = get('period_end');
    if (!isValidDate(periodStart))
      problem('periodStart', 'INVALID_DATE', `period_start must be a date YYYY-MM-DD, got ${JSON.stringify(periodStart)}`);
    if (!isValidDate(periodEnd))
      problem('periodEnd', 'INVALID_DATE', `period_end must be a date YYYY-MM-DD, got ${JSON.stringify(periodEnd)}`);
    let value = get('value');
    try {
      value = parseDecimal(value, numberFormat);
    } catch (e) {
      if (!(e instanceof NumberFormatError)) throw e;
      problem('value', 'INVALID_NUMBER', `${e.message} (--number-format ${numberFormat})`);
    }
    return {
      level: level === '' ? null : (level as OrgLevel),
      unit: get('unit'),
      metric: get('metric'),
      segment: get('segment') || null,
      kind: kind as FactKind,
      periodStart,
      periodEnd,
      value,
      note: get('source') || null,
    };
  });
  return { rows, errors, lines };
}

/** "line 7, value: message (CODE)"; file-wide errors without a line say so. */
export function formatImportError(e: UserErrorInfo, lines: readonly number[]): string {
  const column: string | null = e.field ? (FIELD_COLUMN[e.field] ?? e.field) : null;
  const where = e.index !== null ? `line ${lines[e.index] ?? e.index + 2}` : e.field === 'header' ? 'line 1 (header)' : 'file';
  return `${where}${column && column !== 'header' && column !== 'line' ? `, ${column}` : ''}: ${e.message} (${e.code})`;
}

// ---------------------------------------------------------------- import

/** Rows per applyFacts call; all of them run inside the one transaction of the import. */
export const IMPORT_CHUNK = 10_000;

export interface ImportProgress {
  phase: 'validated' | 'written';
  done: number;
  total: number;
}

export interface ImportOptions {
  actor: Actor;
  /** 'YYYY-MM-DD' in Asia/Jakarta; realizations may not end after it. Default: todayInJakarta(). */
  today?: string;
  /** Validate and write inside the transaction, then roll it back: the summary tells what would happen. */
  dryRun?: boolean;
  /**
   * Problems found reading the file (parseFactsCsv). Nothing is written when
   * there are any; the other rows are still validated, so that one run
   * reports every bad line.
   */
  parseErrors?: readonly UserErrorInfo[];
  /** File line of each row: messages that name another row then name its line. */
  lines?: readonly number[];
  onProgress?: (progress: ImportProgress) => void;
  /** Characters a note may have (MAX_NOTE_LENGTH; default 1 000). */
  maxNoteLength?: number;
}

export interface ImportSummary extends WriteSummary {
  rows: number;
  dryRun: boolean;
  /** Whether `analyze fact` ran afterwards. */
  analyzed: boolean;
}

/** Who imports, for the audit trail: `cli:import:<OS user>`, request `import:<file>:<ISO time>`. */
export function importActor(fileBaseName: string, osUser: string, now: Date = new Date()): Actor {
  return { id: `cli:import:${osUser}`, requestId: `import:${fileBaseName}:${now.toISOString()}` };
}

class DryRunRollback extends Error {
  constructor(readonly summary: Omit<WriteSummary, 'userErrors'>) {
    super('dry run: rolled back');
  }
}

function byRow(a: UserErrorInfo, b: UserErrorInfo): number {
  return (a.index ?? -1) - (b.index ?? -1);
}

/** Errors of a subset of rows, with their indexes mapped back and "row N of this batch" naming the row of the file. */
function remap(errors: readonly UserErrorInfo[], original: readonly number[], lines?: readonly number[]): UserErrorInfo[] {
  const name = (i: number) => (lines ? `line ${lines[i]}` : `row ${i}`);
  return errors.map((e) => ({
    ...e,
    index: e.index === null ? null : original[e.index],
    message: e.message.replace(/\brow (\d+) of this batch\b/g, (_, n: string) => `${name(original[Number(n)])} of this file`),
  }));
}

/** Rows whose office exists at another level than the line says. */
async function levelErrors(tem: EntityManager, rows: readonly ImportRow[], indexes: readonly number[]): Promise<UserErrorInfo[]> {
  const codes = [...new Set(indexes.filter((i) => rows[i].level).map((i) => rows[i].unit))];
  if (codes.length === 0) return [];
  const units = await unitsByCode(tem, codes);
  const levelOf = new Map(units.map((u) => [u.code, u.level]));
  const errors: UserErrorInfo[] = [];
  for (const i of indexes) {
    const { level, unit } = rows[i];
    const actual = levelOf.get(unit);
    if (level && actual && actual !== level) {
      errors.push({
        index: i,
        field: 'level',
        code: 'LEVEL_MISMATCH',
        message: `office ${unit} is at level ${actual}, the line says ${level}`,
      });
    }
  }
  return errors;
}

/**
 * Validates and writes every row in ONE transaction, all or nothing: the
 * same checks as the mutations (validateFacts), the level check, then
 * applyFacts in chunks of IMPORT_CHUNK rows (overlaps with stored
 * realizations are collected over all chunks before the rollback). Any
 * error, of any row, leaves the database as it was.
 */
export async function importFacts(em: EntityManager, rows: readonly ImportRow[], options: ImportOptions): Promise<ImportSummary> {
  const { actor, lines, onProgress } = options;
  const today = options.today ?? todayInJakarta();
  const parseErrors = options.parseErrors ?? [];
  const none = { inserted: 0, updated: 0, unchanged: 0 };
  const result = (summary: WriteSummary, analyzed = false): ImportSummary => ({
    ...summary,
    rows: rows.length,
    dryRun: options.dryRun ?? false,
    analyzed,
  });
  // A bad header leaves no row to trust.
  if (parseErrors.some((e) => e.index === null)) return result({ ...none, userErrors: [...parseErrors].sort(byRow) });

  const unusable = new Set(parseErrors.map((e) => e.index));
  const kindErrors: UserErrorInfo[] = [];
  rows.forEach((r, i) => {
    if (!unusable.has(i) && r.kind !== FactKind.TARGET && r.kind !== FactKind.REALIZATION) {
      kindErrors.push({
        index: i,
        field: 'kind',
        code: 'INVALID_KIND',
        message: `kind must be TARGET or REALIZATION, got ${JSON.stringify(r.kind)}`,
      });
      unusable.add(i);
    }
  });
  const usable = rows.map((_, i) => i).filter((i) => !unusable.has(i));

  let summary: WriteSummary;
  try {
    summary = await inWriteTransaction(
      em,
      async (tem) => {
        const found = remap(
          await validateFacts(
            tem,
            usable.map((i) => rows[i]),
            { today, writableUnits: actor.writableUnits, maxNoteLength: options.maxNoteLength },
          ),
          usable,
          lines,
        );
        // validateFacts looks for rows that repeat or overlap each other only when every row is valid;
        // look among the valid ones anyway, so that one run reports every bad line.
        const invalid = new Set(found.map((e) => e.index));
        const valid = usable.filter((i) => !invalid.has(i));
        const conflicts = found.length > 0 ? remap(batchConflicts(valid.map((i) => rows[i])), valid, lines) : [];
        const errors = [...parseErrors, ...kindErrors, ...found, ...conflicts, ...(await levelErrors(tem, rows, usable))];
        if (errors.length > 0) throw new RejectedBatch(errors.sort(byRow));
        onProgress?.({ phase: 'validated', done: rows.length, total: rows.length });

        // Ordered by office and metric, as applyFacts orders its advisory locks (the same order
        // under the C collation of the embedded server), so that the locks of successive chunks
        // are taken in one global order and concurrent writers cannot deadlock with the import.
        const key = (i: number) => `${rows[i].unit}|${rows[i].metric}`;
        const order = [...usable].sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          return ka < kb ? -1 : ka > kb ? 1 : a - b;
        });
        // Every series lock first, before the first write, in the one global order: a writer that
        // holds rows of one chunk never waits for a series lock of a later one.
        await lockSeries(tem, order.map(key));
        const overlaps: UserErrorInfo[] = [];
        let inserted = 0;
        let updated = 0;
        for (let offset = 0; offset < order.length; offset += IMPORT_CHUNK) {
          const part = order.slice(offset, offset + IMPORT_CHUNK);
          try {
            const written = await applyFacts(
              tem,
              part.map((i) => rows[i]),
              actor,
              (done) => onProgress?.({ phase: 'written', done: offset + done, total: order.length }),
            );
            inserted += written.inserted;
            updated += written.updated;
          } catch (e) {
            // keep going: the later chunks' overlaps are reported too; the transaction rolls back below
            if (!(e instanceof RejectedBatch)) throw e;
            overlaps.push(...remap(e.errors, part, lines));
          }
        }
        if (overlaps.length > 0) throw new RejectedBatch(overlaps.sort(byRow));
        const written = { inserted, updated, unchanged: order.length - inserted - updated };
        if (options.dryRun) throw new DryRunRollback(written);
        return { ...written, userErrors: [] as UserErrorInfo[] };
      },
      none,
    );
  } catch (e) {
    if (e instanceof DryRunRollback) return result({ ...e.summary, userErrors: [] });
    throw e;
  }
  if (summary.userErrors.length > 0) return result({ ...none, userErrors: summary.userErrors });
  // Stale planner statistics after a bulk write lead to very bad plans (see writeFacts).
  // The rows are committed by now: a failed refresh (autovacuum will do it later) must not read as a failed import.
  const analyzed =
    summary.inserted >= ANALYZE_AFTER_ROWS &&
    (await analyzeFacts(em).then(
      () => true,
      () => false,
    ));
  return result(summary, analyzed);
}
