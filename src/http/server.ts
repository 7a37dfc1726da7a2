/**
 * The HTTP face: POST/GET /graphql (GraphQL over HTTP through Apollo), a
 * GraphiQL page for browsers at GET /graphql, the report exports and
 * GET /health. Plain node:http, so that nothing but our own code sits in
 * front of Apollo. Every route authenticates the same way and builds the
 * same request context.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { ApolloServer, HeaderMap } from '@apollo/server';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createVerifier } from '../auth/auth.token';
import { ClientError } from '../common/errors';
import { withTimeout } from '../common/timeout';
import { AuthConfig, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_RESPONSE_CACHE_MB } from '../config';
import { Orm } from '../db/database';
import { databaseFault, FAULT_MESSAGES, logFault, RETRY_AFTER_SECONDS } from '../db/faults';
import { COMMIT_LSN_HEADER, createApollo, referenceTreeShape } from '../graphql/apollo';
import { buildAppSchema } from '../graphql/schema';
import { operationKindOf } from '../graphql/operation-kind';
import { isLsn, PRIMARY, ReadRouter, replicaFailure, Served, ServerName } from '../db/replicas';
import { shapeOf, widest } from '../graphql/cost';
import { treeLinks } from '../org/org.repository';
import { QueryLimits } from '../graphql/limits';
import { createRequestContext, DEFAULT_REQUEST_SETTINGS, OperationTrace, RequestContext, RequestSettings } from '../request/context';
import { countingSql, SqlStats } from '../db/sql-stats';
import { Logger, silentLogger } from '../log';
import { Principal } from '../auth/auth.model';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import compression from 'compression';
import { Registry } from 'prom-client';
import { createMetrics } from './metrics';
import { authenticate, AuthSetup } from './authenticate';
import { createCors, refusePreflight } from './cors';
import { EXPORT_PATHS, handleExport } from './export.route';
import { graphiqlFile } from './graphiql';
import { send, sendGraphQLError, sendStatic } from './respond';
import { attachWebSocket, LiveEndpoint } from './websocket';
import { LiveHub } from '../live/live.service';

/**
 * The largest request body: a write batch of 10 000 rows, the most one
 * mutation takes, fits with notes (its shortest form is about 1.1 MB).
 */
export const MAX_BODY_BYTES = 4_000_000;

export interface AppServer {
  apollo: ApolloServer<RequestContext>;
  http: http.Server;
  url: string;
  /**
   * Stops accepting, answers new requests on open connections 503, lets the
   * requests in flight finish for up to `graceMs`, then closes every
   * connection and Apollo.
   */
  stop(graceMs?: number): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // past the limit, keep reading but drop the data, so that the client gets its 413
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * Readiness: the database answers, within 2 s, and every migration of
 * migrations/ is applied. 200 {"status":"ready"}, else 503 with the reason
 * and Retry-After, for a load balancer to route around this process.
 */
async function sendReadiness(orm: Orm, res: http.ServerResponse): Promise<void> {
  const json = 'application/json; charset=utf-8';
  const notReady = (body: Record<string, unknown>) =>
    send(res, 503, json, JSON.stringify({ status: 'unavailable', ...body }), { 'retry-after': String(RETRY_AFTER_SECONDS) });
  try {
    const check = (async () => {
      await orm.em.fork().getConnection().execute('select 1');
      return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
    })();
    const pending = await withTimeout(check, 2_000, 'the database did not answer within 2 s');
    if (pending.length > 0) return notReady({ reason: 'migrations not applied', pending });
    send(res, 200, json, '{"status":"ready"}');
  } catch (e) {
    notReady({ reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
}

/**
 * The request deadline (REQUEST_TIMEOUT_MS): a query not answered in time is
 * answered TIMEOUT (503, Retry-After) at once, and its rollup in flight is
 * cancelled; what else it still runs ends within STATEMENT_TIMEOUT_MS, and its
 * late answer is dropped. A mutation is never cut: a write that commits after
 * the deadline must still reach its client, so writes end on their own limits
 * (statement, lock and pool timeouts).
 */
function startDeadline(ms: number, res: http.ServerResponse, context: RequestContext, abort: AbortController, fail: Fail): () => void {
  if (ms <= 0) return () => undefined;
  const timer = setTimeout(() => {
    if (context.operation.kind === 'mutation' || res.headersSent) return;
    abort.abort(new Error(`the request passed its deadline of ${ms} ms`));
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    fail(
      503,
      'TIMEOUT',
      `the answer took longer than the limit of one request (REQUEST_TIMEOUT_MS, ${ms} ms): ask for less at once, or retry later`,
    );
  }, ms);
  timer.unref();
  return () => clearTimeout(timer);
}

export interface HandlerOptions {
  requestTimeoutMs?: number;
  settings?: RequestSettings;
  /** Origins whose browsers may call the API (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Where the request log goes (one line per request); nowhere by default. */
  logger?: Logger;
  /** Told of every request once it is answered (the metrics). */
  onRequest?: (record: RequestRecord) => void;
  /** GET /metrics (src/http/metrics.ts), and the bearer token it needs, if any. */
  metrics?: { registry: Registry; token?: string };
  /** Reads on replicas (DATABASE_REPLICA_URLS); every request on `orm` without it. */
  router?: ReadRouter;
}

/** What the log and the metrics know of one request, once answered. */
export interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  /** The GraphQL operation's name (or "anonymous query"), the export's path, or the path. */
  operation: string;
  actor: string;
  status: number;
  errors: string[];
  durationMs: number;
  sql: SqlStats;
  /** The client went away before its answer was complete. */
  aborted: boolean;
  /** The database server that served it ("primary", "replica-1"…), when it reached one. */
  server?: ServerName;
  /** Why the primary served a read although replicas are configured. */
  fallback?: string;
}

/** What the request log needs to know of a request as it is served. */
interface Trace {
  operation?: OperationTrace;
  actor: string;
  errors: string[];
  served?: Served;
}

/** Answers an error in GraphQL's shape from the handler itself, and notes its code for the request log. */
type Fail = (status: number, code: string, message: string, details?: Record<string, unknown>) => void;

/** Whether two secrets are equal, in a time that does not tell how much of them is. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the metrics read of knex's pool (tarn). */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** A caller's X-Request-Id if it is a sane one (up to 128 of A-Z a-z 0-9 . _ : -), else a new one. */
function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
}

function actorOf(principal: Principal | null): string {
  return principal ? `${principal.subject || '(no sub)'} (${principal.role}, ${principal.scope})` : 'anonymous';
}

export function createHandler(orm: Orm, apollo: ApolloServer<RequestContext>, auth: AuthSetup, options: HandlerOptions = {}) {
  const { requestTimeoutMs = 0, settings = DEFAULT_REQUEST_SETTINGS, logger = silentLogger, onRequest, router } = options;
  const cors = createCors(options.corsOrigins ?? []);
  // answers over 1 KB in the encoding the client prefers (brotli at quality 4, gzip at 6): the
  // compression package, which wraps res.write and res.end; GraphiQL's page comes compressed already
  const compress = compression({ threshold: 1024 }) as unknown as (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    next: () => void,
  ) => void;
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    compress(req, res, () => undefined);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const sql: SqlStats = { statements: 0, ms: 0 };
    const trace: Trace = { actor: 'anonymous', errors: [] };
    res.once('close', () => {
      const op = trace.operation;
      const record: RequestRecord = {
        requestId,
        method: req.method ?? 'GET',
        path: url.pathname,
        operation: op?.kind ? op.name || `anonymous ${op.kind}` : url.pathname,
        actor: trace.actor,
        status: res.statusCode,
        // the handler's own answer (a refusal, the deadline) if it gave one, else the GraphQL answer's codes
        errors: trace.errors.length > 0 ? trace.errors : (op?.errors ?? []),
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        sql,
        aborted: !res.writableFinished,
        ...(trace.served ? { server: trace.served.name } : {}),
        ...(trace.served?.fallback ? { fallback: trace.served.fallback } : {}),
      };
      onRequest?.(record);
      // /health and /ready are polled: only their failures are worth a line
      if ((url.pathname === '/health' || url.pathname === '/ready') && record.status < 400) return;
      logger[record.status >= 500 ? 'warn' : 'info'](record, 'request');
    });
    /** An error answered by the handler itself, recorded for the log. */
    const fail = (status: number, code: string, message: string, details: Record<string, unknown> = {}) => {
      trace.errors = [code];
      sendGraphQLError(res, status, code, message, details);
    };
    await countingSql(sql, () => serve(req, res, url, requestId, trace, fail));
  };

  async function serve(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    requestId: string,
    trace: Trace,
    fail: Fail,
  ): Promise<void> {
    let stopDeadline = () => undefined as void;
    try {
      if (cors && (await cors(req, res))) return;
      if (refusePreflight(req, res)) {
        trace.errors = ['FORBIDDEN'];
        return;
      }
      // liveness: the process answers (no database: a restart would not mend a database outage)
      if (url.pathname === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
      if (url.pathname === '/ready') return await sendReadiness(orm, res);
      if (url.pathname === '/metrics' && options.metrics) {
        const { registry, token } = options.metrics;
        if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
          return fail(401, 'UNAUTHENTICATED', 'the metrics need the bearer token set in METRICS_TOKEN');
        }
        return send(res, 200, registry.contentType, await registry.metrics());
      }
      const isExport = Object.hasOwn(EXPORT_PATHS, url.pathname);
      if (!isExport && url.pathname !== '/graphql') {
        return fail(
          404,
          'NOT_FOUND',
          `no such path ${url.pathname}; the API is at /graphql, exports at ${Object.keys(EXPORT_PATHS).join(', ')}`,
        );
      }
      if (isExport && req.method !== 'GET') {
        res.setHeader('allow', 'GET');
        return fail(405, 'METHOD_NOT_ALLOWED', 'exports are fetched with GET');
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const accept = String(req.headers.accept ?? '');
      if (!isExport && req.method === 'GET' && !url.searchParams.has('query') && accept.includes('text/html')) {
        return sendStatic(req, res, await graphiqlFile('/graphql'));
      }
      // the body is read (and refused when too large or malformed) before the caller is checked, as Apollo did
      let body: unknown = undefined;
      if (!isExport && req.method === 'POST') {
        const text = await readBody(req);
        if ((headers.get('content-type') ?? '').includes('application/json')) {
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            return fail(400, 'BAD_REQUEST', 'the request body is not valid JSON');
          }
        } else body = text;
      }
      // a client that hangs up before its answer: the SQL running for it is cancelled
      const gone = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      const principal = await authenticate(headers.get('authorization'), auth);
      trace.actor = actorOf(principal);
      const lastCommit = headers.get(COMMIT_LSN_HEADER) ?? undefined;
      if (lastCommit !== undefined && !isLsn(lastCommit)) {
        return fail(400, 'BAD_REQUEST', `the ${COMMIT_LSN_HEADER} header must be a commit LSN as a write answered it, such as 16/B374D848`);
      }
      const kind = !isExport && req.method === 'POST' ? operationKindOf(body) : 'query';
      if (kind === 'subscription') {
        return fail(400, 'BAD_REQUEST', 'subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP');
      }
      // a write on the primary; a read on a replica that has the client's last write, else the primary.
      // A POST whose operation is not known here (a persisted query's hash alone, say) may be a write.
      const write = router?.hasReplicas && kind !== 'query';
      let served: Served = !router ? { name: PRIMARY, orm } : write ? router.forWrite() : await router.forRead(lastCommit);
      const contextOn = (on: Served) => {
        trace.served = on;
        const context = createRequestContext(on.orm, { principal, mode: auth.mode, signal: gone.signal, requestId }, settings);
        trace.operation = context.operation;
        return context;
      };
      let context = contextOn(served);
      stopDeadline = startDeadline(requestTimeoutMs, res, context, gone, fail);
      /** A replica failed the read before anything was sent: mark it down and serve the read again on the primary. */
      const retryOnPrimary = (failure: unknown): boolean => {
        if (!router || served.name === PRIMARY || res.headersSent || gone.signal.aborted || !replicaFailure(failure)) return false;
        router.markDown(served.name, failure);
        served = { name: PRIMARY, orm, fallback: 'failed' };
        context = contextOn(served);
        return true;
      };
      if (served.name !== PRIMARY) {
        // the data version first (it keys the cache, and every read needs it): a replica that has gone
        // away fails here, before Apollo, whose cache plugin would answer that as a 500
        try {
          await context.dataVersion();
        } catch (e) {
          if (!retryOnPrimary(e)) throw e;
        }
      }
      if (isExport) {
        try {
          return await handleExport(url, res, context, fail);
        } catch (e) {
          if (!retryOnPrimary(e)) throw e;
          return await handleExport(url, res, context, fail);
        }
      }
      const execute = () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () => context,
        });
      let result = await execute();
      if (context.operation.failure !== undefined && retryOnPrimary(context.operation.failure)) result = await execute();
      // answered already: TIMEOUT at the deadline
      if (res.headersSent) return;
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return fail(413, 'PAYLOAD_TOO_LARGE', `request bodies are limited to ${MAX_BODY_BYTES} bytes`);
      }
      if (e instanceof ClientError && !res.headersSent) return fail(e.httpStatus, e.kind, e.message, e.details());
      const fault = databaseFault(e);
      if (fault && !res.headersSent) {
        logFault(fault, e, (line) => logger.warn({ requestId }, line));
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        return fail(503, fault, FAULT_MESSAGES[fault]);
      }
      logger.error({ requestId, err: e }, 'internal error');
      if (!res.headersSent) fail(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    } finally {
      stopDeadline();
    }
  }
}

/** Starts Apollo and an HTTP server on host:port (port 0 picks a free one). */
export async function startServer(
  orm: Orm,
  options: {
    port: number;
    host: string;
    limits: QueryLimits;
    auth: AuthConfig;
    responseCacheMb?: number;
    requestTimeoutMs?: number;
    settings?: RequestSettings;
    corsOrigins?: readonly string[];
    /** The request log and errors (src/log.ts); nothing by default. */
    logger?: Logger;
    onRequest?: (record: RequestRecord) => void;
    /** GET /metrics: on unless `enabled` is false; `token` is the bearer a scraper must send (METRICS, METRICS_TOKEN). */
    metrics?: { enabled?: boolean; token?: string };
    /** Reads on replicas (DATABASE_REPLICA_URLS), started by the caller; the server does not close it. */
    router?: ReadRouter;
    /** Live updates: subscriptions over WebSocket on /graphql (started by the caller, which closes it after the server). */
    live?: { hub: LiveHub; perConnection: number };
  },
): Promise<AppServer> {
  const logger = options.logger ?? silentLogger;
  const metrics =
    options.metrics?.enabled === false
      ? undefined
      : createMetrics(
          () => {
            const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
            return pool ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires(), max: pool.max } : null;
          },
          () => options.router?.states() ?? [],
          () =>
            options.live ? { active: options.live.hub.size, connections: endpoint?.connections() ?? 0, ...options.live.hub.counts } : null,
        );
  let endpoint: LiveEndpoint | undefined;
  // the cost model's fan-outs: the reference tree's, or the database's where it is wider, read at
  // start and then every minute (no request waits for it: a refused query sends no SQL)
  let shape = referenceTreeShape();
  const readShape = async () => {
    shape = widest(referenceTreeShape(), shapeOf(await treeLinks(orm.em.fork() as EntityManager)));
  };
  await readShape();
  const shapeTimer = setInterval(() => void readShape().catch(() => undefined), 60_000);
  shapeTimer.unref();
  const apollo = createApollo(options.limits, {
    responseCacheMb: options.responseCacheMb ?? DEFAULT_RESPONSE_CACHE_MB,
    shape: () => shape,
    // a fault is one line; anything else an error with its stack, in the log only
    log: (e) => (typeof e === 'string' ? logger.warn(e) : logger.error({ err: e }, 'internal error')),
  });
  await apollo.start();
  const handle = createHandler(
    orm,
    apollo,
    { mode: options.auth.mode, verify: createVerifier(options.auth) },
    {
      requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      settings: options.settings,
      corsOrigins: options.corsOrigins,
      logger,
      onRequest: (record) => {
        metrics?.observe(record);
        options.onRequest?.(record);
      },
      metrics: metrics && { registry: metrics.registry, token: options.metrics?.token },
      router: options.router,
    },
  );
  // requests in flight, for a stop to let them finish (an acknowledged write must reach its client)
  let inFlight = 0;
  let draining = false;
  const idle: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    if (draining) {
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendGraphQLError(res, 503, 'SERVICE_UNAVAILABLE', 'the server is shutting down: retry in a few seconds');
    }
    inFlight++;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      if (--inFlight === 0) idle.splice(0).forEach((f) => f());
    };
    res.once('finish', finished);
    res.once('close', finished);
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  if (options.live) {
    endpoint = attachWebSocket(server, {
      schema: buildAppSchema(),
      auth: { mode: options.auth.mode, verify: createVerifier(options.auth) },
      router: options.router ?? new ReadRouter(orm, [], { maxLagMs: 0, checkIntervalMs: 1_000 }),
      live: options.live.hub,
      limits: options.limits,
      shape: () => shape,
      perConnection: options.live.perConnection,
      settings: options.settings,
      logger,
    });
  }
  const { port } = server.address() as AddressInfo;
  return {
    apollo,
    http: server,
    url: `http://${options.host}:${port}/graphql`,
    async stop(graceMs = 0) {
      clearInterval(shapeTimer);
      metrics?.close();
      draining = true;
      await endpoint?.close(); // at most a second, whatever the clients do
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0 && graceMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          idle.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
