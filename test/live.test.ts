/**
 * Live updates in one process, over a real WebSocket and PostgreSQL NOTIFY:
 * the edges of the subscription endpoint (many subscribing at once, the
 * limits, what it refuses, a message that is not ours) and a change no
 * message told of, found by the data-version poll.
 */
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AppServer } from '../src/http/server';
import { LiveHub } from '../src/live/live.service';
import { createTestApp, TestApp } from './support/app';
import { startLiveServer, until } from './support/live';
import { bantenOnly, flow, withReferenceTree, write } from './scenarios';

let app: TestApp;
let server: AppServer;
let live: LiveHub;
const clients: WsClient[] = [];

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app).then((units) => bantenOnly(units));
  await write(app, [flow('SERANG', 'IURAN', '2024-01-01', '2024-01-31', '1000.00')]);
  ({ server, live } = await startLiveServer(app, { windowMs: 50, pollMs: 100, perConnection: 12 }));
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop();
  await live?.close();
  await app?.close();
});

function connect(): WsClient {
  const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  return client;
}

const SUBSCRIPTION = (unit: string) =>
  `subscription { performanceChanged(unit: "${unit}", metric: "IURAN", period: { year: 2024 }) { realization { value } } }`;

/** Subscribes and collects what arrives. */
function follow(client: WsClient, query: string) {
  const got = { data: [] as unknown[], errors: [] as { code?: string; message: string }[] };
  client.subscribe(
    { query },
    {
      next: (r) => {
        if (r.data) got.data.push(r.data);
        for (const e of r.errors ?? []) got.errors.push({ code: e.extensions?.code as string | undefined, message: e.message });
      },
      error: (e) => {
        for (const x of Array.isArray(e) ? e : [e]) got.errors.push({ code: x?.extensions?.code, message: String(x?.message ?? x) });
      },
      complete: () => undefined,
    },
  );
  return got;
}

it('holds every subscription of a crowd that subscribes at once, and pushes to each', async () => {
  const client = connect();
  const crowd = Array.from({ length: 10 }, () => follow(client, SUBSCRIPTION('BANTEN')));
  await until(() => live.size === 10);
  expect(live.size).toBe(10);
  await write(app, [flow('SERANG', 'IURAN', '2024-02-01', '2024-02-29', '500.00')]);
  await until(() => crowd.every((g) => g.data.length === 1));
  expect(crowd.map((g) => g.data)).toEqual(crowd.map(() => [{ performanceChanged: { realization: { value: '1500.00' } } }]));
  await client.dispose();
  await until(() => live.size === 0);
  expect(live.size).toBe(0);
});

it('refuses more subscriptions on one connection than SUBSCRIPTIONS_PER_CONNECTION', async () => {
  const client = connect();
  const held = Array.from({ length: 12 }, () => follow(client, SUBSCRIPTION('SERANG')));
  await until(() => live.size === 12);
  const extra = follow(client, SUBSCRIPTION('SERANG'));
  await until(() => extra.errors.length > 0);
  expect(extra.errors.map((e) => e.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
  expect(held.every((g) => g.errors.length === 0)).toBe(true);
  await client.dispose();
  await until(() => live.size === 0);
});

it('serves only subscriptions over WebSocket, and only over WebSocket', async () => {
  const query = follow(connect(), '{ metrics { code } }');
  await until(() => query.errors.length > 0);
  expect(query.errors.map((e) => e.code)).toEqual(['BAD_REQUEST']);

  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SUBSCRIPTION('BANTEN') }),
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
});

it('prices a subscription by the query cost model', async () => {
  const wide = follow(
    connect(),
    'subscription { performanceChanged(unit: "NASIONAL", metric: "IURAN", period: { year: 2024 }) { unit { children { children { children { performances(period: { year: 2024 }) { status } } } } } } }',
  );
  await until(() => wide.errors.length > 0);
  expect(wide.errors.map((e) => e.code)).toEqual(['QUERY_TOO_COMPLEX']);
});

it('ignores a message on its channel that is not one of ours, and goes on', async () => {
  const got = follow(connect(), SUBSCRIPTION('BANTEN'));
  await until(() => live.size === 1);
  const sql = app.orm.em.fork().getConnection();
  for (const junk of ['{"v":"x"}', '{"l":"not-an-lsn"}', 'hello', '{"t":[["SERANG"]]}', '[]']) {
    await sql.execute(`select pg_notify('kinerja_changes', ?)`, [junk]);
  }
  await write(app, [flow('SERANG', 'IURAN', '2024-03-01', '2024-03-31', '250.00')]);
  await until(() => got.data.length === 1);
  expect(got.data).toEqual([{ performanceChanged: { realization: { value: '1750.00' } } }]);
});

it('finds a change no message told of (SQL by hand) by the data-version poll', async () => {
  const before = live.size;
  const got = follow(connect(), SUBSCRIPTION('SERANG'));
  await until(() => live.size === before + 1);
  // straight into the table: the triggers raise the data version, but no process publishes a message
  await app.orm.em
    .fork()
    .getConnection()
    .execute(`update fact set value = value + 1 where unit_code = 'SERANG' and period_start = '2024-03-01' and kind = 'REALIZATION'`);
  await until(() => got.data.length === 1);
  expect(got.data).toEqual([{ performanceChanged: { realization: { value: '1751.00' } } }]);
});
