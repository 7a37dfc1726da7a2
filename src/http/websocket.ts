/**
 * GraphQL subscriptions over WebSocket on the same port and path as the API
 * (/graphql), by graphql-ws (the graphql-transport-ws protocol, which
 * GraphiQL and the common clients speak) on the ws package.
 *
 * The caller authenticates once per connection, with
 * {"authorization": "Bearer <token>"} in the connection_init payload (a
 * browser cannot set headers on a WebSocket) or an Authorization header on
 * the upgrade request; a bad token closes the connection with 4403. Only
 * subscriptions are served here (queries and mutations go over HTTP, where
 * the cache, the cost limits and the request log are); each is checked
 * against the same depth and field limits as a query, and one connection
 * holds at most SUBSCRIPTIONS_PER_CONNECTION at once. Errors carry the same
 * codes as over HTTP (src/graphql/errors.ts).
 */
import { ExecutionArgs, GraphQLError, GraphQLSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';
import { Principal } from '../auth/auth.model';
import { ClientError } from '../common/errors';
import { ReadRouter } from '../db/replicas';
import { queryCost, tooComplex, TreeShape } from '../graphql/cost';
import { formatError } from '../graphql/errors';
import { decodeJwt } from 'jose';
import { DEFAULT_MAX_QUERY_COST } from '../config';
import { limitsRule, QueryLimits } from '../graphql/limits';
import { LiveSubscriptions } from '../live/live.service';
import { createRequestContext, RequestSettings } from '../request/context';
import { Logger } from '../log';
import { authenticate, AuthSetup } from './authenticate';

/** The largest message a client may send (a subscription's text and variables). */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** A connection that does not answer a ping within this long is closed. */
const PING_MS = 30_000;

export interface WebSocketOptions {
  schema: GraphQLSchema;
  auth: AuthSetup;
  router: ReadRouter;
  live: LiveSubscriptions;
  limits: QueryLimits;
  perConnection: number;
  settings?: RequestSettings;
  logger: Logger;
  /** The office tree's fan-outs, for the cost of a subscription's selection (src/graphql/cost.ts). */
  shape: () => TreeShape;
}

export interface LiveEndpoint {
  /** Open WebSocket connections. */
  connections(): number;
  /** Closes every connection (1001, going away) and stops accepting new ones. */
  close(): Promise<void>;
}

interface ConnectionState {
  principal: Principal | null;
  /** Operation ids of this connection's running subscriptions. */
  running: Set<string>;
  alive: boolean;
}

type Extra = { socket: WebSocket; request: http.IncomingMessage; state?: ConnectionState };

function refuse(code: string, message: string): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

export function attachWebSocket(server: http.Server, options: WebSocketOptions): LiveEndpoint {
  const { schema, auth, router, live, limits, perConnection, settings, logger, shape } = options;
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const log = (e: unknown) => logger.error({ err: e }, 'subscription error');
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e, log));

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const given = params.authorization ?? params.Authorization ?? ctx.extra.request.headers.authorization;
        try {
          const principal = await authenticate(typeof given === 'string' ? given : undefined, auth);
          ctx.extra.state = { principal, running: new Set(), alive: true };
          // a token is good until its exp: the connection ends then (4401), and the client must connect with a new one
          if (principal && typeof given === 'string') {
            const exp = decodeJwt(given.replace(/^Bearer\s+/i, '')).exp;
            if (exp !== undefined) {
              const socket = ctx.extra.socket;
              const timer = setTimeout(
                () => socket.close(4401, 'the token has expired: connect again with a new one'),
                Math.max(0, exp * 1000 - Date.now()),
              );
              timer.unref();
              socket.once('close', () => clearTimeout(timer));
            }
          }
          return true;
        } catch (e) {
          logger.info({ reason: e instanceof ClientError ? e.message : String(e) }, 'WebSocket refused: not authenticated');
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const state = ctx.extra.state!;
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError(String(e))];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse('BAD_REQUEST', 'the document names no operation to run');
        if (operation.operation !== 'subscription') {
          return refuse(
            'BAD_REQUEST',
            `only subscriptions are served over WebSocket: send a ${operation.operation} as an HTTP request to /graphql`,
          );
        }
        const errors = validate(schema, document, [...specifiedRules, limitsRule(limits)]);
        if (errors.length > 0) {
          // the limits' refusal has the code of an HTTP query's
          return errors.map((e) =>
            e.extensions.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
          );
        }
        // what every push will cost, by the queries' cost model and limit
        try {
          const cost = queryCost(schema, document, shape(), payload.variables ?? {}, payload.operationName ?? undefined);
          const maxCost = limits.maxCost ?? DEFAULT_MAX_QUERY_COST;
          if (cost > maxCost) return [tooComplex(cost, maxCost)];
        } catch (e) {
          if (!(e instanceof GraphQLError)) throw e;
          return [e];
        }
        if (state.running.size >= perConnection) {
          return refuse(
            'TOO_MANY_SUBSCRIPTIONS',
            `one connection holds at most ${perConnection} subscriptions (SUBSCRIPTIONS_PER_CONNECTION); complete one first`,
          );
        }
        state.running.add(id);
        const served = await router.forRead();
        const contextValue = {
          ...createRequestContext(served.orm, { principal: state.principal, mode: auth.mode, requestId: randomUUID() }, settings),
          live,
        };
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) as never } : result),
      onError: (_ctx, _id, _payload, errors) => format(errors) as never,
      onComplete: (ctx, id) => {
        ctx.extra.state?.running.delete(id);
      },
    },
    wss,
  );

  // a connection whose client has gone without closing is found by a ping it does not answer
  const pinger = setInterval(() => {
    for (const socket of wss.clients) {
      const s = socket as WebSocket & { alive?: boolean };
      if (s.alive === false) {
        s.terminate();
        continue;
      }
      s.alive = false;
      s.ping();
    }
  }, PING_MS);
  pinger.unref();
  wss.on('connection', (socket: WebSocket & { alive?: boolean }) => {
    socket.alive = true;
    socket.on('pong', () => (socket.alive = true));
  });

  return {
    connections: () => wss.clients.size,
    async close() {
      clearInterval(pinger);
      for (const socket of wss.clients) socket.close(1001, 'the server is shutting down');
      // a client that does not answer the close within a second is cut
      const cut = setTimeout(() => wss.clients.forEach((socket) => socket.terminate()), 1_000);
      await disposable.dispose();
      clearTimeout(cut);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
