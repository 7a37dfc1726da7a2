/**
 * Every SQL statement of the fact write path. Each runs inside the caller's
 * transaction (`tem`), except where it says otherwise.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { copyIn, copyLine, withPgClient } from '../db/pg-client';
import { FactKey, FactKind } from './fact.model';

/** A row as the write statement takes it. */
export interface FactRow {
  unit: string;
  metric: string;
  segment: string | null;
  kind: FactKind;
  pstart: string;
  pend: string;
  value: string;
  note: string | null;
}

/** A realization span to check for overlaps; `idx` is its row's position in the batch. */
export interface SpanRow {
  idx: number;
  unit: string;
  metric: string;
  segment: string | null;
  pstart: string;
  pend: string;
}

/**
 * One upsert on the natural key, of the rows in `source` (columns unit,
 * metric, segment, kind, pstart, pend, value, note). A row whose value (and
 * note, when given) is already stored is left alone, so sending a batch twice
 * changes nothing. xmax = 0 tells an inserted row from an updated one.
 */
const writeSql = (source: string) => `
with written as (
  insert into fact as f (unit_code, metric_code, segment, kind, period_start, period_end, value, note)
  select i.unit, i.metric, i.segment, i.kind, i.pstart, i.pend, i.value, i.note
  from ${source}
  on conflict (unit_code, metric_code, (coalesce(segment, '')), kind, period_start, period_end) do update
    set value = excluded.value, note = coalesce(excluded.note, f.note), updated_at = now()
    where f.value <> excluded.value or (excluded.note is not null and f.note is distinct from excluded.note)
  returning (xmax = 0) as inserted
)
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated from written`;

const WRITE_SQL = writeSql(`jsonb_to_recordset(?::jsonb)
    as i(unit text, metric text, segment text, kind text, pstart date, pend date, value numeric, note text)`);

/** Larger writes go through a staging table filled by COPY: a third less time per row than a jsonb parameter. */
const STAGE_FROM_ROWS = 500;
const STAGE_SQL = `create temp table if not exists fact_stage
  (unit text, metric text, segment text, kind text, pstart date, pend date, value numeric, note text) on commit drop`;
const STAGED_WRITE_SQL = writeSql('fact_stage i');

/**
 * Stored realizations that overlap a row's span without being the same span
 * (that one is an update). One index probe per row, whatever the planner's
 * statistics say: inside a long import transaction they go stale, and a
 * planned join then fell back to scanning (89 rows/s). A realization lies
 * inside one calendar year, so an overlapping one starts in the row's year
 * (and should one not, the exclusion constraint still refuses the write).
 */
const OVERLAP_SQL = `
select i.idx, f.period_start::text as start, f.period_end::text as "end"
from jsonb_to_recordset(?::jsonb) as i(idx int, unit text, metric text, segment text, pstart date, pend date)
cross join lateral (
  select f.period_start, f.period_end from fact f
  where f.unit_code = i.unit and f.metric_code = i.metric and f.kind = 'REALIZATION'
    and f.period_start >= date_trunc('year', i.pstart)::date and f.period_start <= i.pend and f.period_end >= i.pstart
    and coalesce(f.segment, '') = coalesce(i.segment, '')
    and not (f.period_start = i.pstart and f.period_end = i.pend)
  offset 0) f
order by i.idx, f.period_start`;

/**
 * Serialises writers of the same series keys (office|metric) until the
 * transaction ends, taking the locks in one fixed order so writers cannot deadlock.
 */
export async function lockSeries(tem: EntityManager, keys: readonly string[]): Promise<void> {
  await tem
    .getConnection()
    .execute(
      'select pg_advisory_xact_lock(hashtextextended(k, 0)) from jsonb_array_elements_text(?::jsonb) as k order by k',
      [JSON.stringify([...new Set(keys)].sort())],
      'all',
      tem.getTransactionContext(),
    );
}

export async function storedOverlaps(
  tem: EntityManager,
  spans: readonly SpanRow[],
): Promise<{ idx: number; start: string; end: string }[]> {
  return tem.getConnection().execute(OVERLAP_SQL, [JSON.stringify(spans)], 'all', tem.getTransactionContext());
}

export async function upsertFacts(tem: EntityManager, rows: readonly FactRow[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length >= STAGE_FROM_ROWS) return upsertStaged(tem, rows);
  const [res] = await tem
    .getConnection()
    .execute<{ inserted: number; updated: number }[]>(WRITE_SQL, [JSON.stringify(rows)], 'all', tem.getTransactionContext());
  return res;
}

/**
 * The same upsert, from a temporary table (dropped at commit) that COPY fills
 * on the transaction's own connection.
 */
async function upsertStaged(tem: EntityManager, rows: readonly FactRow[]): Promise<{ inserted: number; updated: number }> {
  if (!tem.getTransactionContext()) throw new Error("upsertFacts runs inside the caller's transaction");
  return withPgClient(tem, async (client) => {
    await client.query(STAGE_SQL);
    await client.query('truncate fact_stage');
    const text = rows.map((r) => copyLine([r.unit, r.metric, r.segment, r.kind, r.pstart, r.pend, r.value, r.note])).join('');
    await copyIn(client, 'copy fact_stage from stdin', [text]);
    const { rows: counts } = await client.query<{ inserted: number; updated: number }>(STAGED_WRITE_SQL);
    return counts[0];
  });
}

/** Deletes the fact with this natural key; how many rows went (0 or 1). */
export async function deleteByKey(tem: EntityManager, key: FactKey): Promise<number> {
  const rows = await tem
    .getConnection()
    .execute<{ id: string }[]>(
      `delete from fact where unit_code = ? and metric_code = ? and coalesce(segment, '') = ? and kind = ? and period_start = ? and period_end = ? returning id`,
      [key.unit, key.metric, key.segment ?? '', key.kind, key.periodStart, key.periodEnd],
      'all',
      tem.getTransactionContext(),
    );
  return rows.length;
}

export async function countFacts(em: EntityManager): Promise<number> {
  const [{ n }] = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from fact');
  return n;
}

/** Refreshes the planner's statistics of `fact` (outside any transaction). */
export async function analyzeFacts(em: EntityManager): Promise<void> {
  await em.getConnection().execute('analyze fact');
}
