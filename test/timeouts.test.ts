/**
 * Time limits of the serving sessions, over real HTTP: a statement over
 * STATEMENT_TIMEOUT_MS is cancelled and answered TIMEOUT, a lock not granted
 * within LOCK_TIMEOUT_MS SERVICE_UNAVAILABLE; both HTTP 503 with Retry-After,
 * never 200 with INTERNAL_SERVER_ERROR; and the next request after the
 * blocker is gone is served as usual. The blocker is another session holding
 * org_unit in ACCESS EXCLUSIVE mode, so every read of an office waits.
 */
import { Client } from 'pg';
import { openDatabase, Orm } from '../src/db/database';
import { AppServer, startServer } from '../src/http/server';
import { mintToken } from '../src/auth/auth.token';
import { Role } from '../src/auth/auth.model';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
const orms: Orm[] = [];
const servers: AppServer[] = [];

async function serve(limits: {
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  poolMax?: number;
  acquireTimeoutMs?: number;
  requestTimeoutMs?: number;
}): Promise<AppServer> {
  const { requestTimeoutMs, ...sessions } = limits;
  const orm = await openDatabase(app.url, { migrate: false, ...sessions });
  orms.push(orm);
  const server = await startServer(orm, {
    port: 0,
    host: '127.0.0.1',
    limits: QUERY_LIMITS,
    auth: { ...TEST_AUTH, mode: 'demo' },
    responseCacheMb: 0,
    requestTimeoutMs,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const o of orms) await o.close();
  await app?.close();
});

async function ask(server: AppServer) {
  const started = Date.now();
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ kanwil(code: "K1") { name } }' }),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), json, ms: Date.now() - started };
}

/** Runs `fn` while another session holds `table` locked. */
async function whileLocked<T>(fn: () => Promise<T>, table = 'org_unit'): Promise<T> {
  const blocker = new Client({ connectionString: app.url });
  await blocker.connect();
  try {
    await blocker.query('begin');
    await blocker.query(`lock table ${table} in access exclusive mode`);
    return await fn();
  } finally {
    await blocker.query('rollback');
    await blocker.end();
  }
}

describe('time limits', () => {
  it('cancels a statement over STATEMENT_TIMEOUT_MS: TIMEOUT, 503, Retry-After', async () => {
    const server = await serve({ statementTimeoutMs: 300 });
    const answer = await whileLocked(() => ask(server));
    console.log(`a statement held by a lock was cancelled after ${answer.ms} ms (limit 300 ms)`);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect(answer.json.errors![0].message).toMatch(/time limit/);
    // and once the lock is gone, the same server answers
    expect(await ask(server)).toMatchObject({ status: 200, json: { data: { kanwil: { name: 'Kanwil Satu' } } } });
  });

  it('refuses a lock not granted within LOCK_TIMEOUT_MS as busy: SERVICE_UNAVAILABLE, 503, Retry-After', async () => {
    const server = await serve({ lockTimeoutMs: 300 });
    const answer = await whileLocked(() => ask(server));
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(answer.json.errors![0].message).toMatch(/retry/);
    expect((await ask(server)).status).toBe(200);
  });
});

describe('the request deadline (REQUEST_TIMEOUT_MS)', () => {
  it('answers a query that is not done in time TIMEOUT, 503, Retry-After, at the deadline', async () => {
    const server = await serve({ statementTimeoutMs: 5_000, requestTimeoutMs: 300 });
    const answer = await whileLocked(() => ask(server));
    console.log(`a query held by a lock was answered after ${answer.ms} ms (deadline 300 ms, statement limit 5 000 ms)`);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect(answer.json.errors![0].message).toMatch(/REQUEST_TIMEOUT_MS/);
    expect(answer.ms).toBeLessThan(5_000);
    expect(await ask(server)).toMatchObject({ status: 200, json: { data: { kanwil: { name: 'Kanwil Satu' } } } });
  });

  it('never cuts a write: one that waits past the deadline commits and is acknowledged', async () => {
    const server = await serve({ lockTimeoutMs: 10_000, requestTimeoutMs: 300 });
    const editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'deadline-test' })).token;
    const blocker = new Client({ connectionString: app.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table fact in share mode');
    const write = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({
        query: 'mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted userErrors { code } } }',
        variables: { input: [{ unit: '99.01', metric: 'IURAN', periodStart: '2019-05-01', periodEnd: '2019-05-31', value: '5.00' }] },
      }),
    });
    // the write waits on the lock past its deadline, then the lock goes
    await new Promise((r) => setTimeout(r, 1_000));
    await blocker.query('rollback');
    await blocker.end();
    const res = await write;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { recordRealizations: { inserted: 1, userErrors: [] } },
      extensions: { commitLsn: expect.stringMatching(/^[0-9A-F]+\/[0-9A-F]+$/) },
    });
    const [row] = await app.orm.em
      .getConnection()
      .execute<{ value: string }[]>(`select value::text from fact where unit_code = '99.01' and period_start = '2019-05-01'`);
    expect(row).toEqual({ value: '5.00' });
  });
});

describe('a full pool', () => {
  it('answers SERVICE_UNAVAILABLE, 503, Retry-After when no connection frees up within POOL_ACQUIRE_TIMEOUT_MS', async () => {
    const server = await serve({ poolMax: 1, acquireTimeoutMs: 300 });
    await whileLocked(async () => {
      // the only connection waits in the rollup, on fact, which the blocker holds
      const first = new AbortController();
      const holding = fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nasional { performance(metric: "IURAN", period: { year: 2021 }) { status } } }' }),
        signal: first.signal,
      }).catch(() => 'aborted');
      await new Promise((r) => setTimeout(r, 300));
      const answer = await ask(server);
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('5');
      expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      first.abort();
      await holding;
    }, 'fact');
    expect((await ask(server)).status).toBe(200);
  });
});

describe('a client that hangs up', () => {
  it('has the SQL running for it cancelled', async () => {
    const server = await serve({});
    const watcher = new Client({ connectionString: app.url });
    await watcher.connect();
    // the rollup statements waiting in this file's database (other test files run theirs on the same server), of any session but the watcher's
    const rollupsRunning = async () =>
      Number(
        (
          await watcher.query(
            `select count(*) as n from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and query like '%jsonb_to_recordset%'`,
          )
        ).rows[0].n,
      );
    try {
      await whileLocked(async () => {
        const client = new AbortController();
        const request = fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ nasional { performance(metric: "IURAN", period: { year: 2021 }) { realization { value } } } }',
          }),
          signal: client.signal,
        }).catch(() => 'aborted');
        // the rollup reads fact, which the blocker holds: it waits
        const deadline = Date.now() + 5_000;
        while ((await rollupsRunning()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect(await rollupsRunning()).toBe(1);
        client.abort();
        expect(await request).toBe('aborted');
        const hungUp = Date.now();
        while ((await rollupsRunning()) > 0 && Date.now() < hungUp + 5_000) await new Promise((r) => setTimeout(r, 50));
        console.log(`the rollup of a client that hung up left pg_stat_activity ${Date.now() - hungUp} ms later`);
        expect(await rollupsRunning()).toBe(0);
      }, 'fact');
    } finally {
      await watcher.end();
    }
    // the server serves the next request as usual
    expect((await ask(server)).status).toBe(200);
  });
});
