/**
 * SIGTERM during a large write batch, against the real server process
 * (npm start's command, on a test database): the batch in flight finishes
 * and its client gets the acknowledgement, with the rows in the database; a
 * request after the signal is not served; the process says "stopped
 * cleanly" and exits 0.
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { monthSpan } from '../src/calendar/calendar';
import { freePort } from '../src/db/embedded';
import { startArgs } from '../scripts/api-command';
import { createTestApp, TEST_SECRET, TestApp } from './support/app';
import { withReferenceTree } from './scenarios';

const ROOT = path.resolve(__dirname, '..');
let app: TestApp;
let child: ChildProcess | undefined;

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app);
}, 60_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  await app?.close();
});

/** 10 000 realizations, the most one batch takes: kabupaten/kota by code, 12 months of 2022, TENAGA_KERJA_BARU for two segments. */
async function batch(): Promise<Record<string, string>[]> {
  const [{ codes }] = await app.orm.em
    .getConnection()
    .execute<{ codes: string[] }[]>(`select array_agg(code order by code) as codes from org_unit where level = 'WILAYAH'`);
  const rows: Record<string, string>[] = [];
  for (const unit of codes) {
    for (let m = 1; m <= 12 && rows.length < 10_000; m++) {
      for (const segment of ['PU', 'BPU']) {
        if (rows.length >= 10_000) break;
        const span = monthSpan(2022, m);
        rows.push({ unit, metric: 'TENAGA_KERJA_BARU', segment, periodStart: span.start, periodEnd: span.end, value: String(m) });
      }
    }
  }
  return rows;
}

it('lets a write batch in flight finish on SIGTERM, then stops cleanly with exit code 0', async () => {
  const port = await freePort();
  child = spawn(process.execPath, startArgs(ROOT), {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: app.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_MODE: 'required',
      JWT_SECRET: TEST_SECRET,
      DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => out.includes(' ready in ') && (clearInterval(timer), resolve()), 50);
    void exited.then(() => reject(new Error(`the server exited:\n${out}`)));
  });

  const editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'shutdown-test' })).token;
  const rows = await batch();
  expect(rows).toHaveLength(10_000);
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = Date.now();
  const write = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify({
      query: 'mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted userErrors { code message } } }',
      variables: { input: rows },
    }),
  });
  // the signal arrives while the batch is being written
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGTERM');
  const res = await write;
  const json = (await res.json()) as { data?: { recordRealizations: { inserted: number; userErrors: unknown[] } } };
  console.log(`the batch was acknowledged ${Date.now() - started} ms after it was sent, SIGTERM at 300 ms`);
  expect(res.status).toBe(200);
  expect(json.data!.recordRealizations).toEqual({ inserted: 10_000, userErrors: [] });

  // after the signal nothing new is served
  const late = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ metrics { code } }"}',
  }).then(
    (r) => r.status,
    () => 'refused',
  );
  expect([503, 'refused']).toContain(late);

  expect(await exited).toBe(0);
  expect(out).toMatch(/SIGTERM: stopping…[\s\S]*stopped cleanly/);
  const [{ n }] = await app.orm.em
    .getConnection()
    .execute<{ n: string }[]>(
      `select count(*) as n from fact where metric_code = 'TENAGA_KERJA_BARU' and period_start >= '2022-01-01' and period_end <= '2022-12-31'`,
    );
  expect(Number(n)).toBe(10_000);
}, 90_000);
