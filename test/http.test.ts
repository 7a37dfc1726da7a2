/** The API over real HTTP: GraphQL over HTTP conformance, GraphiQL for browsers, errors as JSON. */
import { serverAudits } from 'graphql-http';
import http from 'node:http';
import zlib from 'node:zlib';
import { AppServer, MAX_BODY_BYTES, startServer } from '../src/http/server';
import { createLogger } from '../src/log';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TestApp } from './support/app';
import { withPressFigures, withReferenceTree } from './scenarios';

let app: TestApp;
let server: AppServer;

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app);
  await withPressFigures(app);
  server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: { ...TEST_AUTH, mode: 'demo' } });
});
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    json: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('health and readiness', () => {
  it('GET /health says the process is alive; GET /ready that the database answers and is migrated', async () => {
    const base = server.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    // a migration the database has not applied: not ready, and which one
    const conn = app.orm.em.getConnection();
    const [last] = await conn.execute<{ id: number; name: string; executed_at: string }[]>(
      'select id, name, executed_at from mikro_orm_migrations order by id desc limit 1',
    );
    await conn.execute('delete from mikro_orm_migrations where id = ?', [last.id]);
    try {
      const notReady = await fetch(`${base}/ready`);
      expect(notReady.status).toBe(503);
      expect(notReady.headers.get('retry-after')).toBe('5');
      expect(await notReady.json()).toEqual({ status: 'unavailable', reason: 'migrations not applied', pending: [last.name] });
    } finally {
      await conn.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [
        last.id,
        last.name,
        last.executed_at,
      ]);
    }
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});

describe('over HTTP', () => {
  it('answers the Banten 2017 iuran', async () => {
    const { status, json } = await post({
      query:
        'query ($code: ID!) { kanwil(code: $code) { performance(metric: "IURAN", period: {year: 2017}) { realization { formatted } target { formatted } achievement { formatted } } } }',
      variables: { code: 'BANTEN' },
    });
    expect(status).toBe(200);
    expect(json).toEqual({
      data: {
        kanwil: {
          performance: {
            realization: { formatted: 'Rp4.067.826.205.816,00' },
            target: { formatted: 'Rp4.056.800.718.575,00' },
            achievement: { formatted: '100,27%' },
          },
        },
      },
    });
  });

  it('passes the GraphQL-over-HTTP audits of graphql-http (no MUST fails)', async () => {
    const audits = serverAudits({ url: server.url, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers bad input with BAD_USER_INPUT and a malformed body with 400', async () => {
    const bad = await post({ query: '{ nasional { performance(metric: "X", period: {year: 2017}) { status } } }' });
    expect(bad.json.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const malformed = await post('{not json');
    expect(malformed.status).toBe(400);
  });

  it('refuses a body over MAX_BODY_BYTES (4 MB, room for a 10 000-row batch) with 413', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '#'.repeat(MAX_BODY_BYTES) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves GraphiQL to a browser, with nothing loaded from elsewhere', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('KanwilIuran');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/);
  });

  it('serves GraphiQL compressed, with an ETag that a browser revalidates in one round trip', async () => {
    // node:http, not fetch: fetch would decompress, and the bytes on the wire are what this is about
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        http
          .get(server.url, { headers: { accept: 'text/html', ...headers } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    const plain = await get({});
    const br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    const gz = await get({ 'accept-encoding': 'gzip' });
    console.log(`GraphiQL over the wire: ${plain.bytes.length} bytes plain, ${gz.bytes.length} gzip, ${br.bytes.length} brotli`);
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(br.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toContain('accept-encoding');
    const again = await get({ 'accept-encoding': 'br', 'if-none-match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('compresses a large answer for a client that accepts it, not a small one', async () => {
    const query = '{ nasional { kanwil { code name kantorCabang { code name wilayah { code name } } } } }';
    const big = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
      const req = http.request(
        server.url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ query }));
    });
    expect(big.encoding).toBe('gzip');
    const json = JSON.parse(zlib.gunzipSync(big.bytes).toString()) as { data: { nasional: { kanwil: unknown[] } } };
    expect(json.data.nasional.kanwil).toHaveLength(11);
    const small = await fetch(server.url.replace('/graphql', '/health'), { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('has a health check and 404s elsewhere', async () => {
    expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(200);
    expect((await fetch(server.url.replace('/graphql', '/nope'))).status).toBe(404);
  });
});

describe('CORS (CORS_ORIGINS)', () => {
  const DASHBOARD = 'https://dashboard.example.go.id';
  let open: AppServer;
  beforeAll(async () => {
    open = await startServer(app.orm, {
      port: 0,
      host: '127.0.0.1',
      limits: QUERY_LIMITS,
      auth: { ...TEST_AUTH, mode: 'demo' },
      corsOrigins: [DASHBOARD],
    });
  });
  afterAll(() => open?.stop());

  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it("answers an allowed origin's preflight 204 with the methods and headers it may use", async () => {
    const res = await preflight(open.url, DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it("lets the allowed origin's browser read the answer and its request id", async () => {
    const res = await fetch(open.url, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'application/json', 'x-request-id': 'cors-1' },
      body: JSON.stringify({ query: '{ kanwil(code: "BANTEN") { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id,retry-after,x-commit-lsn');
  });

  it('gives another origin no CORS header, and refuses its preflight with 403', async () => {
    const refused = await preflight(open.url, 'https://evil.example.com');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
    const post = await fetch(open.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ kanwil(code: "BANTEN") { name } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin by default', async () => {
    const res = await preflight(server.url, DASHBOARD);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("keeps Apollo's CSRF protection for a GET without a preflight-forcing header", async () => {
    const res = await fetch(`${open.url}?query=${encodeURIComponent('{ kanwil(code: "BANTEN") { name } }')}`, {
      headers: { origin: DASHBOARD },
    });
    expect(res.status).toBe(400);
  });
});

describe('the request log', () => {
  it('writes one JSON line per request, with the X-Request-Id it echoes, the operation, actor, status, errors, duration and SQL', async () => {
    const lines: Record<string, unknown>[] = [];
    const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
    const logged = await startServer(app.orm, {
      port: 0,
      host: '127.0.0.1',
      limits: QUERY_LIMITS,
      auth: { ...TEST_AUTH, mode: 'demo' },
      logger: createLogger({ level: 'info', pretty: false, destination }),
    });
    try {
      const ok = await fetch(logged.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'dash-42.a' },
        body: JSON.stringify({
          query: 'query Banten { kanwil(code: "BANTEN") { performance(metric: "IURAN", period: {year: 2017}) { realization { value } } } }',
        }),
      });
      expect(ok.headers.get('x-request-id')).toBe('dash-42.a');
      await ok.json();
      const bad = await fetch(logged.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'not a sane id!' },
        body: JSON.stringify({ query: '{ kanwil(code: "BANTEN") { performance(metric: "NOPE", period: {year: 2017}) { status } } }' }),
      });
      const generated = bad.headers.get('x-request-id')!;
      expect(generated).toMatch(/^[0-9a-f-]{36}$/);
      await bad.json();
      await new Promise((r) => setTimeout(r, 50));
      const byId = (id: string) => lines.find((l) => l.requestId === id)!;
      expect(byId('dash-42.a')).toMatchObject({
        level: 'info',
        msg: 'request',
        method: 'POST',
        path: '/graphql',
        operation: 'Banten',
        actor: 'anonymous',
        status: 200,
        errors: [],
        aborted: false,
      });
      expect(byId('dash-42.a').durationMs).toEqual(expect.any(Number));
      expect((byId('dash-42.a').sql as { statements: number }).statements).toBeGreaterThan(0);
      expect(byId(generated)).toMatchObject({ operation: 'anonymous query', errors: ['BAD_USER_INPUT'] });
    } finally {
      await logged.stop();
    }
  });
});
