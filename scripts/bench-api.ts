/**
 * npm run bench:api: figures for the closing note, printed, never asserted.
 *
 * 1. cold start: `npm start`'s entry point on an empty data folder (embedded
 *    PostgreSQL init, migrations, reference tree, 142 182 demo figures), until ready;
 * 2. the nested dashboard query (operations/dashboard.graphql, all 646 offices x
 *    5 metrics) over HTTP: latency, and its SQL statements counted in-process;
 * 3. one office's performance over HTTP;
 * 4. Ctrl-C (SIGINT): time to stop, and whether a PostgreSQL process or lock is left;
 * 5. warm start on the same folder.
 */
import 'reflect-metadata';
import { ChildProcess, execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startArgs } from './api-command';
import { DashboardDocument } from '../src/client/generated/graphql';
import { openDatabase } from '../src/db/database';
import { freePort } from '../src/db/embedded';
import { createRequestContext } from '../src/request/context';
import { createApollo } from '../src/graphql/apollo';

const root = path.resolve(__dirname, '..');
const dashboard = fs.readFileSync(path.join(root, 'operations/dashboard.graphql'), 'utf8');

function start(dataDir: string, port: number): Promise<{ child: ChildProcess; seconds: number; banner: string }> {
  const t = process.hrtime.bigint();
  const child = spawn(process.execPath, startArgs(root), {
    cwd: root,
    env: { ...process.env, EMBEDDED_PG_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      if (out.includes('Stop:')) resolve({ child, seconds: Number(process.hrtime.bigint() - t) / 1e9, banner: out });
    });
    child.stderr!.on('data', (c) => (out += c));
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
}

async function stop(child: ChildProcess, dataDir: string): Promise<{ seconds: number; orphans: number; lockLeft: boolean }> {
  const t = process.hrtime.bigint();
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  await exited;
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  await new Promise((r) => setTimeout(r, 500));
  let orphans: number;
  try {
    orphans = execSync(`pgrep -f "[p]ostgres -D ${dataDir}" || true`).toString().trim().split('\n').filter(Boolean).length;
  } catch {
    orphans = -1; // pgrep missing: unknown
  }
  return { seconds, orphans, lockLeft: fs.existsSync(path.join(dataDir, 'postmaster.pid')) };
}

async function post(port: number, query: string, variables: object): Promise<{ ms: number; bytes: number }> {
  const t = process.hrtime.bigint();
  const res = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(text.slice(0, 500));
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: text.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-'));
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const rows: [string, string][] = [['node', process.version]];
  try {
    const cold = await start(dataDir, port);
    rows.push(['cold start (empty data folder, demo load) until ready', `${cold.seconds.toFixed(1)} s`]);

    const period = { period: { year: 2024 } };
    await post(port, dashboard, period); // warm-up
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const r = await post(port, dashboard, period);
      runs.push(r.ms);
      bytes = r.bytes;
    }
    rows.push([
      'dashboard query, whole tree, HTTP (median of 5)',
      `${median(runs).toFixed(0)} ms (min ${Math.min(...runs).toFixed(0)}, ${(bytes / 1e6).toFixed(2)} MB)`,
    ]);

    const one =
      'query ($p: PeriodInput!) { kanwil(code: "BANTEN") { performance(metric: "IURAN", period: $p) { realization { formatted } achievement { formatted } } } }';
    const single: number[] = [];
    for (let i = 0; i < 20; i++) single.push((await post(port, one, { p: { year: 2024 } })).ms);
    rows.push(['one office, one metric, HTTP (median of 20)', `${median(single).toFixed(0)} ms`]);

    const pgPort = /127\.0\.0\.1:(\d+)/.exec(cold.banner)![1];
    let statements = 0;
    const orm = await openDatabase(`postgresql://postgres:postgres@127.0.0.1:${pgPort}/kinerja`, {
      migrate: false,
      onQuery: (m) => {
        if (m.startsWith('[query]')) statements++;
      },
    });
    const apollo = createApollo({ maxDepth: 15, maxFields: 2000 });
    await apollo.start();
    statements = 0;
    const res = await apollo.executeOperation({ query: DashboardDocument, variables: period }, { contextValue: createRequestContext(orm) });
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error('dashboard failed in-process');
    rows.push(['dashboard query, SQL statements (646 offices x 5 metrics)', String(statements)]);
    await apollo.stop();
    await orm.close();

    const s1 = await stop(cold.child, dataDir);
    rows.push([
      'Ctrl-C to exit',
      `${s1.seconds.toFixed(1)} s; postgres processes left: ${s1.orphans}; postmaster.pid left: ${s1.lockLeft}`,
    ]);

    const warm = await start(dataDir, port);
    rows.push(['warm start (same folder) until ready', `${warm.seconds.toFixed(1)} s`]);
    await stop(warm.child, dataDir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
