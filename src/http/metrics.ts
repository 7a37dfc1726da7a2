/**
 * GET /metrics in Prometheus's text format, by prom-client: what a request
 * costs and how it ends, the SQL, the connection pool, the figures written,
 * and Node's process defaults (memory, CPU, event loop lag, GC). One registry
 * per server. METRICS=off turns the endpoint off; METRICS_TOKEN, when set, is
 * the bearer token a scraper must send.
 *
 * The `operation` label is the GraphQL operation's name, which clients choose:
 * the first MAX_OPERATIONS names get a series each, later ones count as
 * "other", so that no client can grow the series without bound.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ReplicaState } from '../db/replicas';
import { onStatement } from '../db/sql-stats';
import { onFiguresWritten } from '../fact/fact.events';
import type { RequestRecord } from './server';

export const MAX_OPERATIONS = 200;

/** The connection pool's state, read at each scrape. */
export interface PoolState {
  used: number;
  free: number;
  pending: number;
  max: number;
}

export interface Metrics {
  registry: Registry;
  observe(record: RequestRecord): void;
  /** Stops listening to the process's statements and writes. */
  close(): void;
}

/** Live updates' state, read at each scrape. */
export interface LiveState {
  active: number;
  connections: number;
  pushes: number;
  checks: number;
  skipped: number;
}

export function createMetrics(
  pool: () => PoolState | null,
  replicas: () => ReplicaState[] = () => [],
  live: () => LiveState | null = () => null,
): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to its answer, by GraphQL operation (its name, "anonymous query", an export or a path) and outcome ("ok" or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'db_statement_duration_seconds',
    help: 'Time of each SQL statement of the API, as MikroORM measures it',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
    registers: [registry],
  });
  const perRequest = new Histogram({
    name: 'http_request_sql_statements',
    help: 'SQL statements sent for one request',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50],
    registers: [registry],
  });
  const written = new Counter({
    name: 'kinerja_figures_written_total',
    help: 'Figures (targets and realizations) written through the API, by change',
    labelNames: ['change'] as const,
    registers: [registry],
  });
  /** Gauges of a state read at each scrape (nothing while it is null). */
  const gaugesOf =
    <S>(state: () => S | null) =>
    (name: string, help: string, read: (s: S) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const now = state();
          if (now) this.set(read(now));
        },
      });
  const poolGauge = gaugesOf(pool);
  poolGauge('db_pool_connections_in_use', 'Connections of the pool running a statement or a transaction', (p) => p.used);
  poolGauge('db_pool_connections_free', 'Open connections of the pool waiting for work', (p) => p.free);
  poolGauge('db_pool_acquires_waiting', 'Requests waiting for a connection (POOL_ACQUIRE_TIMEOUT_MS bounds the wait)', (p) => p.pending);
  poolGauge('db_pool_connections_max', 'The pool size (POOL_MAX)', (p) => p.max);

  const served = new Counter({
    name: 'db_requests_served_total',
    help: 'Requests by the database server that served them ("primary", "replica-1"…) and, for a read the primary served while replicas are configured, why ("down", "lagging", "behind_lsn": the replicas had not replayed the client\'s last write, "failed": a replica failed it)',
    labelNames: ['server', 'fallback'] as const,
    registers: [registry],
  });
  const replicaGauge = (name: string, help: string, read: (r: ReplicaState) => number | undefined) =>
    new Gauge({
      name,
      help,
      labelNames: ['replica'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const r of replicas()) {
          const value = read(r);
          if (value !== undefined) this.set({ replica: r.name }, value);
        }
      },
    });
  replicaGauge('db_replica_up', 'Whether the replica answered its last check and is in recovery (DATABASE_REPLICA_URLS)', (r) =>
    r.up ? 1 : 0,
  );
  replicaGauge(
    'db_replica_lag_seconds',
    "How old the replica's data is, by the primary's WAL positions at recent checks (REPLICA_MAX_LAG_MS: beyond it, reads go elsewhere)",
    (r) => (r.lagMs === undefined ? undefined : r.lagMs / 1000),
  );

  const liveGauge = gaugesOf(live);
  liveGauge('kinerja_live_subscriptions', 'performanceChanged subscriptions held by this process', (l) => l.active);
  liveGauge('kinerja_live_connections', 'Open WebSocket connections of this process', (l) => l.connections);
  // counts the hub keeps, read at each scrape into counters
  const liveCounter = (name: string, help: string, read: (l: LiveState) => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const state = live();
        if (!state) return;
        this.reset();
        this.inc(read(state));
      },
    });
  liveCounter('kinerja_live_pushes_total', 'Figures pushed to subscribers', (l) => l.pushes);
  liveCounter(
    'kinerja_live_checks_total',
    'Times a group of subscriptions read its figures after a change (one per window, whatever the burst)',
    (l) => l.checks,
  );

  const operations = new Set<string>();
  const stopStatements = onStatement((ms) => statements.observe(ms / 1000));
  const stopWrites = onFiguresWritten((c) => {
    if (c.inserted) written.inc({ change: 'inserted' }, c.inserted);
    if (c.updated) written.inc({ change: 'updated' }, c.updated);
    if (c.deleted) written.inc({ change: 'deleted' }, c.deleted);
  });
  return {
    registry,
    observe(record) {
      if (record.path === '/metrics') return;
      let operation = record.operation;
      if (!operations.has(operation)) {
        if (operations.size >= MAX_OPERATIONS) operation = 'other';
        else operations.add(operation);
      }
      const outcome = record.aborted ? 'ABORTED' : (record.errors[0] ?? (record.status < 400 ? 'ok' : `HTTP_${record.status}`));
      requests.observe({ operation, outcome }, record.durationMs / 1000);
      perRequest.observe(record.sql.statements);
      if (record.server) served.inc({ server: record.server, fallback: record.fallback ?? '' });
    },
    close() {
      stopStatements();
      stopWrites();
    },
  };
}
