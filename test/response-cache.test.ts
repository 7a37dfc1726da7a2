/**
 * The response cache (src/graphql/response-cache.ts) over real HTTP: a
 * repeated query is answered from the cache, and a write committed anywhere
 * (another API process with its own cache, or plain SQL) is seen by the very
 * next request, because every answer is keyed by the data version read from
 * PostgreSQL at the start of the request.
 */
import { Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { openDatabase, Orm } from '../src/db/database';
import { AppServer, startServer } from '../src/http/server';
import { flow, TINY_TREE, withTree, write } from './scenarios';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';

let app: TestApp;
/** Two API servers with a cache each, and their own connection pools: two processes as far as the data is concerned. */
let first: AppServer;
let second: AppServer;
let secondOrm: Orm;
let uncached: AppServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
  await write(app, [
    flow('99.01', 'IURAN', '2022-01-01', '2022-01-31', '100.00'),
    flow('99.71', 'IURAN', '2022-01-01', '2022-01-31', '7.00'),
  ]);
  secondOrm = await openDatabase(app.url, { migrate: false });
  const options = { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH };
  first = await startServer(app.orm, options);
  second = await startServer(secondOrm, options);
  uncached = await startServer(app.orm, { ...options, responseCacheMb: 0 });
  tokens.national = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'pusat' })).token;
  tokens.nationalToo = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'pusat-dua' })).token;
  tokens.kcB = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'KC_B', subject: 'kcb' })).token;
  tokens.editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'editor' })).token;
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop(), uncached?.stop()]);
  await secondOrm?.close(true);
  await app?.close();
});

const FIGURE = `query Figure($code: ID!) { orgUnit(code: $code) { code performance(metric: "IURAN", period: { year: 2022, month: 1 }) { realization { value } } } }`;

interface FigureData {
  orgUnit: { performance: { realization: { value: string } } };
}

async function post(server: AppServer, token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, fromCache: res.headers.has('age'), cacheControl: res.headers.get('cache-control'), body };
}

async function figure(server: AppServer, code = '99.01', token = tokens.national) {
  const res = await post(server, token, FIGURE, { code });
  expect(res.body.errors).toBeUndefined();
  return { value: (res.body.data as unknown as FigureData).orgUnit.performance.realization.value, fromCache: res.fromCache };
}

async function record(server: AppServer, value: string) {
  const res = await post(
    server,
    tokens.editor,
    `mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted updated userErrors { code } } }`,
    { input: [{ unit: '99.01', metric: 'IURAN', periodStart: '2022-01-01', periodEnd: '2022-01-31', value }] },
  );
  expect(res.body.data?.recordRealizations).toEqual({ inserted: 0, updated: 1, userErrors: [] });
  expect(res.fromCache).toBe(false);
}

describe('the response cache', () => {
  it('answers a repeated query from the cache, and tells no browser or proxy to keep it', async () => {
    const once = await post(first, tokens.national, FIGURE, { code: '99.72' });
    const again = await post(first, tokens.national, FIGURE, { code: '99.72' });
    expect(once.fromCache).toBe(false);
    expect(again.fromCache).toBe(true);
    expect(again.body).toEqual(once.body);
    expect(again.cacheControl).toBeNull();
    // callers with the same scope share answers; other variables are another answer
    expect((await post(first, tokens.nationalToo, FIGURE, { code: '99.72' })).fromCache).toBe(true);
    expect((await post(first, tokens.national, FIGURE, { code: '99.02' })).fromCache).toBe(false);
    // with RESPONSE_CACHE_MB=0 nothing is kept
    await post(uncached, tokens.national, FIGURE, { code: '99.72' });
    expect((await post(uncached, tokens.national, FIGURE, { code: '99.72' })).fromCache).toBe(false);
  });

  it('serves the next read after a write acknowledged by another process, never the cached figure', async () => {
    await figure(first);
    expect(await figure(first)).toEqual({ value: '100.00', fromCache: true });
    expect(await figure(second)).toMatchObject({ value: '100.00' });

    await record(second, '150.00');
    expect(await figure(first)).toEqual({ value: '150.00', fromCache: false });
    expect(await figure(second)).toEqual({ value: '150.00', fromCache: false });

    await record(first, '175.00');
    expect(await figure(second)).toEqual({ value: '175.00', fromCache: false });
    // the rollup above the office moves with it
    expect((await figure(first, 'NASIONAL')).value).toBe('182.00');
  });

  it('serves the next read after a write made with plain SQL, outside the application', async () => {
    expect((await figure(first, '99.71')).value).toBe('7.00');
    expect(await figure(first, '99.71')).toEqual({ value: '7.00', fromCache: true });
    await app.orm.em
      .getConnection()
      .execute(`update fact set value = 8 where unit_code = '99.71' and metric_code = 'IURAN' and period_start = '2022-01-01'`);
    expect(await figure(first, '99.71')).toEqual({ value: '8.00', fromCache: false });
  });

  it('never gives an answer to a caller of another scope', async () => {
    await figure(first, 'KC_A');
    expect((await figure(first, 'KC_A')).fromCache).toBe(true);
    const outside = await post(first, tokens.kcB, FIGURE, { code: 'KC_A' });
    expect(outside.fromCache).toBe(false);
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // and an answer with errors is not kept
    expect((await post(first, tokens.kcB, FIGURE, { code: 'KC_A' })).fromCache).toBe(false);
    // the caller's own scope is its own answer
    expect((await figure(first, '99.71', tokens.kcB)).fromCache).toBe(false);
  });
});
