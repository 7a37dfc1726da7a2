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

export function createMetrics(pool: () => PoolState | null): Metrics {
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
  const poolGauge = (name: string, help: string, read: (p: PoolState) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const state = pool();
        if (state) this.set(read(state));
      },
    });
  poolGauge('db_pool_connections_in_use', 'Connections of the pool running a statement or a transaction', (p) => p.used);
  poolGauge('db_pool_connections_free', 'Open connections of the pool waiting for work', (p) => p.free);
  poolGauge('db_pool_acquires_waiting', 'Requests waiting for a connection (POOL_ACQUIRE_TIMEOUT_MS bounds the wait)', (p) => p.pending);
  poolGauge('db_pool_connections_max', 'The pool size (POOL_MAX)', (p) => p.max);

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
    },
    close() {
      stopStatements();
      stopWrites();
    },
  };
}
