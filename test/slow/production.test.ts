/**
 * The production path: `npm run build` compiles, and the production command
 * (package.json's start:built, which docs/deploy.md runs under systemd with
 * NODE_ENV=production) serves the API from dist/ on a database given by
 * DATABASE_URL: a token is needed, the Banten figure is right, the request is
 * logged as JSON with its X-Request-Id, and SIGTERM stops it cleanly, exit 0.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { Role } from '../../src/auth/auth.model';
import { mintToken } from '../../src/auth/auth.token';
import { freePort } from '../../src/db/embedded';
import { startArgs } from '../../scripts/api-command';
import { createTestApp, TestApp } from '../support/app';
import { withPressFigures, withReferenceTree } from '../scenarios';

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'a-production-test-secret-of-32-bytes-or-more';
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app);
  await withPressFigures(app);
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);
afterAll(() => app?.close());

it('builds, and serves the compiled API in production mode', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, startArgs(ROOT, 'start:built'), {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: app.url, JWT_SECRET: SECRET, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  child.stderr!.on('data', (d: Buffer) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const ready = Date.now();
    while (!out.includes(' ready in ')) {
      if (child.exitCode !== null) throw new Error(`the API exited:\n${out}`);
      if (Date.now() - ready > 60_000) throw new Error(`not ready within 60 s:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const url = `http://127.0.0.1:${port}/graphql`;
    const query = '{ kanwil(code: "BANTEN") { performance(metric: "IURAN", period: { year: 2017 }) { achievement { formatted } } } }';
    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(anonymous.status).toBe(401);
    const token = (await mintToken(SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'prod-test' })).token;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'prod-check-1' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { kanwil: { performance: { achievement: { formatted: '100,27%' } } } } });
    await new Promise((r) => setTimeout(r, 100));
    const line = out.split('\n').find((l) => l.includes('"prod-check-1"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'prod-check-1',
      status: 200,
      actor: 'prod-test (VIEWER, NASIONAL)',
    });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(out).toContain('stopped cleanly');
}, 120_000);
