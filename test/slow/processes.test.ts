/**
 * Two API processes on one database (npm start's command, in production),
 * told of each other's writes by PostgreSQL LISTEN/NOTIFY, and again by
 * Redis pub/sub (REDIS_URL):
 * - nothing one process caches outlives a write the other acknowledged: a
 *   read sent the moment the write is acknowledged, to the other process,
 *   has the new figure (no sleeps);
 * - a subscriber on B gets the new figure within 1 s of a write acknowledged
 *   by A; a VIEWER outside the office's scope gets FORBIDDEN and no figure; a
 *   subscriber of another office, and one whose figures the write leaves as
 *   they were, get nothing.
 */
import { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/auth/auth.model';
import { mintToken } from '../../src/auth/auth.token';
import { freePort } from '../../src/db/embedded';
import { startProductionApi } from '../../scripts/api-command';
import { createTestApp, TEST_SECRET, TestApp } from '../support/app';
import { until } from '../support/live';
import { flow, withReferenceTree, write } from '../scenarios';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** Whether Redis answers on 127.0.0.1:6379 (CI's machines run one; the product does not need it). */
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(6379, '127.0.0.1');
    socket.setTimeout(1_000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const token = async (role: Role, scope: string, subject: string) => (await mintToken(TEST_SECRET, { role, scope, subject })).token;

interface Api {
  child: ChildProcess;
  url: string;
  ws: string;
}

async function startApi(app: TestApp, env: NodeJS.ProcessEnv): Promise<Api> {
  const port = await freePort();
  const child = await startProductionApi({
    databaseUrl: app.url,
    port,
    jwtSecret: TEST_SECRET,
    env: { LOG_LEVEL: 'warn', SUBSCRIPTION_WINDOW_MS: '100', ...env },
  });
  return { child, url: `http://127.0.0.1:${port}/graphql`, ws: `ws://127.0.0.1:${port}/graphql` };
}

async function post(api: Api, bearer: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  if (body.errors) throw new Error(`${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

const RECORD = `mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted updated userErrors { code message } } }`;
const BANTEN_IURAN = `{ kanwil(code: "BANTEN") { performance(metric: "IURAN", period: { year: 2024 }) { realization { value } } } }`;

/** Banten's iuran 2024 as process `api` answers it. */
async function bantenIuran(api: Api, bearer: string): Promise<string> {
  const data = (await post(api, bearer, BANTEN_IURAN)) as { kanwil: { performance: { realization: { value: string } } } };
  return data.kanwil.performance.realization.value;
}

/** A realization of Kantor Cabang Serang (Banten) for March 2024, acknowledged. */
async function recordSerang(api: Api, bearer: string, value: string): Promise<void> {
  const data = (await post(api, bearer, RECORD, {
    input: [{ unit: 'SERANG', metric: 'IURAN', periodStart: '2024-03-01', periodEnd: '2024-03-31', value }],
  })) as { recordRealizations: { userErrors: unknown[] } };
  expect(data.recordRealizations.userErrors).toEqual([]);
}

/** What a subscriber received, with when. */
interface Received {
  data: { at: number; value: string }[];
  errors: { at: number; code?: string }[];
}

function follow(api: Api, bearer: string, unit: string): { client: WsClient; received: Received } {
  const client = createClient({
    url: api.ws,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${bearer}` },
    retryAttempts: 0,
  });
  const received: Received = { data: [], errors: [] };
  const query = `subscription { performanceChanged(unit: "${unit}", metric: "IURAN", period: { year: 2024 }) { realization { value } unit { code } } }`;
  client.subscribe<{ performanceChanged: { realization: { value: string } } }>(
    { query },
    {
      next: (r) => {
        if (r.errors) for (const e of r.errors) received.errors.push({ at: Date.now(), code: e.extensions?.code as string | undefined });
        if (r.data) received.data.push({ at: Date.now(), value: r.data.performanceChanged.realization.value });
      },
      error: (e) => {
        const errors = Array.isArray(e) ? (e as { extensions?: { code?: string } }[]) : [{}];
        for (const x of errors) received.errors.push({ at: Date.now(), code: x.extensions?.code });
      },
      complete: () => undefined,
    },
  );
  return { client, received };
}

/** Polls B's metrics until it holds `n` subscriptions: a subscription is live only once the server has read its figures. */
async function subscriptionsHeld(api: Api, n: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await (await fetch(api.url.replace('/graphql', '/metrics'))).text();
    const held = Number(/^kinerja_live_subscriptions (\d+)/m.exec(text)?.[1] ?? -1);
    if (held === n) return;
    if (Date.now() > deadline) throw new Error(`B holds ${held} subscriptions, not ${n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each([
  ['PostgreSQL LISTEN/NOTIFY', {}],
  ['Redis pub/sub', { REDIS_URL }],
] as const)('two API processes on one database, told by %s', (bus, env) => {
  let app: TestApp;
  let a: Api | undefined;
  let b: Api | undefined;
  let skip = false;

  beforeAll(async () => {
    if ('REDIS_URL' in env && !(await redisAnswers())) {
      if (process.env.CI) throw new Error(`CI runs this with Redis on 127.0.0.1:6379, which does not answer`);
      skip = true;
      return;
    }
    app = await createTestApp();
    await withReferenceTree(app);
    await write(app, [
      flow('SERANG', 'IURAN', '2024-01-01', '2024-01-31', '1000000.00'),
      flow('TANGERANG', 'IURAN', '2024-01-01', '2024-01-31', '500000.00'),
    ]);
    [a, b] = await Promise.all([startApi(app, env), startApi(app, env)]);
  }, 120_000);

  afterAll(async () => {
    for (const api of [a, b]) api?.child.kill('SIGTERM');
    await app?.close();
  });

  it('serves, on either process, every write the other acknowledged, at once', async () => {
    if (skip) return console.warn(`skipped: no Redis on 127.0.0.1:6379 (${bus})`);
    const editor = await token(Role.EDITOR, 'NASIONAL', 'editor-a');
    const viewer = await token(Role.VIEWER, 'NASIONAL', 'viewer-b');
    const [writer, reader] = [a!, b!];
    let expected = await bantenIuran(reader, viewer);
    for (let i = 1; i <= 5; i++) {
      // each process answers from its cache now (the same query twice)
      expect(await bantenIuran(reader, viewer)).toBe(expected);
      expect(await bantenIuran(writer, viewer)).toBe(expected);
      const march = `${2_000_000 + i}.00`;
      // alternate who writes
      const [w, r] = i % 2 ? [writer, reader] : [reader, writer];
      await recordSerang(w, editor, march);
      const seen = await bantenIuran(r, viewer);
      expect(seen).not.toBe(expected);
      // Serang's January and March plus Cilegon's January
      expect(seen).toBe(`${1_000_000 + 2_000_000 + i + 500_000}.00`);
      expected = seen;
    }
  });

  it('pushes a write acknowledged by A to a subscriber on B within 1 s, and nothing to whom it does not concern', async () => {
    if (skip) return console.warn(`skipped: no Redis on 127.0.0.1:6379 (${bus})`);
    const editor = await token(Role.EDITOR, 'NASIONAL', 'editor-a');
    const bantenViewer = await token(Role.VIEWER, 'BANTEN', 'viewer-banten');
    const jatimViewer = await token(Role.VIEWER, 'JATIM', 'viewer-jatim');
    const follows = {
      banten: follow(b!, bantenViewer, 'BANTEN'),
      // outside the caller's scope: refused, and told nothing
      outsider: follow(b!, jatimViewer, 'BANTEN'),
      // the caller's own office, which the write does not touch
      jatim: follow(b!, jatimViewer, 'JATIM'),
      // inside Banten, but a sibling of the office written
      cilegon: follow(b!, bantenViewer, 'TANGERANG'),
    };
    try {
      await subscriptionsHeld(b!, 3);
      await until(() => follows.outsider.received.errors.length > 0, 5_000);
      expect(follows.outsider.received.errors.map((e) => e.code)).toEqual(['FORBIDDEN']);

      const value = `${3_000_000 + Math.floor(Math.random() * 1_000)}.00`;
      await recordSerang(a!, editor, value);
      const acknowledged = Date.now();
      await until(() => follows.banten.received.data.length > 0, 5_000);
      const [push] = follows.banten.received.data;
      expect(push).toBeDefined();
      console.log(`${bus}: the subscriber on B had the figure ${push.at - acknowledged} ms after A acknowledged the write`);
      expect(push.at - acknowledged).toBeLessThan(1_000);
      expect(push.value).toBe(await bantenIuran(b!, bantenViewer));

      // the same value again changes nothing: no push; then a burst of five writes: one push
      await recordSerang(a!, editor, value);
      for (let i = 1; i <= 5; i++) await recordSerang(a!, editor, `${4_000_000 + i}.00`);
      await until(() => follows.banten.received.data.length > 1, 5_000);
      // two windows more, for anything that would still come
      await new Promise((r) => setTimeout(r, 400));
      expect(follows.banten.received.data.map((d) => d.value)).toEqual([push.value, `${1_000_000 + 4_000_005 + 500_000}.00`]);
      expect(follows.outsider.received.data).toEqual([]);
      expect(follows.jatim.received).toEqual({ data: [], errors: [] });
      expect(follows.cilegon.received).toEqual({ data: [], errors: [] });
    } finally {
      await Promise.all(Object.values(follows).map((f) => f.client.dispose()));
    }
  });
});
