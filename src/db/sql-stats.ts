/**
 * The SQL statements of each request, counted for its log line and metrics:
 * every statement passes through MikroORM's logger (its own queries, and the
 * prepared rollups that rollup.repository.ts runs on the pg client; COPY
 * statements, of bulk loads and large write batches, are not counted), which notes it here, in the request it ran for
 * (AsyncLocalStorage: MikroORM's transactions keep Node's promise hooks on
 * already, so this costs no new kind of work).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface SqlStats {
  statements: number;
  /** Milliseconds, as MikroORM measures them (whole ms per statement). */
  ms: number;
}

const current = new AsyncLocalStorage<SqlStats>();
const listeners: ((tookMs: number) => void)[] = [];

/** Runs `fn` with its statements counted into `stats`. */
export function countingSql<T>(stats: SqlStats, fn: () => T): T {
  return current.run(stats, fn);
}

/** Notes one statement that took `tookMs`, for the request it ran in (if any) and the metrics. */
export function noteStatement(tookMs: number): void {
  const stats = current.getStore();
  if (stats) {
    stats.statements++;
    stats.ms += tookMs;
  }
  for (const listener of listeners) listener(tookMs);
}

/** Called with the duration of every statement of the process (the metrics' SQL histogram). */
export function onStatement(listener: (tookMs: number) => void): () => void {
  listeners.push(listener);
  return () => listeners.splice(listeners.indexOf(listener), 1);
}
