/**
 * The HTTP face: POST/GET /graphql (GraphQL over HTTP through Apollo), a
 * GraphiQL page for browsers at GET /graphql, and GET /health.
 * Plain node:http, so that nothing but our own code sits in front of Apollo.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { unauthenticated } from '../auth/auth.errors';
import { createVerifier, TokenVerifier } from '../auth/auth.token';
import { Principal } from '../auth/auth.types';
import { AuthConfig, AuthMode } from '../config';
import { Orm } from '../db/database';
import { EXPORT_PATHS, handleExport } from '../export/export.handler';
import { Context, createContext } from './context';
import { formatError } from './errors';
import { graphiqlPage } from './graphiql';
import { limitsRule, QueryLimits } from './limits';
import { buildAppSchema } from './schema';

export const MAX_BODY_BYTES = 1_000_000;

export interface AppServer {
  apollo: ApolloServer<Context>;
  http: http.Server;
  url: string;
  stop(): Promise<void>;
}

export function createApollo(limits: QueryLimits, log?: (e: unknown) => void): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildAppSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [limitsRule(limits)],
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
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

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function jsonError(res: http.ServerResponse, status: number, code: string, message: string): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export interface AuthSetup {
  mode: AuthMode;
  verify: TokenVerifier | undefined;
}

/** The caller of a request, from its Authorization header; throws UNAUTHENTICATED (401). */
export async function authenticate(header: string | undefined, auth: AuthSetup): Promise<Principal | null> {
  if (!header) {
    if (auth.mode === 'demo') return null;
    throw unauthenticated('a bearer token is required: send Authorization: Bearer <token> (npm run token mints one)');
  }
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  if (!auth.verify) throw unauthenticated('this server has no JWT_SECRET or JWKS_URL to verify tokens with');
  try {
    return await auth.verify(m[1]);
  } catch (e) {
    throw unauthenticated(`invalid token: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function createHandler(orm: Orm, apollo: ApolloServer<Context>, auth: AuthSetup) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const context = async () =>
        createContext(orm, {
          principal: await authenticate(headers.get('authorization'), auth),
          mode: auth.mode,
          requestId: headers.get('x-request-id') || undefined,
        });
      if (EXPORT_PATHS.includes(url.pathname)) {
        if (req.method !== 'GET') return jsonError(res, 405, 'METHOD_NOT_ALLOWED', 'exports are fetched with GET');
        return await handleExport(url, res, context);
      }
      if (url.pathname !== '/graphql') return jsonError(res, 404, 'NOT_FOUND', `no such path ${url.pathname}; the API is at /graphql, exports at ${EXPORT_PATHS.join(' and ')}`);
      const accept = String(req.headers.accept ?? '');
      if (req.method === 'GET' && !url.searchParams.has('query') && accept.includes('text/html')) {
        return send(res, 200, 'text/html; charset=utf-8', graphiqlPage('/graphql'));
      }
      let body: unknown = undefined;
      if (req.method === 'POST') {
        const text = await readBody(req);
        if ((headers.get('content-type') ?? '').includes('application/json')) {
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            return jsonError(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
          }
        } else body = text;
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context,
      });
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
        return jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `request bodies are limited to ${MAX_BODY_BYTES} bytes`);
      }
      console.error(e);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    }
  };
}

/** Starts Apollo and an HTTP server on host:port (port 0 picks a free one). */
export async function startServer(
  orm: Orm,
  options: { port: number; host: string; limits: QueryLimits; auth: AuthConfig },
): Promise<AppServer> {
  const apollo = createApollo(options.limits);
  await apollo.start();
  const server = http.createServer(createHandler(orm, apollo, { mode: options.auth.mode, verify: createVerifier(options.auth) }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    apollo,
    http: server,
    url: `http://${options.host}:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
