/**
 * Database failures a client should hear about as such, not as an internal
 * error: a statement cancelled at its time limit, and a database that cannot
 * be reached or is too busy (a lock not granted in time, a pool with no free
 * connection). Both are answered with HTTP 503 and Retry-After.
 */
export type DatabaseFault = 'TIMEOUT' | 'SERVICE_UNAVAILABLE';

/** SQLSTATEs: 57014 query_canceled (statement_timeout), 55P03 lock_not_available (lock_timeout), 57P0x shutdown, 08xxx connection. */
function faultOfCode(code: unknown): DatabaseFault | null {
  if (typeof code !== 'string') return null;
  if (code === '57014') return 'TIMEOUT';
  if (code === '55P03' || code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('08')) return 'SERVICE_UNAVAILABLE';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return 'SERVICE_UNAVAILABLE';
  return null;
}

/**
 * What an error was caused by: its cause, the error a GraphQLError wraps, or
 * the value graphql-js wrapped when something that is not an Error was thrown
 * (pg throws a refused connection as a plain object).
 */
function causeOf(e: object): unknown {
  const { cause, originalError, thrownValue } = e as { cause?: unknown; originalError?: unknown; thrownValue?: unknown };
  return cause ?? originalError ?? thrownValue;
}

/** The fault behind an error (or its causes), if it is one of those. */
export function databaseFault(error: unknown): DatabaseFault | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = causeOf(e), depth++) {
    const fault = faultOfCode((e as { code?: unknown }).code);
    if (fault) return fault;
    const { name, message } = e as { name?: unknown; message?: unknown };
    // knex's pool: no connection free within its acquire timeout; pg: the server went away
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return 'SERVICE_UNAVAILABLE';
    if (
      typeof message === 'string' &&
      /Connection terminated|Connection ended unexpectedly|Timeout acquiring a connection|is not queryable/.test(message)
    )
      return 'SERVICE_UNAVAILABLE';
    // knex, for a statement of a transaction that has ended: the write path never reuses one (withPgClient
    // refuses to), so its connection died under it (the server stopped mid-transaction); nothing committed
    if (typeof message === 'string' && /^Transaction query already complete/.test(message)) return 'SERVICE_UNAVAILABLE';
  }
  return null;
}

export const FAULT_MESSAGES: Readonly<Record<DatabaseFault, string>> = {
  TIMEOUT: 'the database did not answer within the time limit of one request (STATEMENT_TIMEOUT_MS): ask for less at once, or retry later',
  SERVICE_UNAVAILABLE: 'the database is busy or unreachable: retry in a few seconds',
};

/** Seconds a client should wait before retrying after a fault. */
export const RETRY_AFTER_SECONDS = 5;

/** How long like fault lines are folded into one. */
const FOLD_MS = 10_000;
const folded = new Map<string, { until: number; more: number }>();

/**
 * Logs a fault in one line, and the same fault again within 10 s only as a
 * count on the next line about it: during an outage every request meets the
 * same fault, and 600 identical lines a second hide what an operator needs.
 */
export function logFault(fault: DatabaseFault, error: unknown, log: (line: string) => void = console.error, now = Date.now()): void {
  const line = `${fault}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  const key = line.slice(0, 160);
  const seen = folded.get(key);
  if (seen && now < seen.until) {
    seen.more++;
    return;
  }
  log(seen?.more ? `${line} (and ${seen.more} more like it in the ${FOLD_MS / 1000} s before)` : line);
  if (folded.size >= 1_000) folded.clear();
  folded.set(key, { until: now + FOLD_MS, more: 0 });
}
