/**
 * The one path that writes facts: the GraphQL mutations, the CSV import and
 * the demo loader all use it. A batch is all or nothing: every invalid row is
 * reported and then nothing is written. Every change is audited by the
 * database (see the audit migration) with the actor and request named here.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { MetricDefinition } from '../metric/metric.catalogue';
import { loadMetricCatalogue } from '../metric/metric.service';
import { FactKind } from './fact.types';
import { batchConflicts, FactInput, UserError, validateRow } from './fact.validation';

export interface WriteSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  userErrors: UserError[];
}

/** Who writes, for the audit trail. */
export interface Actor {
  /** e.g. "user:ani@bpjs" or "cli:import". */
  id: string;
  requestId?: string | null;
  /** Offices this actor may write; undefined for anywhere. */
  writableUnits?: ReadonlySet<string>;
}

export const SYSTEM_ACTOR: Actor = { id: 'system' };

export const MAX_BATCH_ROWS = 10_000;
/** Rows per SQL statement inside one batch's transaction. */
const CHUNK = 5_000;
/** A batch that inserts this many rows refreshes the table's planner statistics. */
export const ANALYZE_AFTER_ROWS = 1_000;

/** Today in Asia/Jakarta (UTC+7, no daylight saving time). */
export function todayInJakarta(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * One upsert on the natural key. A row whose value (and note, when given) is
 * already stored is left alone, so sending a batch twice changes nothing.
 * xmax = 0 tells an inserted row from an updated one.
 */
const WRITE_SQL = `
with written as (
  insert into fact as f (unit_code, metric_code, segment, kind, period_start, period_end, value, note)
  select i.unit, i.metric, i.segment, i.kind, i.pstart, i.pend, i.value, i.note
  from jsonb_to_recordset(?::jsonb)
    as i(unit text, metric text, segment text, kind text, pstart date, pend date, value numeric, note text)
  on conflict (unit_code, metric_code, (coalesce(segment, '')), kind, period_start, period_end) do update
    set value = excluded.value, note = coalesce(excluded.note, f.note), updated_at = now()
    where f.value <> excluded.value or (excluded.note is not null and f.note is distinct from excluded.note)
  returning (xmax = 0) as inserted
)
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated from written`;

/** Stored realizations that overlap a row's span without being the same span (that one is an update). */
const OVERLAP_SQL = `
select i.idx, f.period_start::text as start, f.period_end::text as "end"
from jsonb_to_recordset(?::jsonb) as i(idx int, unit text, metric text, segment text, pstart date, pend date)
join fact f on f.kind = 'REALIZATION' and f.unit_code = i.unit and f.metric_code = i.metric
  and coalesce(f.segment, '') = coalesce(i.segment, '')
  and daterange(f.period_start, f.period_end, '[]') && daterange(i.pstart, i.pend, '[]')
  and not (f.period_start = i.pstart and f.period_end = i.pend)
order by i.idx, f.period_start`;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Turns a constraint violation that slipped past validation into a user error, never a 500. */
export function constraintError(e: unknown): UserError | null {
  const pg = e as { code?: string; constraint?: string; detail?: string; message?: string };
  const byCode: Record<string, string> = { '23P01': 'OVERLAP', '23505': 'DUPLICATE_ROW', '23514': 'CONSTRAINT_VIOLATION', '23503': 'UNKNOWN_REFERENCE' };
  const code = pg.code && byCode[pg.code];
  if (!code) return null;
  const what = pg.constraint ? ` (${pg.constraint})` : '';
  const message = (pg.detail || pg.message || 'constraint violated').replace(/^.* - /, '');
  return { index: null, field: null, code, message: `the database refused the batch${what}: ${message}` };
}

/** A batch refused inside its transaction: the transaction rolls back, the errors go to the client. */
export class RejectedBatch extends Error {
  constructor(readonly errors: UserError[]) {
    super(`batch rejected: ${errors.length} errors`);
  }
}

/** Every row-level problem of a batch (no stored-overlap check: that needs the transaction's locks). */
export async function validateFacts(
  em: EntityManager,
  rows: readonly FactInput[],
  options: { today?: string; writableUnits?: ReadonlySet<string> } = {},
): Promise<UserError[]> {
  const metrics = new Map<string, MetricDefinition>((await loadMetricCatalogue(em)).map((m) => [m.code, m]));
  const codes = [...new Set(rows.map((r) => r.unit))];
  const known = await em.getConnection().execute<{ code: string }[]>(
    'select code from org_unit where code in (select jsonb_array_elements_text(?::jsonb))',
    [JSON.stringify(codes)],
  );
  const ctx = { units: new Set(known.map((r) => r.code)), metrics, today: options.today ?? todayInJakarta() };
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

/** Names the actor and request for the audit triggers, for this transaction only. */
export async function setAuditContext(em: EntityManager, actor: Actor, note: string | null = null): Promise<void> {
  await em.getConnection().execute(
    `select set_config('kinerja.actor', ?, true), set_config('kinerja.request_id', ?, true), set_config('kinerja.note', ?, true)`,
    [actor.id, actor.requestId ?? '', note ?? ''],
    'all',
    em.getTransactionContext(),
  );
}

/**
 * Writes validated rows inside the caller's transaction (`tem`): locks the
 * series, checks overlaps with stored realizations (throws RejectedBatch),
 * then upserts in chunks. The caller commits or rolls back.
 */
export async function applyFacts(
  tem: EntityManager,
  rows: readonly FactInput[],
  actor: Actor,
  onProgress?: (done: number, total: number) => void,
): Promise<{ inserted: number; updated: number }> {
  const conn = tem.getConnection();
  const tx = tem.getTransactionContext();
  await setAuditContext(tem, actor);
  // Serialise writers of the same office and metric, in a fixed order (no deadlocks),
  // so that the overlap check below and the write see the same facts.
  const series = [...new Set(rows.map((r) => `${r.unit}|${r.metric}`))].sort();
  await conn.execute(
    'select pg_advisory_xact_lock(hashtextextended(k, 0)) from jsonb_array_elements_text(?::jsonb) as k order by k',
    [JSON.stringify(series)], 'all', tx,
  );
  const realizations = rows
    .map((r, idx) => ({ idx, unit: r.unit, metric: r.metric, segment: r.segment ?? null, pstart: r.periodStart, pend: r.periodEnd, kind: r.kind }))
    .filter((r) => r.kind === FactKind.REALIZATION);
  const overlaps: UserError[] = [];
  for (const part of chunks(realizations, CHUNK)) {
    const found = await conn.execute<{ idx: number; start: string; end: string }[]>(OVERLAP_SQL, [JSON.stringify(part)], 'all', tx);
    for (const o of found) {
      overlaps.push({ index: o.idx, field: 'periodStart', code: 'OVERLAP',
        message: `span ${rows[o.idx].periodStart} to ${rows[o.idx].periodEnd} overlaps the stored realization ${o.start} to ${o.end}` });
    }
  }
  if (overlaps.length > 0) throw new RejectedBatch(overlaps);
  let inserted = 0;
  let updated = 0;
  let done = 0;
  for (const part of chunks(rows, CHUNK)) {
    const payload = part.map((r) => ({
      unit: r.unit, metric: r.metric, segment: r.segment ?? null, kind: r.kind,
      pstart: r.periodStart, pend: r.periodEnd, value: r.value, note: r.note ?? null,
    }));
    const [res] = await conn.execute<{ inserted: number; updated: number }[]>(WRITE_SQL, [JSON.stringify(payload)], 'all', tx);
    inserted += res.inserted;
    updated += res.updated;
    done += part.length;
    onProgress?.(done, rows.length);
  }
  return { inserted, updated };
}

/** Runs `work` in a transaction; a rejected batch or a constraint violation becomes user errors. */
export async function inWriteTransaction<T extends { userErrors: UserError[] }>(
  em: EntityManager,
  work: (tem: EntityManager) => Promise<T>,
  none: Omit<T, 'userErrors'>,
): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (e) {
    if (e instanceof RejectedBatch) return { ...none, userErrors: e.errors } as T;
    const asUserError = constraintError(e);
    if (asUserError) return { ...none, userErrors: [asUserError] } as T;
    throw e;
  }
}

/** Validates and writes one batch of at most `maxRows` rows, all or nothing. */
export async function writeFacts(
  em: EntityManager,
  rows: readonly FactInput[],
  options: { today?: string; maxRows?: number; actor?: Actor } = {},
): Promise<WriteSummary> {
  const maxRows = options.maxRows ?? MAX_BATCH_ROWS;
  const actor = options.actor ?? SYSTEM_ACTOR;
  const none = { inserted: 0, updated: 0, unchanged: 0 };
  if (rows.length > maxRows) {
    return { ...none, userErrors: [{ index: null, field: null, code: 'BATCH_TOO_LARGE', message: `a batch holds at most ${maxRows} rows, got ${rows.length}` }] };
  }
  const errors = await validateFacts(em, rows, { today: options.today, writableUnits: actor.writableUnits });
  if (errors.length > 0) return { ...none, userErrors: errors };
  const summary = await inWriteTransaction(
    em,
    async (tem) => {
      const { inserted, updated } = await applyFacts(tem, rows, actor);
      return { inserted, updated, unchanged: rows.length - inserted - updated, userErrors: [] as UserError[] };
    },
    none,
  );
  // After a bulk write the planner's statistics are stale and it picks bad plans
  // (a 5 000-row overlap check went from 20 ms to 40 s): refresh them now rather than wait for autovacuum.
  if (summary.inserted >= ANALYZE_AFTER_ROWS) await analyzeFacts(em);
  return summary;
}

export async function analyzeFacts(em: EntityManager): Promise<void> {
  await em.getConnection().execute('analyze fact');
}

export interface FactKey {
  unit: string;
  metric: string;
  segment?: string | null;
  kind: FactKind;
  periodStart: string;
  periodEnd: string;
}

/** Deletes one fact; the note is required and goes into the audit trail. */
export async function deleteFact(em: EntityManager, key: FactKey, note: string, actor: Actor): Promise<{ deleted: number; userErrors: UserError[] }> {
  if (!note.trim()) return { deleted: 0, userErrors: [{ index: null, field: 'note', code: 'NOTE_REQUIRED', message: 'a deletion needs a note saying why' }] };
  if (actor.writableUnits && !actor.writableUnits.has(key.unit)) {
    return { deleted: 0, userErrors: [{ index: null, field: 'unit', code: 'FORBIDDEN', message: `office ${key.unit} is outside your scope` }] };
  }
  return inWriteTransaction(
    em,
    async (tem) => {
      await setAuditContext(tem, actor, note);
      const rows = await tem.getConnection().execute<{ id: string }[]>(
        `delete from fact where unit_code = ? and metric_code = ? and coalesce(segment, '') = ? and kind = ? and period_start = ? and period_end = ? returning id`,
        [key.unit, key.metric, key.segment ?? '', key.kind, key.periodStart, key.periodEnd],
        'all',
        tem.getTransactionContext(),
      );
      if (rows.length === 0) {
        return { deleted: 0, userErrors: [{ index: null, field: null, code: 'NOT_FOUND', message: `no ${key.kind.toLowerCase()} of ${key.unit} ${key.metric}${key.segment ? ' ' + key.segment : ''} for ${key.periodStart} to ${key.periodEnd}` }] };
      }
      return { deleted: rows.length, userErrors: [] };
    },
    { deleted: 0 },
  );
}
