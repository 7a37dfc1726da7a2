/**
 * CORS for browser dashboards on other origins (CORS_ORIGINS), with the cors
 * package: a preflight from a listed origin is answered 204 with the allowed
 * methods and headers; a request from one gets Access-Control-Allow-Origin
 * and the headers a client may read. An origin not listed gets no CORS header
 * at all, and its preflight a 403 that says why. Apollo's CSRF protection
 * stays on for every request (a GET needs a preflight-forcing header).
 */
import corsMiddleware from 'cors';
import http from 'node:http';
import { sendGraphQLError } from './respond';

export type CorsHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;

/** The request headers a browser may send, and the response headers it may read. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'x-commit-lsn'];
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'x-commit-lsn'];

/**
 * A handler that returns true when it has answered the request (a preflight),
 * false when the request goes on; undefined when no origin is allowed.
 */
export function createCors(origins: readonly string[]): CorsHandler | undefined {
  if (origins.length === 0) return undefined;
  const allowed = new Set(origins);
  // "*": any origin (tokens travel as bearer headers, never cookies, so no origin can borrow a session)
  const any = allowed.has('*');
  const middleware = corsMiddleware({
    origin: (origin, callback) => callback(null, origin !== undefined && (any || allowed.has(origin)) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  return (req, res) =>
    new Promise<boolean>((resolve, reject) => {
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve(false)));
      // a preflight from an allowed origin ends here, without calling next
      if (res.writableEnded) resolve(true);
    });
}

/** A preflight that CORS did not answer: its origin is not allowed. */
export function refusePreflight(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const origin = req.headers.origin;
  if (req.method !== 'OPTIONS' || origin === undefined) return false;
  sendGraphQLError(
    res,
    403,
    'FORBIDDEN',
    `cross-origin requests from ${origin} are not allowed: an operator lists allowed origins in CORS_ORIGINS`,
  );
  return true;
}
