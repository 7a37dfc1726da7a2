import { EntityManager } from '@mikro-orm/postgresql';
import { Period } from './period';
import { ROLLUP_SQL, RollupRow } from './rollup.sql';

export interface RollupQuery {
  metric: string;
  segment: string | null;
  period: Period;
}

export interface RollupRequest extends RollupQuery {
  unit: string;
}

function queryKey(q: RollupQuery): string {
  return `${q.metric}|${q.segment ?? ''}|${q.period.start}|${q.period.end}`;
}

/**
 * Rolls up every request in ONE SQL statement, however many offices,
 * metrics and periods it names. Returns one row per request, in order.
 */
export async function rollup(em: EntityManager, requests: readonly RollupRequest[]): Promise<RollupRow[]> {
  if (requests.length === 0) return [];
  const qids = new Map<string, number>();
  const q: { qid: number; metric: string; segment: string | null; pstart: string; pend: string }[] = [];
  const req: { qid: number; unit: string }[] = [];
  const seen = new Set<string>();
  for (const r of requests) {
    const key = queryKey(r);
    let qid = qids.get(key);
    if (qid === undefined) {
      qid = q.length;
      qids.set(key, qid);
      q.push({ qid, metric: r.metric, segment: r.segment, pstart: r.period.start, pend: r.period.end });
    }
    const rk = `${qid}|${r.unit}`;
    if (!seen.has(rk)) {
      seen.add(rk);
      req.push({ qid, unit: r.unit });
    }
  }
  const rows = await em.getConnection().execute<RollupRow[]>(ROLLUP_SQL, [JSON.stringify(q), JSON.stringify(req)]);
  const byKey = new Map(rows.map((row) => [`${row.qid}|${row.unit}`, row]));
  return requests.map((r) => {
    const row = byKey.get(`${qids.get(queryKey(r))}|${r.unit}`);
    if (!row) throw new Error(`rollup returned no row for ${r.unit} (${queryKey(r)}): unknown office?`);
    return row;
  });
}
