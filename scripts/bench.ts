/**
 * npm run bench: the API at national scale, side by side with the best plain
 * SQL for the same figures (scripts/bench/floor.sql.ts), in one interleaved
 * run. Needs the data of `npm run bench:data` (add --daily for the daily row).
 *
 * The API runs as `npm start` does (its command, its own process) on
 * the bench database, as in production (NODE_ENV=production, tokens
 * required: a national VIEWER's); requests go over HTTP from this process. Per request:
 * p50 and p95 and req/s at concurrency 1 and 8, response bytes, SQL
 * statements (counted in-process on the same schema), the floor's p50 and
 * the ratio API/floor at concurrency 1, each case measured after BENCH_WARMUP
 * requests (30). Answers are asked for uncompressed (Accept-Encoding:
 * identity): the bench's client sits next to the API. Machines here are noisy: compare
 * ratios within one run, not times across runs. Nothing here asserts a time.
 */
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { openDatabase } from '../src/db/database';
import { freePort } from '../src/db/embedded';
import { createApollo } from '../src/graphql/apollo';
import { createRequestContext } from '../src/request/context';
import { startProductionApi } from './api-command';
import { BENCH_DATABASE_2Y, benchDatabase, sibling } from './bench-db';
import { FLOOR_ONE, FLOOR_REPORT, FLOOR_SERIES, FLOOR_TREE, FLOOR_TREE_GROWTH } from './bench/floor.sql';

const ROOT = path.resolve(__dirname, '..');
const op = (name: string) => fs.readFileSync(path.join(ROOT, 'operations', `${name}.graphql`), 'utf8');
const METRICS = ['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_AKTIF', 'PERUSAHAAN_BARU', 'TENAGA_KERJA_BARU'];
const ONE_OFFICE = 'PEKALONGAN';

const treeQuery = (fields: string) => `query Tree($p: PeriodInput!) { nasional { kanwil {
  code performance(metric: "IURAN", period: $p) { ${fields} }
  kantorCabang { code performance(metric: "IURAN", period: $p) { ${fields} }
    wilayah { code performance(metric: "IURAN", period: $p) { ${fields} } } } } } }`;

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  floor: { sql: string; params: unknown[] };
  /** Only with the --daily data. */
  daily?: boolean;
  /** Also compared on 2 years of history (kinerja_bench_2y). */
  history?: boolean;
}

const year = (y: number) => [`${y}-01-01`, `${y}-12-31`];
const CASES: Case[] = [
  {
    name: 'tree IURAN 2024: realization + target, kanwil > KC > wilayah',
    history: true,
    query: treeQuery('realization { value } target { value }'),
    variables: { p: { year: 2024 } },
    floor: { sql: FLOOR_TREE, params: [['IURAN'], ...year(2024), 'NASIONAL'] },
  },
  {
    name: 'tree IURAN 2024 + growth + shareOfParent',
    history: true,
    query: treeQuery('realization { value } target { value } growth { value } shareOfParent { value }'),
    variables: { p: { year: 2024 } },
    floor: { sql: FLOOR_TREE_GROWTH, params: [['IURAN'], ...year(2024), 'NASIONAL'] },
  },
  {
    name: 'dashboard.graphql: whole tree, 5 metrics, formatted',
    history: true,
    query: op('dashboard'),
    variables: { period: { year: 2024 } },
    floor: { sql: FLOOR_TREE, params: [METRICS, ...year(2024), 'NASIONAL'] },
  },
  {
    name: `one office (KC ${ONE_OFFICE}), one metric`,
    history: true,
    query: `query One($p: PeriodInput!) { kantorCabang(code: "${ONE_OFFICE}") { performance(metric: "IURAN", period: $p) { realization { value } target { value } achievement { value } } } }`,
    variables: { p: { year: 2024 } },
    floor: { sql: FLOOR_ONE, params: [['IURAN'], ...year(2024), ONE_OFFICE] },
  },
  {
    name: "report.graphql: Kanwil BANTEN's Kantor Cabang, 2 metrics",
    history: true,
    query: op('report'),
    variables: { input: { parent: 'BANTEN', level: 'KANTOR_CABANG', metrics: ['IURAN', 'PESERTA_AKTIF'], period: { year: 2024 } } },
    floor: { sql: FLOOR_REPORT, params: [['IURAN', 'PESERTA_AKTIF'], ...year(2024), 'BANTEN'] },
  },
  {
    name: `series.graphql: 10 years monthly, KC ${ONE_OFFICE}`,
    query: op('series'),
    variables: { input: { unit: ONE_OFFICE, metric: 'IURAN', granularity: 'MONTH', from: '2015-01-01', to: '2024-12-31' } },
    floor: { sql: FLOOR_SERIES, params: [['IURAN'], '2015-01-01', '2024-12-31', ONE_OFFICE] },
  },
  {
    name: `series.graphql: 2 years monthly (2023-2024), KC ${ONE_OFFICE}`,
    history: true,
    query: op('series'),
    variables: { input: { unit: ONE_OFFICE, metric: 'IURAN', granularity: 'MONTH', from: '2023-01-01', to: '2024-12-31' } },
    floor: { sql: FLOOR_SERIES, params: [['IURAN'], '2023-01-01', '2024-12-31', ONE_OFFICE] },
  },
  {
    name: 'tree IURAN 2025 from daily facts',
    query: treeQuery('realization { value } target { value }'),
    variables: { p: { year: 2025 } },
    floor: { sql: FLOOR_TREE, params: [['IURAN'], ...year(2025), 'NASIONAL'] },
    daily: true,
  },
];

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/**
 * Requests of each case before it is measured, as a running service has had:
 * each pooled connection prepares the rollup statements on first use, and
 * PostgreSQL plans them afresh for their first five runs before it keeps one
 * plan; V8 optimizes the hot code over the first tens of requests. A 10-year
 * series took 28 ms for its first 5 requests, 17 ms around the 15th and
 * 11.5 ms from the 25th on.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const CONCURRENT_REQUESTS = Number(process.env.BENCH_CONCURRENT ?? 40);
/** Only the requests whose name contains this text (e.g. BENCH_ONLY=series). */
const ONLY = process.env.BENCH_ONLY ?? '';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/**
 * The API runs as in production (NODE_ENV=production: graphql-js skips its
 * development checks, and every request carries a token that is verified),
 * with a key made for this run and a national VIEWER's token.
 */
const JWT_SECRET = randomBytes(32).toString('hex');
let bearer = '';

/** The API as npm start runs it in production; `responseCacheMb` 0 makes it compute every answer. */
function startApi(url: string, port: number, responseCacheMb: number): Promise<ChildProcess> {
  return startProductionApi({
    databaseUrl: url,
    port,
    jwtSecret: JWT_SECRET,
    env: { DEMO_DATA: 'false', RESPONSE_CACHE_MB: String(responseCacheMb) },
  });
}

async function post(port: number, c: Case): Promise<{ ms: number; bytes: number }> {
  const t = process.hrtime.bigint();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    // uncompressed, as a client next to the API would ask: on loopback compression only costs
    // (about 0.5 ms of a 10-year series, 3 ms of a cached tree), and it is the transport's, not the read model's
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'accept-encoding': 'identity' },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${c.name}: ${text.slice(0, 400)}`);
  return { ms: ms(t), bytes: Buffer.byteLength(text) };
}

async function floor(pg: Client, c: Case): Promise<{ ms: number; rows: number }> {
  const t = process.hrtime.bigint();
  const res = await pg.query(c.floor.sql, c.floor.params);
  return { ms: ms(t), rows: res.rowCount ?? 0 };
}

async function concurrently(port: number, c: Case, workers: number, total: number): Promise<{ p50: number; p95: number; rps: number }> {
  const times: number[] = [];
  let next = 0;
  const t = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < total) {
        next++;
        times.push((await post(port, c)).ms);
      }
    }),
  );
  return { p50: pct(times, 50), p95: pct(times, 95), rps: total / (ms(t) / 1000) };
}

async function statementsOf(url: string, cases: Case[]): Promise<number[]> {
  let count = 0;
  const orm = await openDatabase(url, { migrate: false, onQuery: (m) => void (m.startsWith('[query]') && count++) });
  const apollo = createApollo({ maxDepth: 15, maxFields: 100_000 });
  await apollo.start();
  const out: number[] = [];
  for (const c of cases) {
    count = 0;
    const res = await apollo.executeOperation(
      { query: c.query, variables: c.variables },
      {
        contextValue: createRequestContext(orm, {
          principal: { subject: 'bench', role: Role.VIEWER, scope: 'NASIONAL' },
          mode: 'required',
        }),
      },
    );
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(`${c.name} failed in-process`);
    out.push(count);
  }
  await apollo.stop();
  await orm.close();
  return out;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (r: string[]) => r.map((x, k) => (k === 0 ? x.padEnd(widths[k]) : x.padStart(widths[k]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

async function countFacts(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  try {
    await c.connect();
    return Number((await c.query('select count(*) as n from fact')).rows[0].n);
  } catch {
    return 0;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  // the floor runs without JIT, as the API's sessions do (src/db/mikro-orm.config.ts): it only slows these statements
  const pg = new Client({ connectionString: db.url, options: '-c jit=off' });
  let api: ChildProcess | undefined;
  let shortApi: ChildProcess | undefined;
  let cachedApi: ChildProcess | undefined;
  try {
    await pg.connect();
    const facts = Number((await pg.query('select count(*) as n from fact').catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
    if (facts === 0) throw new Error(`no data in ${db.where}: run \`npm run bench:data\` (with -- --daily for the daily row) first`);
    const daily = Number((await pg.query(`select count(*) as n from fact where period_start >= '2025-01-01'`)).rows[0].n) > 0;
    const cases = CASES.filter((c) => (!c.daily || daily) && c.name.includes(ONLY));
    bearer = (await mintToken(JWT_SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'bench' }, 6 * 3600)).token;
    const port = await freePort();
    process.stderr.write(`bench: ${facts} facts in ${db.where}; starting the API…\n`);
    api = await startApi(db.url, port, 0);
    const statements = await statementsOf(db.url, cases);

    console.log(
      `node ${process.version}; ${facts} facts; ${RUNS} runs per request at concurrency 1 (API and floor interleaved), ${CONCURRENT_REQUESTS} at concurrency 8`,
    );
    console.log('The API computing every answer (RESPONSE_CACHE_MB=0):');
    const header = [
      'request',
      'c1 p50',
      'c1 p95',
      'c1 req/s',
      'c8 p50',
      'c8 p95',
      'c8 req/s',
      'floor p50',
      'API/floor',
      'SQL stmts',
      'bytes',
      'floor rows',
    ];
    const table: string[][] = [];
    const floorP50: number[] = [];
    for (const [i, c] of cases.entries()) {
      process.stderr.write(`  ${c.name}…\n`);
      for (let w = 0; w < WARMUP; w++) await post(port, c);
      for (let w = 0; w < 2; w++) await Promise.all([post(port, c), floor(pg, c)]);
      const api1: number[] = [];
      const sql: number[] = [];
      let bytes = 0;
      let rows = 0;
      const t = process.hrtime.bigint();
      let apiTotal = 0;
      for (let r = 0; r < RUNS; r++) {
        const a = await post(port, c);
        api1.push(a.ms);
        apiTotal += a.ms;
        bytes = a.bytes;
        const f = await floor(pg, c);
        sql.push(f.ms);
        rows = f.rows;
      }
      void t;
      const c8 = await concurrently(port, c, 8, CONCURRENT_REQUESTS);
      floorP50.push(pct(sql, 50));
      const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
      table.push([
        c.name,
        `${f(pct(api1, 50))} ms`,
        `${f(pct(api1, 95))} ms`,
        (RUNS / (apiTotal / 1000)).toFixed(1),
        `${f(c8.p50)} ms`,
        `${f(c8.p95)} ms`,
        c8.rps.toFixed(1),
        `${f(pct(sql, 50))} ms`,
        `${(pct(api1, 50) / pct(sql, 50)).toFixed(1)}x`,
        String(statements[i]),
        String(bytes),
        String(rows),
      ]);
    }
    printTable(header, table);

    // the same requests as npm start serves them: repeated answers come from the response cache
    // (src/graphql/response-cache.ts), after one statement that reads the data version
    const cachedPort = await freePort();
    cachedApi = await startApi(db.url, cachedPort, 64);
    console.log('\nThe API as npm start runs it (RESPONSE_CACHE_MB=64): the same request again is answered from the cache:');
    const cachedRows: string[][] = [];
    for (const [i, c] of cases.entries()) {
      await post(cachedPort, c);
      const warm: number[] = [];
      for (let r = 0; r < RUNS; r++) warm.push((await post(cachedPort, c)).ms);
      const c8 = await concurrently(cachedPort, c, 8, CONCURRENT_REQUESTS * 4);
      cachedRows.push([
        c.name,
        `${pct(warm, 50).toFixed(1)} ms`,
        `${c8.p50.toFixed(1)} ms`,
        c8.rps.toFixed(1),
        `${floorP50[i].toFixed(1)} ms`,
        `${(pct(warm, 50) / floorP50[i]).toFixed(2)}x`,
      ]);
    }
    printTable(['request', 'c1 p50', 'c8 p50', 'c8 req/s', 'floor p50', 'API/floor'], cachedRows);

    // the same requests on 2 years of history instead of 10: cost should follow the question, not the history
    const shortUrl = sibling(db.url, BENCH_DATABASE_2Y);
    const shortFacts = await countFacts(shortUrl);
    if (shortFacts === 0) {
      console.log(
        `\n(no ${BENCH_DATABASE_2Y}: npm run bench:data -- --years 2 --database ${BENCH_DATABASE_2Y} adds the 2-year comparison)`,
      );
    } else {
      const port2 = await freePort();
      shortApi = await startApi(shortUrl, port2, 0);
      console.log(`\n2 years of history (${shortFacts} facts) vs 10 (${facts} facts), c1 p50, interleaved:`);
      const rows2: string[][] = [];
      for (const c of cases.filter((x) => x.history)) {
        for (let w = 0; w < WARMUP; w++) await Promise.all([post(port, c), post(port2, c)]);
        const long: number[] = [];
        const short: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          long.push((await post(port, c)).ms);
          short.push((await post(port2, c)).ms);
        }
        rows2.push([
          c.name,
          `${pct(long, 50).toFixed(1)} ms`,
          `${pct(short, 50).toFixed(1)} ms`,
          `${(pct(long, 50) / pct(short, 50)).toFixed(2)}x`,
        ]);
      }
      printTable(['request', '10 years', '2 years', '10y/2y'], rows2);
    }
  } finally {
    api?.kill('SIGINT');
    cachedApi?.kill('SIGINT');
    shortApi?.kill('SIGINT');
    await pg.end().catch(() => undefined);
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
