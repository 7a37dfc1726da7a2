import { EntityManager } from '@mikro-orm/postgresql';
import { DateSpan } from '../calendar/calendar';
import { ROLLUP_SQL, RollupRow } from './rollup.sql';

export interface RollupQuery {
  metric: string;
  /** Decimal places of the metric's unit (unitScale): prorated targets are rounded to it. */
  scale: number;
  segment: string | null;
  period: DateSpan;
}

export interface RollupRequest extends RollupQuery {
  unit: string;
}

/** The figures of every office for one query, by office code. */
export type TreeFigures = ReadonlyMap<string, RollupRow>;

export function queryKey(q: RollupQuery): string {
  return `${q.metric}|${q.segment ?? ''}|${q.period.start}|${q.period.end}`;
}

/**
 * Rolls up the whole tree for each query, all queries in ONE SQL statement.
 * Returns, per query, the figures of every office.
 */
export async function rollupTree(em: EntityManager, queries: readonly RollupQuery[]): Promise<TreeFigures[]> {
  if (queries.length === 0) return [];
  const q = queries.map((x, qid) => ({
    qid,
    metric: x.metric,
    scale: x.scale,
    segment: x.segment,
    pstart: x.period.start,
    pend: x.period.end,
  }));
  const rows = await em.getConnection().execute<RollupRow[]>(ROLLUP_SQL, [JSON.stringify(q)]);
  const trees = queries.map(() => new Map<string, RollupRow>());
  for (const row of rows) trees[row.qid].set(row.unit, row);
  return trees;
}

/**
 * A request's view of the rollups: each distinct query is computed once,
 * for every office, in one statement per batch of new queries; every office
 * of every level is then answered from it. Not shared across requests, so a
 * read after a write sees the write.
 */
export class RollupCache {
  private readonly trees = new Map<string, Promise<TreeFigures>>();

  constructor(private readonly em: EntityManager) {}

  /** One result per request, in order. */
  async load(requests: readonly RollupRequest[]): Promise<RollupRow[]> {
    const missing = new Map<string, RollupQuery>();
    for (const r of requests) {
      const key = queryKey(r);
      if (!this.trees.has(key)) missing.set(key, r);
    }
    if (missing.size > 0) {
      const batch = rollupTree(this.em, [...missing.values()]);
      [...missing.keys()].forEach((key, i) =>
        this.trees.set(
          key,
          batch.then((trees) => trees[i]),
        ),
      );
    }
    return Promise.all(
      requests.map(async (r) => {
        const row = (await this.trees.get(queryKey(r))!).get(r.unit);
        if (!row) throw new Error(`no office ${r.unit} in the tree`);
        return row;
      }),
    );
  }
}
