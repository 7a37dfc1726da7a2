import { EntityManager } from '@mikro-orm/postgresql';

export interface HistoryKey {
  unit: string;
  metric: string;
  segment: string | null;
  /** TARGET or REALIZATION; null for both. */
  kind: string | null;
  start: string;
  end: string;
  /** true: the fact with exactly this span; false: every fact whose span overlaps it. */
  exact: boolean;
  limit: number;
}

export interface ChangeRow {
  idx: number;
  id: string;
  action: 'INSERT' | 'UPDATE' | 'DELETE';
  unit_code: string;
  metric_code: string;
  metric_unit: string;
  segment: string | null;
  kind: string;
  period_start: string;
  period_end: string;
  old_value: string | null;
  new_value: string | null;
  note: string | null;
  actor: string;
  request_id: string | null;
  at: Date;
}

/** The changes behind each key, newest first, all keys in one statement. */
export async function changes(em: EntityManager, keys: readonly HistoryKey[]): Promise<ChangeRow[][]> {
  const input = keys.map((k, idx) => ({ idx, ...k }));
  const rows = await em.getConnection().execute<ChangeRow[]>(
    `select k.idx, a.*
     from jsonb_to_recordset(?::jsonb) as k(idx int, unit text, metric text, segment text, kind text, start date, "end" date, exact boolean, "limit" int)
     cross join lateral (
       select a.id::text, a.action, a.unit_code, a.metric_code, m.unit as metric_unit, a.segment, a.kind,
         a.period_start::text, a.period_end::text, a.old_value::text, a.new_value::text, a.note, a.actor, a.request_id, a.at
       from fact_audit a join metric m on m.code = a.metric_code
       where a.unit_code = k.unit and a.metric_code = k.metric and coalesce(a.segment, '') = coalesce(k.segment, '')
         and (k.kind is null or a.kind = k.kind)
         and (case when k.exact then a.period_start = k.start and a.period_end = k."end"
              else daterange(a.period_start, a.period_end, '[]') && daterange(k.start, k."end", '[]') end)
       order by a.id desc
       limit k."limit") a
     order by k.idx, a.id::bigint desc`,
    [JSON.stringify(input)],
  );
  const out: ChangeRow[][] = keys.map(() => []);
  for (const r of rows) out[r.idx].push(r);
  return out;
}
