/**
 * A database outage under load, over real HTTP: the API runs on a PostgreSQL
 * of its own (the embedded server the product ships), mixed reads and writes
 * run at concurrency 4, and that PostgreSQL is stopped mid-load and started
 * again. While it is down every request is answered 503 with a stable code and
 * Retry-After, never 200 or 500, `/ready` says 503 and `/health` stays up;
 * once it is back the same API process serves again, with no restart; and
 * every write the API acknowledged is in the database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Role } from '../../src/auth/auth.model';
import { mintToken } from '../../src/auth/auth.token';
import { ensureDatabase, openDatabase, Orm } from '../../src/db/database';
import { EmbeddedServer, freePort, startEmbedded } from '../../src/db/embedded';
import { AppServer, startServer } from '../../src/http/server';
import { seedReference } from '../../src/seed/reference.seed';
import { QUERY_LIMITS, TEST_AUTH, TEST_SECRET } from '../support/app';
import { TINY_TREE } from '../scenarios';

let dir: string;
let port: number;
let postgres: EmbeddedServer | undefined;
let orm: Orm;
let server: AppServer;
let url: string;
let editor: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-outage-'));
  fs.chmodSync(dir, 0o755); // the postgres OS user must enter it when the tests run as root
  port = await freePort();
  postgres = await startEmbedded({ dataDir: path.join(dir, 'data'), port });
  url = await ensureDatabase(postgres.url(), 'kinerja');
  orm = await openDatabase(url, { statementTimeoutMs: 5_000, acquireTimeoutMs: 2_000 });
  await seedReference(orm.em.fork(), TINY_TREE);
  server = await startServer(orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH, responseCacheMb: 0 });
  editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'outage-test' })).token;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await orm?.close(true);
  await postgres?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  kind: 'read' | 'write';
  status: number;
  code: string | null;
  retryAfter: string | null;
  at: number;
}

const READ = '{ kanwil(code: "K1") { name performance(metric: "IURAN", period: { year: 1995 }) { realization { value } } } }';
const WRITE = 'mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted userErrors { code } } }';

/** The n-th write's day: one day each from 1 January 1991, so that no two writes overlap. */
const dayOf = (n: number) => new Date(Date.UTC(1991, 0, 1 + n)).toISOString().slice(0, 10);

async function request(kind: 'read' | 'write', n: number, acknowledged: Set<string>): Promise<Outcome> {
  const day = dayOf(n);
  const body =
    kind === 'read'
      ? { query: READ }
      : { query: WRITE, variables: { input: [{ unit: '99.01', metric: 'IURAN', periodStart: day, periodEnd: day, value: `${n}.00` }] } };
  try {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as {
      data?: { recordRealizations?: { inserted: number } };
      errors?: { extensions?: { code?: string } }[];
    };
    if (kind === 'write' && res.status === 200 && json.data?.recordRealizations?.inserted === 1) acknowledged.add(day);
    return {
      kind,
      status: res.status,
      code: json.errors?.[0]?.extensions?.code ?? null,
      retryAfter: res.headers.get('retry-after'),
      at: Date.now(),
    };
  } catch {
    return { kind, status: 0, code: 'NO_ANSWER', retryAfter: null, at: Date.now() };
  }
}

it('answers 503 while its PostgreSQL is down, serves again once it is back, and keeps every acknowledged write', async () => {
  const outcomes: Outcome[] = [];
  const acknowledged = new Set<string>();
  let next = 0;
  let running = true;
  const workers = Array.from({ length: 4 }, async (_, w) => {
    while (running) {
      const n = next++;
      outcomes.push(await request(w % 2 === 0 ? 'read' : 'write', n, acknowledged));
    }
  });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  await sleep(1_500);
  const stopping = Date.now();
  await postgres!.stop();
  const down = Date.now();
  await sleep(2_000);
  const ready = await fetch(server.url.replace('/graphql', '/ready'));
  const health = await fetch(server.url.replace('/graphql', '/health'));
  const wentUp = Date.now();
  postgres = await startEmbedded({ dataDir: path.join(dir, 'data'), port });
  const up = Date.now();
  // serving again, with no restart of the API: poll with a deadline
  let served = false;
  for (const deadline = Date.now() + 30_000; !served && Date.now() < deadline;) {
    served = (await request('read', 0, acknowledged)).status === 200;
    if (!served) await sleep(200);
  }
  const back = Date.now();
  await sleep(1_500);
  running = false;
  await Promise.all(workers);

  const during = outcomes.filter((o) => o.at > down + 200 && o.at < wentUp);
  const after = outcomes.filter((o) => o.at > back);
  const tally = (os: Outcome[]) =>
    Object.entries(
      os.reduce<Record<string, number>>(
        (t, o) => ({ ...t, [`${o.kind} ${o.status} ${o.code ?? ''}`]: (t[`${o.kind} ${o.status} ${o.code ?? ''}`] ?? 0) + 1 }),
        {},
      ),
    );
  console.log(
    `stopped in ${down - stopping} ms, restarted in ${up - wentUp} ms, serving again ${back - up} ms later; ` +
      `${outcomes.length} requests: while down ${JSON.stringify(tally(during))}, after ${JSON.stringify(tally(after))}; ` +
      `${acknowledged.size} writes acknowledged`,
  );

  // while down: 503, a stable code, Retry-After; never 200, never 500, never a dropped connection
  expect(during.filter((o) => o.kind === 'read').length).toBeGreaterThan(2);
  expect(during.filter((o) => o.kind === 'write').length).toBeGreaterThan(2);
  for (const o of during) expect([o.status, o.code, o.retryAfter]).toEqual([503, 'SERVICE_UNAVAILABLE', '5']);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { status: string }).status).toBe('unavailable');
  expect(health.status).toBe(200);
  // at no time did a request get a 500, an INTERNAL_SERVER_ERROR, or no answer: each was served or told to retry
  expect(outcomes.filter((o) => !(o.status === 200 && o.code === null) && !(o.status === 503 && o.code === 'SERVICE_UNAVAILABLE'))).toEqual(
    [],
  );
  // back: the same process serves reads and writes
  expect(served).toBe(true);
  expect(after.filter((o) => o.status === 200).length).toBeGreaterThan(4);
  expect(after.filter((o) => o.status !== 200)).toEqual([]);
  expect((await fetch(server.url.replace('/graphql', '/ready'))).status).toBe(200);
  // every acknowledged write is there
  const check = new Client({ connectionString: url });
  await check.connect();
  try {
    const { rows } = await check.query<{ day: string }>(
      `select period_start::text as day from fact where unit_code = '99.01' and metric_code = 'IURAN'`,
    );
    const stored = new Set(rows.map((r) => r.day));
    expect([...acknowledged].filter((d) => !stored.has(d))).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(4);
  } finally {
    await check.end();
  }
}, 120_000);
