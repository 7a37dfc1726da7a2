import { EntityManager } from '@mikro-orm/postgresql';
import { withPgClient } from '../db/pg-client';
import { DateSpan } from '../calendar/calendar';
import { QueryResultRow } from 'pg';
import { ROLLUP_SQL, RollupRow } from './rollup.sql';
import { TimeAggregation } from '../metric/metric.model';
import { seriesSql, SeriesRow } from './series.sql';

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

/** The figures of the offices computed for one query, by office code. */
export type TreeFigures = ReadonlyMap<string, RollupRow>;

export function queryKey(q: RollupQuery): string {
  return `${q.metric}|${q.segment ?? ''}|${q.period.start}|${q.period.end}`;
}

/** A statement prepared on each connection under its name; a new text needs a new name. */
interface Prepared {
  name: string;
  text: string;
}
const ROLLUP: Prepared = { name: 'kinerja_rollup_v3', text: ROLLUP_SQL.replace('?::jsonb', '$1::jsonb') };
/** The series statement of each time aggregation: the metric's aggregation is written into it. */
const SERIES: Record<TimeAggregation, Prepared> = {
  [TimeAggregation.SUM]: { name: 'kinerja_series_v1_sum', text: seriesSql(TimeAggregation.SUM) },
  [TimeAggregation.LAST]: { name: 'kinerja_series_v1_last', text: seriesSql(TimeAggregation.LAST) },
};

/**
 * Runs a statement as a named prepared statement (ROLLUP_SQL, seriesSql). Its plan does not depend on
 * the parameter (a jsonb the planner cannot see into), so PostgreSQL keeps one
 * generic plan per connection: planning the statement took about 5 ms, most of
 * a one-office request's SQL time. MikroORM does not prepare statements, so
 * this goes to the pg client of MikroORM's pool (the transaction's, inside one)
 * and logs the statement as MikroORM would, so that statement counts see it.
 */
async function runPrepared<R>(em: EntityManager, statement: Prepared, values: unknown[], signal?: AbortSignal): Promise<R[]> {
  signal?.throwIfAborted();
  return withPgClient(em, async (client) => {
    // a client that went away: cancel the statement on its server process (another connection asks)
    const pid = (client as unknown as { processID?: number }).processID;
    const cancel = () =>
      void em
        .getConnection()
        .execute('select pg_cancel_backend(?)', [pid])
        .catch(() => undefined);
    if (pid) signal?.addEventListener('abort', cancel, { once: true });
    try {
      const started = Date.now();
      const { rows } = await client.query<R & QueryResultRow>({ name: statement.name, text: statement.text, values });
      em.config
        .getLogger()
        .logQuery({ query: `${statement.name}: ${statement.text}`, took: Date.now() - started, ...em.getLoggerContext() });
      return rows;
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  });
}

/**
 * Rolls up the subtrees of each query's roots, all queries in ONE SQL
 * statement. Returns, per query, the figures of every office of those subtrees.
 */
export async function rollupSubtrees(
  em: EntityManager,
  queries: readonly (RollupQuery & { roots: readonly string[] })[],
  signal?: AbortSignal,
): Promise<TreeFigures[]> {
  if (queries.length === 0) return [];
  const q = queries.map((x, qid) => ({
    qid,
    metric: x.metric,
    scale: x.scale,
    segment: x.segment,
    pstart: x.period.start,
    pend: x.period.end,
    roots: x.roots,
  }));
  const rows = await runPrepared<RollupRow>(em, ROLLUP, [JSON.stringify(q)], signal);
  const trees = queries.map(() => new Map<string, RollupRow>());
  for (const row of rows) trees[row.qid].set(row.unit, row);
  return trees;
}

/** One office's figures along a series of periods (SeriesPoints), in one statement. */
export interface SeriesQuery extends Omit<RollupRequest, 'period'> {
  /** The metric's time aggregation (the statement is made for it). */
  aggregation: TimeAggregation;
  /** date_trunc's name for the points' length. */
  granularity: 'month' | 'quarter' | 'year';
  /** Whole months, quarters or years, in order, none across a year. */
  points: readonly DateSpan[];
}

/**
 * The figures of each point of a series and the realization of its year to
 * date, by seriesSql: the rows ROLLUP_SQL would give for the office and each
 * point, one statement whatever the number of points.
 */
export async function rollupSeries(em: EntityManager, s: SeriesQuery, signal?: AbortSignal): Promise<SeriesRow[]> {
  if (s.points.length === 0) return [];
  const { metric, scale, segment, unit, granularity } = s;
  const parameter = { metric, scale, segment, unit, granularity, points: s.points.map((p) => [p.start, p.end]) };
  return runPrepared<SeriesRow>(em, SERIES[s.aggregation], [JSON.stringify(parameter)], signal);
}

/**
 * A request's view of the rollups. A batch of requests costs one statement
 * for the offices not known yet, which computes their whole subtrees: an
 * office's figure depends on its subtree only, so every office below is then
 * known too, and the deeper levels of a nested query cost no statement. Not
 * shared across requests, so a read after a write sees the write.
 */
export class RollupCache {
  private readonly figures = new Map<string, Map<string, RollupRow>>();
  /** The statement in flight for a query, if any: it may cover offices asked for meanwhile. */
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly em: EntityManager,
    /** Aborted when the request's client has gone away: the statement in flight is cancelled. */
    private readonly signal?: AbortSignal,
  ) {}

  /** One result per request, in order. */
  async load(requests: readonly RollupRequest[]): Promise<RollupRow[]> {
    // A nested query asks for the next level while the level above is still being computed; that
    // computation covers the next level's offices too, so wait for it rather than ask again.
    const keys = requests.map(queryKey);
    const pending = [...new Set(keys)].map((k) => this.inflight.get(k)).filter((p) => p !== undefined);
    if (pending.length > 0) await Promise.allSettled(pending);
    const missing = new Map<string, { query: RollupQuery; roots: Set<string> }>();
    requests.forEach((r, i) => {
      const key = keys[i];
      if (this.figures.get(key)?.has(r.unit)) return;
      let m = missing.get(key);
      if (!m) missing.set(key, (m = { query: r, roots: new Set() }));
      m.roots.add(r.unit);
    });
    if (missing.size > 0) {
      const missingKeys = [...missing.keys()];
      const computing = rollupSubtrees(
        this.em,
        [...missing.values()].map((m) => ({ ...m.query, roots: [...m.roots] })),
        this.signal,
      ).then((computed) =>
        missingKeys.forEach((key, i) => {
          const known = this.figures.get(key) ?? new Map<string, RollupRow>();
          for (const [unit, row] of computed[i]) known.set(unit, row);
          this.figures.set(key, known);
        }),
      );
      for (const key of missingKeys) this.inflight.set(key, computing);
      try {
        await computing;
      } finally {
        for (const key of missingKeys) if (this.inflight.get(key) === computing) this.inflight.delete(key);
      }
    }
    return requests.map((r, i) => {
      const row = this.figures.get(keys[i])?.get(r.unit);
      if (!row) throw new Error(`no office ${r.unit} in the tree`);
      return row;
    });
  }
}
