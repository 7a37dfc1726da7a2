/**
 * The one path that writes facts: the GraphQL mutations, the CSV import and
 * the demo loader all use it. A batch is all or nothing: every invalid row is
 * reported and then nothing is written. Every change is audited by the
 * database (see the audit migration) with the actor and request named here.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { todayInJakarta } from '../calendar/calendar';
import { UserErrorInfo } from '../common/user-error';
import { Actor, constraintError, inWriteTransaction, RejectedBatch, setAuditContext, SYSTEM_ACTOR } from '../db/transaction';
import { MetricDefinition } from '../metric/metric.model';
import { loadMetricCatalogue } from '../metric/metric.repository';
import { unitsByCode } from '../org/org.repository';
import { FactInput, FactKey, FactKind } from './fact.model';
import { analyzeFacts, deleteByKey, lockSeries, storedOverlaps, upsertFacts } from './fact.repository';
import { noteFiguresWritten, touchedBy } from './fact.events';
import { batchConflicts, validateRow } from './fact.validation';
import { DEFAULT_MAX_NOTE_LENGTH } from '../config';

export interface WriteSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  userErrors: UserErrorInfo[];
}

export const MAX_BATCH_ROWS = 10_000;
/** Rows per SQL statement inside one batch's transaction. */
const CHUNK = 5_000;
/** A batch that inserts this many rows refreshes the table's planner statistics. */
export const ANALYZE_AFTER_ROWS = 1_000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Every row-level problem of a batch (no stored-overlap check: that needs the transaction's locks). */
export async function validateFacts(
  em: EntityManager,
  rows: readonly FactInput[],
  options: { today?: string; writableUnits?: ReadonlySet<string>; maxNoteLength?: number } = {},
): Promise<UserErrorInfo[]> {
  const metrics = new Map<string, MetricDefinition>((await loadMetricCatalogue(em)).map((m) => [m.code, m]));
  const known = await unitsByCode(em, [...new Set(rows.map((r) => r.unit))]);
  const ctx = {
    units: new Set(known.map((r) => r.code)),
    metrics,
    today: options.today ?? todayInJakarta(),
    maxNoteLength: options.maxNoteLength ?? DEFAULT_MAX_NOTE_LENGTH,
  };
  const errors = rows.flatMap((r, i) => validateRow(r, i, ctx));
  if (options.writableUnits) {
    const allowed = options.writableUnits;
    rows.forEach((r, i) => {
      if (ctx.units.has(r.unit) && !allowed.has(r.unit)) {
        errors.push({ index: i, field: 'unit', code: 'FORBIDDEN', message: `office ${r.unit} is outside your scope` });
      }
    });
  }
  return errors.length > 0 ? errors : batchConflicts(rows);
}

/** Rows of `part` (at `offset` in `rows`) whose realization overlaps a stored one, as user errors. */
async function overlapsOf(tem: EntityManager, part: readonly FactInput[], offset: number, rows: readonly FactInput[]) {
  const spans = part
    .map((r, i) => ({
      idx: offset + i,
      kind: r.kind,
      unit: r.unit,
      metric: r.metric,
      segment: r.segment ?? null,
      pstart: r.periodStart,
      pend: r.periodEnd,
    }))
    .filter((r) => r.kind === FactKind.REALIZATION);
  return (await storedOverlaps(tem, spans)).map((o): UserErrorInfo => ({
    index: o.idx,
    field: 'periodStart',
    code: 'OVERLAP',
    message: `span ${rows[o.idx].periodStart} to ${rows[o.idx].periodEnd} overlaps the stored realization ${o.start} to ${o.end}`,
  }));
}

/**
 * Writes validated rows inside the caller's transaction (`tem`): locks the
 * series, then upserts in chunks; the database refuses overlaps with stored
 * realizations, reported per row (throws RejectedBatch). The caller commits
 * or rolls back.
 */
export async function applyFacts(
  tem: EntityManager,
  rows: readonly FactInput[],
  actor: Actor,
  onProgress?: (done: number, total: number) => void,
): Promise<{ inserted: number; updated: number }> {
  await setAuditContext(tem, actor);
  // Serialise writers of the same office and metric (the database's overlap check takes the same locks).
  await lockSeries(
    tem,
    rows.map((r) => `${r.unit}|${r.metric}`),
  );
  const overlaps: UserErrorInfo[] = [];
  let inserted = 0;
  let updated = 0;
  let done = 0;
  for (const [n, part] of chunks(rows, CHUNK).entries()) {
    const factRows = part.map((r) => ({
      unit: r.unit,
      metric: r.metric,
      segment: r.segment ?? null,
      kind: r.kind,
      pstart: r.periodStart,
      pend: r.periodEnd,
      value: r.value,
      note: r.note ?? null,
    }));
    // In a savepoint: the database's overlap rule (fact_check_rows) checks every row of the
    // statement at once and names the first overlap only; when it refuses, the transaction is still
    // usable, under the same locks, to name every row that overlaps a stored realization.
    try {
      const res = await tem.transactional((sp) => upsertFacts(sp as EntityManager, factRows));
      inserted += res.inserted;
      updated += res.updated;
    } catch (e) {
      if (constraintError(e)?.code !== 'OVERLAP') throw e;
      const found = await overlapsOf(tem, part, n * CHUNK, rows);
      if (found.length === 0) throw e;
      overlaps.push(...found); // and go on, so that every chunk's overlaps are reported
    }
    done += part.length;
    onProgress?.(done, rows.length);
  }
  if (overlaps.length > 0) throw new RejectedBatch(overlaps);
  return { inserted, updated };
}

/** Validates and writes one batch of at most `maxRows` rows, all or nothing. */
export async function writeFacts(
  em: EntityManager,
  rows: readonly FactInput[],
  options: { today?: string; maxRows?: number; actor?: Actor; maxNoteLength?: number } = {},
): Promise<WriteSummary> {
  const maxRows = options.maxRows ?? MAX_BATCH_ROWS;
  const actor = options.actor ?? SYSTEM_ACTOR;
  const none = { inserted: 0, updated: 0, unchanged: 0 };
  if (rows.length > maxRows) {
    return {
      ...none,
      userErrors: [
        { index: null, field: null, code: 'BATCH_TOO_LARGE', message: `a batch holds at most ${maxRows} rows, got ${rows.length}` },
      ],
    };
  }
  const errors = await validateFacts(em, rows, {
    today: options.today,
    writableUnits: actor.writableUnits,
    maxNoteLength: options.maxNoteLength,
  });
  if (errors.length > 0) return { ...none, userErrors: errors };
  const summary = await inWriteTransaction(
    em,
    async (tem) => {
      const { inserted, updated } = await applyFacts(tem, rows, actor);
      return { inserted, updated, unchanged: rows.length - inserted - updated, userErrors: [] as UserErrorInfo[] };
    },
    none,
  );
  // After a bulk write the planner's statistics are stale and it picks bad plans
  // (a 5 000-row overlap check went from 20 ms to 40 s): refresh them now rather than wait for autovacuum.
  if (summary.userErrors.length === 0)
    noteFiguresWritten({ inserted: summary.inserted, updated: summary.updated, deleted: 0, touched: touchedBy(rows) });
  if (summary.inserted >= ANALYZE_AFTER_ROWS) await analyzeFacts(em);
  return summary;
}

/** Deletes one fact; the note is required and goes into the audit trail. */
export async function deleteFact(
  em: EntityManager,
  key: FactKey,
  note: string,
  actor: Actor,
  maxNoteLength = DEFAULT_MAX_NOTE_LENGTH,
): Promise<{ deleted: number; userErrors: UserErrorInfo[] }> {
  if (!note.trim())
    return {
      deleted: 0,
      userErrors: [{ index: null, field: 'note', code: 'NOTE_REQUIRED', message: 'a deletion needs a note saying why' }],
    };
  if (note.length > maxNoteLength)
    return {
      deleted: 0,
      userErrors: [
        {
          index: null,
          field: 'note',
          code: 'NOTE_TOO_LONG',
          message: `a note has at most ${maxNoteLength} characters, got ${note.length}`,
        },
      ],
    };
  if (actor.writableUnits && !actor.writableUnits.has(key.unit)) {
    return {
      deleted: 0,
      userErrors: [{ index: null, field: 'unit', code: 'FORBIDDEN', message: `office ${key.unit} is outside your scope` }],
    };
  }
  const result = await inWriteTransaction(
    em,
    async (tem) => {
      await setAuditContext(tem, actor, note);
      const deleted = await deleteByKey(tem, key);
      if (deleted === 0) {
        const what = `${key.unit} ${key.metric}${key.segment ? ' ' + key.segment : ''} for ${key.periodStart} to ${key.periodEnd}`;
        return {
          deleted: 0,
          userErrors: [{ index: null, field: null, code: 'NOT_FOUND', message: `no ${key.kind.toLowerCase()} of ${what}` }],
        };
      }
      return { deleted, userErrors: [] };
    },
    { deleted: 0 },
  );
  if (result.deleted > 0) noteFiguresWritten({ inserted: 0, updated: 0, deleted: result.deleted, touched: touchedBy([key]) });
  return result;
}
