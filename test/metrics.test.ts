/**
 * GET /metrics over real HTTP, read by a Prometheus text parser written for
 * the test: a request-duration histogram per named operation and outcome,
 * SQL statement times, the pool, the figures written, Node's defaults; off
 * and token-protected as the settings say.
 */
import { Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
const servers: AppServer[] = [];

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await app?.close();
});

async function serve(metrics?: { enabled?: boolean; token?: string }): Promise<AppServer> {
  const server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH, metrics });
  servers.push(server);
  return server;
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus's text format: `name{label="value",...} number`, comments skipped. */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`not a sample: ${line}`);
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      return { name: m[1], labels, value: Number(m[3]) };
    });
}

const metricsOf = async (server: AppServer, headers: Record<string, string> = {}) =>
  fetch(server.url.replace('/graphql', '/metrics'), { headers });

it('gives a request-duration histogram per named operation and outcome, SQL, the pool, figures written and process defaults', async () => {
  const server = await serve();
  const viewer = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'metrics' })).token;
  const editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'metrics' })).token;
  const post = (body: unknown, token: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  for (let i = 0; i < 3; i++) await (await post({ query: 'query KanwilName { kanwil(code: "K1") { name } }' }, viewer)).json();
  await (
    await post({ query: 'query Bad { kanwil(code: "K1") { performance(metric: "NOPE", period: { year: 2021 }) { status } } }' }, viewer)
  ).json();
  const written = await post(
    {
      query: 'mutation Write($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted } }',
      variables: { input: [{ unit: '99.01', metric: 'IURAN', periodStart: '2018-01-01', periodEnd: '2018-01-31', value: '1.00' }] },
    },
    editor,
  );
  expect(await written.json()).toEqual({
    data: { recordRealizations: { inserted: 1 } },
    extensions: { commitLsn: expect.stringMatching(/^[0-9A-F]+\/[0-9A-F]+$/) },
  });

  const res = await metricsOf(server);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
  const samples = parse(await res.text());
  const one = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  expect(one('http_request_duration_seconds_count', { operation: 'KanwilName', outcome: 'ok' })[0].value).toBe(3);
  expect(one('http_request_duration_seconds_bucket', { operation: 'KanwilName', outcome: 'ok', le: '+Inf' })[0].value).toBe(3);
  expect(one('http_request_duration_seconds_count', { operation: 'Bad', outcome: 'BAD_USER_INPUT' })[0].value).toBe(1);
  expect(one('http_request_duration_seconds_count', { operation: 'Write', outcome: 'ok' })[0].value).toBe(1);
  expect(one('db_statement_duration_seconds_count')[0].value).toBeGreaterThan(3);
  expect(one('kinerja_figures_written_total', { change: 'inserted' })[0].value).toBe(1);
  expect(one('db_pool_connections_max')[0].value).toBe(10);
  expect(one('db_pool_connections_in_use')).toHaveLength(1);
  expect(one('process_resident_memory_bytes')[0].value).toBeGreaterThan(0);
  expect(one('nodejs_eventloop_lag_seconds')).toHaveLength(1);
});

it('needs the bearer token when METRICS_TOKEN is set, and is not there when METRICS is off', async () => {
  const guarded = await serve({ token: 'scrape-secret' });
  expect((await metricsOf(guarded)).status).toBe(401);
  expect((await metricsOf(guarded, { authorization: 'Bearer wrong-secret!' })).status).toBe(401);
  expect((await metricsOf(guarded, { authorization: 'Bearer scrape-secret' })).status).toBe(200);
  const off = await serve({ enabled: false });
  expect((await metricsOf(off)).status).toBe(404);
});
