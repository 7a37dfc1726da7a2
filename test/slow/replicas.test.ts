/**
 * Reads on a real PostgreSQL streaming replica (a primary and a replica made
 * with the machine's PostgreSQL binaries, test/support/replication.ts), through
 * the real HTTP server and its router (src/db/replicas.ts):
 * - reads are served by the replica, which is in recovery;
 * - a client reads its own write at once, even with replay paused on the
 *   replica: its commit LSN sends the read to the primary until the replica
 *   has replayed it;
 * - a replica too far behind is skipped;
 * - a stopped replica: the read in flight, and every read after, is served
 *   by the primary, with no error; once it is back, it serves reads again.
 */
import { Client } from 'pg';
import { Role } from '../../src/auth/auth.model';
import { mintToken } from '../../src/auth/auth.token';
import { ensureDatabase, openDatabase, Orm } from '../../src/db/database';
import { ReadRouter } from '../../src/db/replicas';
import { writeFacts } from '../../src/fact/fact.service';
import { AppServer, RequestRecord, startServer } from '../../src/http/server';
import { referenceTree, seedReference } from '../../src/seed/reference.seed';
import { QUERY_LIMITS, TEST_AUTH, TEST_SECRET } from '../support/app';
import { missingReplicationTools, ReplicaPair, startReplicaPair, withDatabase } from '../support/replication';
import { bantenOnly, flow, TODAY } from '../scenarios';

const missing = missingReplicationTools();
if (missing && process.env.CI) throw new Error(`CI runs the replica tests, but: ${missing}`);
const maybe = missing ? describe.skip : describe;
if (missing) console.warn(`replica tests skipped: ${missing}`);

const QUERY = `{ kanwil(code: "BANTEN") { performance(metric: "IURAN", period: { year: 2024 }) { realization { value } } } }`;
const RECORD = `mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { updated userErrors { code } } }`;

maybe('reads on a streaming replica', () => {
  let pair: ReplicaPair;
  let primary: Orm;
  let router: ReadRouter;
  let server: AppServer;
  let editor: string;
  const records: RequestRecord[] = [];

  beforeAll(async () => {
    pair = await startReplicaPair();
    const url = await ensureDatabase(pair.primaryUrl, 'kinerja_replicas');
    primary = await openDatabase(url);
    await seedReference(primary.em.fork(), bantenOnly(referenceTree()));
    const written = await writeFacts(primary.em.fork(), [flow('SERANG', 'IURAN', '2024-01-01', '2024-01-31', '1000.00')], { today: TODAY });
    expect(written.userErrors).toEqual([]);
    await pair.caughtUp();
    const replica = await openDatabase(withDatabase(pair.replicaUrl, 'kinerja_replicas'), {
      migrate: false,
      lazy: true,
      connectTimeoutMs: 2_000,
    });
    // checked when the tests say (router.check()), not by the timer
    router = new ReadRouter(primary, [{ orm: replica }], { maxLagMs: 500, checkIntervalMs: 3_600_000 });
    await router.start();
    server = await startServer(primary, {
      port: 0,
      host: '127.0.0.1',
      limits: QUERY_LIMITS,
      auth: TEST_AUTH,
      router,
      onRequest: (r) => records.push(r),
    });
    editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'replica-test' })).token;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await router?.close();
    await primary?.close(true);
    await pair?.close();
  });

  /** Sends a request and returns its answer with the server that served it (the request log's record). */
  async function send(query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
    const before = records.length;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { commitLsn?: string } };
    // the record is written when the response closes
    while (records.length === before) await new Promise((r) => setImmediate(r));
    return { status: res.status, body, lsn: res.headers.get('x-commit-lsn'), record: records[records.length - 1] };
  }

  async function read(headers: Record<string, string> = {}) {
    const { status, body, record } = await send(QUERY, headers);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const value = (body.data as { kanwil: { performance: { realization: { value: string } } } }).kanwil.performance.realization.value;
    return { value, server: record.server, fallback: record.fallback };
  }

  async function record(value: string) {
    const res = await send(
      RECORD,
      {},
      { input: [{ unit: 'SERANG', metric: 'IURAN', periodStart: '2024-01-01', periodEnd: '2024-01-31', value }] },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.record.server).toBe('primary');
    expect(res.lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(res.body.extensions?.commitLsn).toBe(res.lsn);
    return res.lsn!;
  }

  it('serves reads from the replica, a server in recovery', async () => {
    expect(await read()).toEqual({ value: '1000.00', server: 'replica-1', fallback: undefined });
    const served = await router.forRead();
    expect(served.name).toBe('replica-1');
    const [{ recovery }] = await served.orm.em
      .fork()
      .getConnection()
      .execute<{ recovery: boolean }[]>('select pg_is_in_recovery() as recovery');
    expect(recovery).toBe(true);
    const metrics = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^db_requests_served_total\{server="replica-1",fallback=""\} [1-9]/m);
    expect(metrics).toMatch(/^db_replica_up\{replica="replica-1"\} 1$/m);
  });

  it('lets a client read its own write at once, with replay paused on the replica', async () => {
    await pair.pauseReplay();
    try {
      const lsn = await record('2000.00');
      // without the write's LSN: the replica, which has not replayed it
      expect(await read()).toEqual({ value: '1000.00', server: 'replica-1', fallback: undefined });
      // with it: the primary, since the replica is behind it
      expect(await read({ 'x-commit-lsn': lsn })).toEqual({ value: '2000.00', server: 'primary', fallback: 'behind_lsn' });
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    const lsn = await record('3000.00');
    await pair.caughtUp();
    // replayed: the replica serves it
    expect(await read({ 'x-commit-lsn': lsn })).toEqual({ value: '3000.00', server: 'replica-1', fallback: undefined });
  });

  it('refuses an X-Commit-LSN that is not one', async () => {
    const { status, body } = await send(QUERY, { 'x-commit-lsn': 'yesterday' });
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_REQUEST' }) })]);
  });

  it('skips a replica further behind than REPLICA_MAX_LAG_MS', async () => {
    await pair.pauseReplay();
    try {
      await record('4000.00');
      await router.check();
      // the replica's data is older than the last check before this write: over 500 ms by now
      await new Promise((r) => setTimeout(r, 600));
      await router.check();
      expect(router.states()[0].lagMs).toBeGreaterThan(500);
      expect(await read()).toEqual({ value: '4000.00', server: 'primary', fallback: 'lagging' });
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    await router.check();
    expect(router.states()[0].lagMs).toBe(0);
    expect(await read()).toEqual({ value: '4000.00', server: 'replica-1', fallback: undefined });
  });

  it('falls back to the primary, with no error, when the replica stops; and uses it again once it is back', async () => {
    expect((await read()).server).toBe('replica-1');
    await pair.stopReplica();
    // the router still thinks it up: the read fails there and is served again by the primary
    expect(await read()).toEqual({ value: '4000.00', server: 'primary', fallback: 'failed' });
    expect(await read()).toEqual({ value: '4000.00', server: 'primary', fallback: 'down' });
    await router.check();
    expect(router.states()[0]).toMatchObject({ up: false });
    expect(await read()).toEqual({ value: '4000.00', server: 'primary', fallback: 'down' });
    const ready = await fetch(server.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);

    await pair.startReplica();
    await pair.caughtUp();
    await router.check();
    expect(router.states()[0]).toMatchObject({ up: true });
    expect(await read()).toEqual({ value: '4000.00', server: 'replica-1', fallback: undefined });
  });

  it('sends writes to the primary even when a replica is up', async () => {
    // a replica refuses writes (read-only transaction): a write routed there would fail
    const c = new Client({ connectionString: withDatabase(pair.replicaUrl, 'kinerja_replicas') });
    await c.connect();
    await expect(c.query(`update data_version set version = version`)).rejects.toThrow(/read-only/);
    await c.end();
    await record('5000.00');
  });
});
