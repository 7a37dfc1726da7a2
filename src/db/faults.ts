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

/** The fault behind an error (or its causes), if it is one of those. */
export function databaseFault(error: unknown): DatabaseFault | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const fault = faultOfCode((e as { code?: unknown }).code);
    if (fault) return fault;
    const { name, message } = e as { name?: unknown; message?: unknown };
    // knex's pool: no connection free within its acquire timeout; pg: the server went away
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return 'SERVICE_UNAVAILABLE';
    if (typeof message === 'string' && /Connection terminated|Timeout acquiring a connection/.test(message)) return 'SERVICE_UNAVAILABLE';
  }
  return null;
}

export const FAULT_MESSAGES: Readonly<Record<DatabaseFault, string>> = {
  TIMEOUT: 'the database did not answer within the time limit of one request (STATEMENT_TIMEOUT_MS): ask for less at once, or retry later',
  SERVICE_UNAVAILABLE: 'the database is busy or unreachable: retry in a few seconds',
};

/** Seconds a client should wait before retrying after a fault. */
export const RETRY_AFTER_SECONDS = 5;
