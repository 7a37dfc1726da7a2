/**
 * npm run reset, as a child process: it removes the embedded database's data
 * folder so that the next npm start loads the demo data afresh; it refuses
 * while a server runs on the folder, and with DATABASE_URL set.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-reset-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function reset(env: NodeJS.ProcessEnv) {
  const env2 = { ...process.env, ...env };
  delete env2.DATABASE_URL;
  if (env.DATABASE_URL) env2.DATABASE_URL = env.DATABASE_URL;
  const run = spawnSync('npm', ['run', '--silent', 'reset'], { cwd: ROOT, env: env2, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** A data folder as initdb leaves it, with a server's pid file when `pid` is given. */
function dataFolder(pid?: number): string {
  const data = path.join(dir, 'postgres');
  fs.mkdirSync(data);
  fs.writeFileSync(path.join(data, 'PG_VERSION'), '15\n');
  if (pid !== undefined) fs.writeFileSync(path.join(data, 'postmaster.pid'), `${pid}\n${data}\n`);
  return data;
}

it('removes the embedded data folder, a stale pid file included', () => {
  const data = dataFolder(2 ** 22 + 7); // no such process
  const run = reset({ EMBEDDED_PG_DIR: data });
  expect(run.out).toContain(`Removed the embedded database in ${data}`);
  expect(run.status).toBe(0);
  expect(fs.existsSync(data)).toBe(false);
}, 60_000);

it('refuses while a server runs on it, and says what to do', () => {
  const data = dataFolder(process.pid);
  const run = reset({ EMBEDDED_PG_DIR: data });
  expect(run.status).toBe(2);
  expect(run.out).toMatch(/is running on .*stop npm start/);
  expect(fs.existsSync(path.join(data, 'PG_VERSION'))).toBe(true);
}, 60_000);

it('does nothing with DATABASE_URL set', () => {
  const data = dataFolder();
  const run = reset({ EMBEDDED_PG_DIR: data, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
  expect(run.status).toBe(2);
  expect(run.out).toContain('DATABASE_URL is set');
  expect(fs.existsSync(path.join(data, 'PG_VERSION'))).toBe(true);
}, 60_000);
