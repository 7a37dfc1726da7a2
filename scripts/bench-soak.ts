/**
 * npm run bench:soak: the API as `npm start` runs it in production (its own
 * process, its command, tokens required, the response cache on), on a fresh
 * database with the demo figures, under mixed reads and writes at
 * concurrency 8 for 5 minutes, over loopback. It prints every 10 s, then:
 * requests and req/s, p50 and p95 per kind of request, answers by HTTP status
 * and error code, the API's memory (resident set, sampled every 2 s: before
 * the load, the median from 30 to 90 s once the heap has grown to its working
 * size, the median of the last minute, and the highest), and whether every
 * write the API acknowledged is in the database. Exits 1 if any answer was a 5xx or an acknowledged write is
 * missing. Nothing here asserts a time.
 *
 * SOAK_SECONDS (300) and SOAK_CONCURRENCY (8) change the load; the database
 * is kinerja_soak, made afresh on BENCH_DATABASE_URL's or DATABASE_URL's
 * server, or on the bench's embedded PostgreSQL (.data/bench-postgres).
 */
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { freePort } from '../src/db/embedded';
import { OrgLevel } from '../src/org/org.model';
import { referenceTree } from '../src/seed/reference.seed';
import { startProductionApi } from './api-command';
import { benchDatabase } from './bench-db';

const ROOT = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const DATABASE = 'kinerja_soak';
const JWT_SECRET = randomBytes(32).toString('hex');
const op = (name: string) => fs.readFileSync(path.join(ROOT, 'operations', `${name}.graphql`), 'utf8');

const WILAYAH = referenceTree()
  .filter((u) => u.level === OrgLevel.WILAYAH)
  .map((u) => u.code);
const KANTOR_CABANG = referenceTree()
  .filter((u) => u.level === OrgLevel.KANTOR_CABANG)
  .map((u) => u.code);
const KANWIL = referenceTree()
  .filter((u) => u.level === OrgLevel.KANWIL)
  .map((u) => u.code);

interface Written {
  unit: string;
  day: string;
  value: string;
}

/** The kinds of request, each with its share of the load and what it sends. */
const KINDS: {
  name: string;
  weight: number;
  body: (n: number) => { query: string; variables: unknown };
  writes?: (n: number) => Written[];
}[] = [
  { name: 'dashboard', weight: 1, body: () => ({ query: op('dashboard'), variables: { period: { year: 2024 } } }) },
  {
    name: 'report',
    weight: 3,
    body: (n) => ({
      query: op('report'),
      variables: {
        input: { parent: KANWIL[n % KANWIL.length], level: 'KANTOR_CABANG', metrics: ['IURAN', 'PESERTA_AKTIF'], period: { year: 2024 } },
      },
    }),
  },
  {
    name: 'series',
    weight: 3,
    body: (n) => ({
      query: op('series'),
      variables: {
        input: {
          unit: KANTOR_CABANG[n % KANTOR_CABANG.length],
          metric: 'IURAN',
          granularity: 'MONTH',
          from: '2023-01-01',
          to: '2024-12-31',
        },
      },
    }),
  },
  {
    name: 'one office',
    weight: 4,
    body: (n) => ({
      query: `query One($code: ID!, $p: PeriodInput!) { kantorCabang(code: $code) { performance(metric: "IURAN", period: $p) { realization { value formatted } achievement { formatted } status } } }`,
      variables: { code: KANTOR_CABANG[(n * 7) % KANTOR_CABANG.length], p: { year: 2024, month: 1 + (n % 12) } },
    }),
  },
  {
    name: 'write 5 rows',
    weight: 3,
    writes: (n) =>
      Array.from({ length: 5 }, (_, i) => {
        // one day of 1991-2010 per write and row, each kabupaten/kota in turn: no two writes overlap
        const k = n * 5 + i;
        const day = new Date(Date.UTC(1991, 0, 1 + Math.floor(k / WILAYAH.length))).toISOString().slice(0, 10);
        return { unit: WILAYAH[k % WILAYAH.length], day, value: `${1000 + (k % 9000)}.${String(k % 100).padStart(2, '0')}` };
      }),
    body: () => ({ query: '', variables: {} }),
  },
];

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] : NaN;

/** The API's resident set, in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

function startApi(url: string, port: number): Promise<ChildProcess> {
  return startProductionApi({ databaseUrl: url, port, jwtSecret: JWT_SECRET, env: { DEMO_DATA: 'true' } });
}

async function main(): Promise<void> {
  const db = await benchDatabase(DATABASE);
  const admin = new Client({ connectionString: db.serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const port = await freePort();
  console.log(`soak: a fresh ${db.where}; starting the API with the demo figures…`);
  const api = await startApi(db.url, port);
  const url = `http://127.0.0.1:${port}/graphql`;
  const viewer = (await mintToken(JWT_SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'soak-viewer' }, 3600)).token;
  const editor = (await mintToken(JWT_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'soak-editor' }, 3600)).token;

  const times = new Map<string, number[]>(KINDS.map((k) => [k.name, []]));
  const answers = new Map<string, number>();
  const acknowledged: Written[] = [];
  const schedule: (typeof KINDS)[number][] = KINDS.flatMap((k) => Array<(typeof KINDS)[number]>(k.weight).fill(k));
  let next = 0;
  const tally = (key: string) => answers.set(key, (answers.get(key) ?? 0) + 1);

  async function one(): Promise<void> {
    const n = next++;
    const kind = schedule[n % schedule.length];
    const rows = kind.writes?.(n);
    const body = rows
      ? {
          query: 'mutation W($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted updated userErrors { code } } }',
          variables: { input: rows.map((r) => ({ unit: r.unit, metric: 'IURAN', periodStart: r.day, periodEnd: r.day, value: r.value })) },
        }
      : kind.body(n);
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${rows ? editor : viewer}` },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as {
        data?: { recordRealizations?: { inserted: number } };
        errors?: { extensions?: { code?: string } }[];
      };
      times.get(kind.name)!.push(performance.now() - started);
      tally(`${res.status} ${json.errors?.[0]?.extensions?.code ?? 'ok'}`);
      if (rows && res.status === 200 && json.data?.recordRealizations?.inserted === rows.length) acknowledged.push(...rows);
    } catch (e) {
      tally(`no answer: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  // a warm-up, then the memory the soak starts from
  for (let i = 0; i < 2 * schedule.length; i++) await one();
  for (const t of times.values()) t.length = 0;
  answers.clear();
  acknowledged.length = 0;
  const before = rssMb(api.pid!);
  console.log(`load: ${CONCURRENCY} clients for ${SECONDS} s; the API's resident set ${before.toFixed(0)} MB`);
  const started = Date.now();
  const until = started + SECONDS * 1000;
  // the resident set every 2 s: the heap grows to its working size in the first half minute (the
  // young generation, the response cache), then garbage collection makes it swing
  const samples: { at: number; mb: number }[] = [];
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, mb: rssMb(api.pid!) }), 2_000);
  const ticker = setInterval(() => {
    const rss = rssMb(api.pid!);
    const done = [...times.values()].reduce((a, t) => a + t.length, 0);
    const bad = [...answers].filter(([k]) => !k.startsWith('200')).reduce((a, [, n]) => a + n, 0);
    console.log(
      `  ${Math.round((Date.now() - started) / 1000)} s: ${done} requests, ${bad} not 200, ${acknowledged.length} rows acknowledged, ${rss.toFixed(0)} MB`,
    );
  }, 10_000);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) await one();
    }),
  );
  clearInterval(ticker);
  clearInterval(sampler);
  const elapsed = (Date.now() - started) / 1000;
  const median = (xs: number[]) => pct(xs, 50);
  const warm = median(samples.filter((x) => x.at >= 30 && x.at < 90).map((x) => x.mb));
  const end = median(samples.filter((x) => x.at >= elapsed - 60).map((x) => x.mb));
  const most = Math.max(...samples.map((x) => x.mb));

  // every acknowledged row, read back from the database
  const check = new Client({ connectionString: db.url });
  await check.connect();
  const { rows: missing } = await check.query<{ n: string }>(
    `select count(*) as n from jsonb_to_recordset($1::jsonb) as w(unit text, day date, value numeric)
     where not exists (select 1 from fact f where f.unit_code = w.unit and f.metric_code = 'IURAN' and f.kind = 'REALIZATION'
       and f.segment is null and f.period_start = w.day and f.period_end = w.day and f.value = w.value)`,
    [JSON.stringify(acknowledged)],
  );
  await check.end();
  api.kill('SIGTERM');
  await new Promise<void>((r) => api.once('exit', () => r()));
  await db.stop();

  const total = [...times.values()].reduce((a, t) => a + t.length, 0);
  console.log(`\n${total} requests in ${elapsed.toFixed(0)} s (${(total / elapsed).toFixed(1)} req/s) at concurrency ${CONCURRENCY}`);
  console.log('request        count   p50 ms   p95 ms');
  for (const [name, t] of times)
    console.log(
      `${name.padEnd(14)} ${String(t.length).padStart(5)} ${pct(t, 50).toFixed(1).padStart(8)} ${pct(t, 95).toFixed(1).padStart(8)}`,
    );
  console.log('answers: ' + [...answers].map(([k, n]) => `${k} x ${n}`).join(', '));
  const fiveXx = [...answers].filter(([k]) => k.startsWith('5') || k.startsWith('no answer')).reduce((a, [, n]) => a + n, 0);
  const growth = (end - warm) / warm;
  const warmText = Number.isNaN(warm)
    ? 'no median from 30 to 90 s (a run shorter than 90 s)'
    : `${warm.toFixed(0)} MB from 30 to 90 s, ${end.toFixed(0)} MB in the last minute (${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(0)}%)`;
  console.log(
    `memory (the API's resident set, medians of samples every 2 s): ${before.toFixed(0)} MB before the load, ${warmText}, ${most.toFixed(0)} MB at most`,
  );
  const lost = Number(missing[0].n);
  console.log(`writes: ${acknowledged.length} rows acknowledged, ${acknowledged.length - lost} read back, ${lost} missing`);
  console.log(`5xx answers: ${fiveXx}`);
  if (fiveXx > 0 || lost > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
