/**
 * npm run bench:partitions: the fact table RANGE-partitioned by year, beside
 * the ordinary one, on ten years of daily facts (for docs/scale.md). Needs
 * BENCH_DATABASE_URL, a server URL: the script makes its own databases there,
 * named kinerja_bench_*, and touches no other.
 *
 *   npm run bench:partitions [-- --years 10] [-- --plans DIR] [-- --cluster] [-- --rebuild] [-- --drop]
 *
 * 1. The data set, database kinerja_bench_daily_<N>y, made once and then
 *    reused (--rebuild makes it again): `npm run bench:data -- --years N`
 *    (monthly figures of every kabupaten/kota up to 2024, yearly targets at
 *    every level, figures recorded by Kanwil and Kantor Cabang), then every
 *    monthly flow realization of a kabupaten/kota (IURAN, PERUSAHAAN_BARU,
 *    TENAGA_KERJA_BARU by segment) replaced by one fact per day, the days
 *    adding up to the month exactly, inserted in the order days arrive (day,
 *    then office), through every rule and audit trigger of the database.
 *    Stocks stay month-end positions. A period of whole months has the
 *    figures of bench:data; there are about 16 times as many facts.
 * 2. The partitioned copy, kinerja_bench_daily_<N>y_part: a copy of that
 *    database (CREATE DATABASE ... TEMPLATE) in which `fact` is partitioned
 *    BY RANGE (period_start), one partition per calendar year from the first
 *    year of data to next year (fact_within_one_year keeps every fact inside
 *    one year), with the same rows in the same order. The constraints,
 *    indexes and triggers of the migrated table are read from the catalogue
 *    and made again on the partitioned table; what PostgreSQL refuses is
 *    printed with its reason, and with what took its place.
 * 3. The write path on both databases: the app's writeFacts, copyFacts and
 *    deleteFact on a fact of a year without data, left as found.
 * 4. The reads: the app's own statements through its own code
 *    (rollupSubtrees, rollupSeries: named prepared statements, a generic plan
 *    after five runs) for a dashboard (the whole tree from Kantor Pusat,
 *    IURAN, one year; and a year to date) and, for the cost side, a 10-year
 *    monthly series. Per case: the median of BENCH_RUNS runs (21) per
 *    database, interleaved, after BENCH_WARMUP runs (10); and EXPLAIN
 *    (ANALYZE, BUFFERS) of the same statement and parameter: buffers, the
 *    fact partitions in the plan and those actually scanned (pruning at run
 *    time shows as partitions "never executed"). --plans DIR writes the text
 *    plans there.
 * 5. Retiring the oldest year (DELETE against DETACH PARTITION) and a write
 *    that names a partition instead of fact, each rolled back: which of
 *    fact's statement triggers (rules, audit, data version) run.
 * 6. With --cluster: the year of the dashboard rewritten in the order of
 *    fact_natural_key (CLUSTER; the ordinary table: all of it, the
 *    partitioned one: that year's partition), then the dashboard's EXPLAIN
 *    again, each rolled back. Daily facts arrive day by day, so one office's
 *    facts of a year lie on as many pages as it has days.
 *
 * --drop drops both databases and stops. Nothing here asserts a time. The
 * machines are shared and noisy: compare the two columns of one run.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { todayInJakarta } from '../src/calendar/calendar';
import { openDatabase, Orm } from '../src/db/database';
import { copyFacts } from '../src/fact/fact.copy';
import { FactInput, FactKind } from '../src/fact/fact.model';
import { deleteFact, writeFacts } from '../src/fact/fact.service';
import { TimeAggregation } from '../src/metric/metric.model';
import { Granularity } from '../src/report/report.model';
import { seriesPeriods } from '../src/report/report.service';
import { rollupSeries, RollupQuery, rollupSubtrees } from '../src/rollup/rollup.repository';
import { ROLLUP_SQL } from '../src/rollup/rollup.sql';
import { seriesSql } from '../src/rollup/series.sql';
import { sibling } from './bench-db';

const ROOT = path.resolve(__dirname, '..');
/** Bumped when the data set or the partitioned copy is made differently: a database with another mark is made again. */
const DATA_MARK = 'bench-partitions data v1';
const PART_MARK = 'bench-partitions partitioned copy v1';
const ACTOR = { id: 'system:bench-partitions' };
/** A kabupaten/kota (Kota Pekalongan) and a Kantor Cabang (Pekalongan) for the write check and the series. */
const WILAYAH = '33.75';
const CABANG = 'PEKALONGAN';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (text: string) => process.stderr.write(`${text}\n`);

/** A pg client on `url` with the app's session settings (jit off, src/db/mikro-orm.config.ts). */
async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, options: '-c jit=off' });
  await client.connect();
  return client;
}

/** One statement (or several, without parameters) on a fresh connection to `url`. */
async function once<T = unknown>(url: string, sql: string, values?: unknown[]): Promise<T[]> {
  const client = await connect(url);
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The comment of database `name`, or null when there is no such database. */
async function markOf(server: string, name: string): Promise<string | null> {
  const rows = await once<{ mark: string | null }>(
    server,
    `select coalesce(shobj_description(oid, 'pg_database'), '') as mark from pg_database where datname = $1`,
    [name],
  );
  return rows.length === 0 ? null : rows[0].mark;
}

/** Runs a child process in the project root, its output on ours. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} ended with ${code ?? signal}`))));
  });
}

// ---------------------------------------------------------------- 1. the data set

/**
 * Replaces the monthly flow realizations of every kabupaten/kota of `year`
 * by daily ones: day i of a month of n days gets floor(v / n), one rupiah or
 * count more on the first (v mod n) days, and the sen on the last day, so the
 * days add up to the month exactly. Inserted by day, then office, metric and
 * segment, as daily reports arrive; every rule and audit trigger of fact runs.
 */
const SPLIT_INTO_DAYS = `
with monthly as (
  delete from fact f using org_unit u, metric m
  where u.code = f.unit_code and u.level = 'WILAYAH' and m.code = f.metric_code and m.time_aggregation = 'SUM'
    and f.kind = 'REALIZATION' and f.period_start >= make_date($1, 1, 1) and f.period_start <= make_date($1, 12, 31)
    and f.period_end > f.period_start
  returning f.unit_code, f.metric_code, f.segment, f.period_start, f.period_end, f.value
)
insert into fact (unit_code, metric_code, segment, kind, period_start, period_end, value, note)
select m.unit_code, m.metric_code, m.segment, 'REALIZATION', m.period_start + d.i, m.period_start + d.i,
  floor(trunc(m.value) / n.n) + case when d.i < mod(trunc(m.value), n.n) then 1 else 0 end
    + case when d.i = n.n - 1 then m.value - trunc(m.value) else 0 end,
  'bench: daily, from the monthly figure'
from monthly m
cross join lateral (select m.period_end - m.period_start + 1 as n) n
cross join lateral generate_series(0, n.n - 1) d(i)
order by m.period_start + d.i, m.unit_code, m.metric_code, m.segment`;

/** `npm run bench:data -- --years N` into `name`, then the monthly flows into daily ones (SPLIT_INTO_DAYS). */
async function makeDataSet(server: string, name: string, years: number): Promise<void> {
  const started = process.hrtime.bigint();
  log(`\n== the data set: npm run bench:data -- --years ${years} --database ${name}`);
  await run(['--require', 'ts-node/register', 'scripts/bench-data.ts', '--years', String(years), '--database', name], {
    BENCH_DATABASE_URL: server,
  });
  const db = await connect(sibling(server, name));
  try {
    const dataYears = (
      await db.query<{ y: number }>(`select distinct extract(year from period_start)::int as y from fact order by 1`)
    ).rows.map((r) => r.y);
    log(`== monthly flows of every kabupaten/kota into daily facts, ${dataYears[0]}-${dataYears[dataYears.length - 1]}`);
    await db.query('begin');
    await db.query(`select set_config('kinerja.actor', $1, true), set_config('kinerja.note', 'bench: monthly into daily', true)`, [
      ACTOR.id,
    ]);
    // the foreign keys checked once for the whole load, as copyFacts does (src/fact/fact.copy.ts)
    const foreignKeys = (
      await db.query<{ name: string; definition: string }>(
        `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
         where conrelid = 'fact'::regclass and contype = 'f' order by conname`,
      )
    ).rows;
    for (const fk of foreignKeys) await db.query(`alter table fact drop constraint "${fk.name}"`);
    for (const y of dataYears) {
      const t = process.hrtime.bigint();
      const res = await db.query(SPLIT_INTO_DAYS, [y]);
      log(`  ${y}: ${res.rowCount} daily facts in ${(ms(t) / 1000).toFixed(1)} s`);
    }
    for (const fk of foreignKeys) await db.query(`alter table fact add constraint "${fk.name}" ${fk.definition}`);
    await db.query('commit');
    // a compact table with freshly built indexes, as the partitioned copy will have; then statistics
    // and the visibility map (autovacuum may be off on the bench's server)
    log('== vacuum full, vacuum analyze');
    await db.query('vacuum full fact');
    await db.query('vacuum analyze fact, org_unit, metric');
    const [{ n }] = (await db.query<{ n: string }>('select count(*) as n from fact')).rows;
    await db.query(`comment on database ${name} is '${DATA_MARK}: ${years} years, ${n} facts'`);
    log(`== ${n} facts in ${(ms(started) / 1000).toFixed(0)} s`);
  } catch (e) {
    await db.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

// ---------------------------------------------------------------- 2. the partitioned copy

/** What became of one rule of the ordinary fact table on the partitioned one. */
interface Carried {
  what: string;
  definition: string;
  /** 'kept', or PostgreSQL's refusal and what took its place. */
  outcome: string;
}

/**
 * Makes `name` a copy of `source` in which fact is partitioned by year. Every
 * constraint, index and trigger of the migrated table is made again from its
 * catalogue definition, after the rows are in. Returns what became of each.
 */
async function makePartitionedCopy(server: string, source: string, name: string): Promise<Carried[]> {
  const started = process.hrtime.bigint();
  log(`\n== the partitioned copy: ${name} (a copy of ${source})`);
  await once(server, `drop database if exists ${name} with (force)`);
  // FILE_COPY: the files as they are, rather than every page through the WAL
  await once(server, `create database ${name} template ${source} strategy file_copy`);
  log(`  copied the database in ${(ms(started) / 1000).toFixed(1)} s`);
  const db = await connect(sibling(server, name));
  const carried: Carried[] = [];
  try {
    const rules = async (kinds: string) =>
      (
        await db.query<{ name: string; definition: string }>(
          `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
           where conrelid = 'fact'::regclass and contype = any($1) order by conname`,
          [kinds.split('')],
        )
      ).rows;
    // c: check, p: primary key, u: unique, x: exclusion, f: foreign key (PostgreSQL 15 keeps NOT NULL on the column)
    const checks = await rules('c');
    const keys = await rules('pux');
    const foreignKeys = await rules('f');
    const indexes = (
      await db.query<{ name: string; definition: string }>(
        `select c.relname as name, pg_get_indexdef(x.indexrelid) as definition
         from pg_index x join pg_class c on c.oid = x.indexrelid
         where x.indrelid = 'fact'::regclass and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
         order by 1`,
      )
    ).rows;
    const triggers = (
      await db.query<{ name: string; definition: string }>(
        `select tgname as name, pg_get_triggerdef(oid) as definition from pg_trigger
         where tgrelid = 'fact'::regclass and not tgisinternal order by 1`,
      )
    ).rows;
    const [{ firstYear }] = (
      await db.query<{ firstYear: number }>(`select extract(year from min(period_start))::int as "firstYear" from fact`)
    ).rows;
    const lastYear = Number(todayInJakarta().slice(0, 4)) + 1;

    await db.query('begin');
    // the old table, stripped of its rules so that their names are free for the new one
    await db.query('alter table fact rename to fact_unpartitioned');
    for (const t of triggers) await db.query(`drop trigger "${t.name}" on fact_unpartitioned`);
    for (const k of [...foreignKeys, ...checks, ...keys]) await db.query(`alter table fact_unpartitioned drop constraint "${k.name}"`);
    for (const i of indexes) await db.query(`drop index "${i.name}"`);
    // the same columns, defaults (the id sequence) and NOT NULLs; the rules come after the rows
    await db.query(
      `create table fact (like fact_unpartitioned including defaults including storage including comments) partition by range (period_start)`,
    );
    const [{ seq }] = (await db.query<{ seq: string }>(`select pg_get_serial_sequence('fact_unpartitioned', 'id') as seq`)).rows;
    await db.query(`alter sequence ${seq} owned by fact.id`);
    for (let y = firstYear; y <= lastYear; y++) {
      await db.query(`create table fact_y${y} partition of fact for values from ('${y}-01-01') to ('${y + 1}-01-01')`);
    }
    // the rows in the order they have (one scan, not parallel, from the first page)
    await db.query('set local synchronize_seqscans = off');
    await db.query('set local max_parallel_workers_per_gather = 0');
    const t = process.hrtime.bigint();
    const copied = await db.query('insert into fact select * from fact_unpartitioned');
    log(`  ${copied.rowCount} facts into ${lastYear - firstYear + 1} partitions in ${(ms(t) / 1000).toFixed(1)} s`);
    await db.query('drop table fact_unpartitioned');

    /** Runs `sql` in a savepoint: true if PostgreSQL took it; else notes its refusal. */
    const attempt = async (what: string, definition: string, sql: string): Promise<boolean> => {
      await db.query('savepoint rule');
      try {
        await db.query(sql);
        await db.query('release savepoint rule');
        carried.push({ what, definition, outcome: 'kept' });
        return true;
      } catch (e) {
        await db.query('rollback to savepoint rule');
        carried.push({ what, definition, outcome: `refused: ${(e as Error).message}` });
        return false;
      }
    };
    for (const k of [...checks, ...keys]) {
      const ok = await attempt(`constraint ${k.name}`, k.definition, `alter table fact add constraint "${k.name}" ${k.definition}`);
      // a primary key must hold the partition key: the id is unique by its sequence, not by an index, any more
      if (!ok && k.definition.startsWith('PRIMARY KEY')) {
        const cols = k.definition.replace(/^PRIMARY KEY \((.*)\)$/, '$1');
        await db.query(`alter table fact add constraint "${k.name}" primary key (${cols}, period_start)`);
        carried[carried.length - 1].outcome += `; instead: PRIMARY KEY (${cols}, period_start)`;
      }
    }
    for (const i of indexes) await attempt(`index ${i.name}`, i.definition, i.definition);
    for (const k of foreignKeys)
      await attempt(`constraint ${k.name}`, k.definition, `alter table fact add constraint "${k.name}" ${k.definition}`);
    for (const tr of triggers) await attempt(`trigger ${tr.name}`, tr.definition, tr.definition);
    log(`  constraints, indexes and triggers made again in ${(ms(t) / 1000).toFixed(1)} s since the copy began`);
    // Not in the migrated table any more (migration set_based_fact_rules dropped it for a trigger): the
    // first migration's exclusion constraint for non-overlapping realizations, tried on the partitioned
    // table and on one partition (next year's, still empty: building the GiST index is not the point),
    // and not kept either way.
    const exclusion = `EXCLUDE USING gist (unit_code WITH =, metric_code WITH =, (coalesce(segment, '')) WITH =, daterange(period_start, period_end, '[]') WITH &&) WHERE (kind = 'REALIZATION')`;
    for (const table of ['fact', `fact_y${lastYear}`]) {
      await db.query('savepoint exclusion');
      try {
        await db.query(`alter table ${table} add constraint fact_realization_no_overlap_check ${exclusion}`);
        carried.push({
          what: `former exclusion constraint on ${table}`,
          definition: exclusion,
          outcome: 'possible (not kept: the overlap rule is the trigger fact_check_rows_*)',
        });
      } catch (e) {
        carried.push({
          what: `former exclusion constraint on ${table}`,
          definition: exclusion,
          outcome: `refused: ${(e as Error).message}`,
        });
      }
      await db.query('rollback to savepoint exclusion');
    }
    await db.query(`create table bench_partitions_carried (what text, definition text, outcome text)`);
    for (const c of carried) await db.query(`insert into bench_partitions_carried values ($1, $2, $3)`, [c.what, c.definition, c.outcome]);
    await db.query('commit');
    log('== vacuum analyze');
    await db.query('vacuum analyze fact, org_unit, metric');
    await db.query(`comment on database ${name} is '${PART_MARK} of ${source}'`);
    log(`== partitioned copy in ${(ms(started) / 1000).toFixed(0)} s`);
    return carried;
  } catch (e) {
    await db.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

// ---------------------------------------------------------------- 3. the write path

/** What `work` gives, or its error as text. */
async function outcome(work: () => Promise<string>): Promise<string> {
  try {
    return await work();
  } catch (e) {
    const pg = e as { code?: string; constraint?: string; message?: string };
    // MikroORM puts the statement before PostgreSQL's message: keep the message
    const message = (pg.message ?? String(e)).replace(/^[\s\S]* - /, '');
    return `error ${pg.code ?? ''}${pg.constraint ? ` (${pg.constraint})` : ''}: ${message}`;
  }
}

/**
 * The app's write paths on a fact of `year` (a year with a partition and no
 * data): writeFacts (the API's mutations and npm run import: an upsert
 * through ON CONFLICT), copyFacts (bulk loads: COPY), an overlapping daily
 * realization (must be refused), a target for a year without a partition,
 * and deleteFact. The facts written are deleted again.
 */
async function writeChecks(orm: Orm, year: number, farYear: number): Promise<[string, string][]> {
  const month: FactInput = {
    unit: WILAYAH,
    metric: 'IURAN',
    kind: FactKind.REALIZATION,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-01-31`,
    value: '1000.00',
    note: 'bench-partitions: write check',
  };
  const day: FactInput = { ...month, periodStart: `${year}-01-15`, periodEnd: `${year}-01-15` };
  const target: FactInput = {
    ...month,
    unit: 'NASIONAL',
    kind: FactKind.TARGET,
    periodStart: `${farYear}-01-01`,
    periodEnd: `${farYear}-12-31`,
  };
  const summary = (s: { inserted: number; updated: number; userErrors: { code: string }[] }) =>
    s.userErrors.length > 0
      ? `user errors ${s.userErrors.map((u) => u.code).join(', ')}`
      : `ok, ${s.inserted} inserted, ${s.updated} updated`;
  const remove = async (f: FactInput) => (await deleteFact(orm.em.fork(), f, 'bench-partitions: clean-up', ACTOR)).deleted;
  const out: [string, string][] = [];
  out.push(['writeFacts, a new monthly realization', await outcome(async () => summary(await writeFacts(orm.em.fork(), [month])))]);
  out.push([
    'writeFacts, the same with a new value',
    await outcome(async () => summary(await writeFacts(orm.em.fork(), [{ ...month, value: '2000.00' }]))),
  ]);
  await remove(month);
  out.push(['copyFacts, the monthly realization', await outcome(async () => `ok, ${await copyFacts(orm.em.fork(), [month], ACTOR)} row`)]);
  out.push([
    'copyFacts, a daily realization inside that month',
    await outcome(async () => `accepted (wrong): ${await copyFacts(orm.em.fork(), [day], ACTOR)} row`),
  ]);
  out.push([`copyFacts, a target for ${farYear}`, await outcome(async () => `ok, ${await copyFacts(orm.em.fork(), [target], ACTOR)} row`)]);
  out.push(['deleteFact, the monthly realization', await outcome(async () => `ok, ${await remove(month)} deleted`)]);
  // whatever went in goes out again: the data set stays as it was made
  await remove(day);
  await remove(target);
  return out;
}

// ---------------------------------------------------------------- 4. the reads

/** The rollup statement's text as the repository prepares it (src/rollup/rollup.repository.ts). */
const ROLLUP_TEXT = ROLLUP_SQL.replace('?::jsonb', '$1::jsonb');

interface Case {
  name: string;
  /** The request through the app's code. */
  run: (orm: Orm) => Promise<number>;
  /** The same statement and parameter, for EXPLAIN. */
  text: string;
  parameter: string;
}

/** A rollup request and its parameter as rollupSubtrees builds it (one query). */
function rollupCase(name: string, query: RollupQuery, roots: string[]): Case {
  const parameter = JSON.stringify([
    { qid: 0, metric: query.metric, scale: query.scale, segment: query.segment, pstart: query.period.start, pend: query.period.end, roots },
  ]);
  return {
    name,
    run: async (orm) => (await rollupSubtrees(orm.em.fork(), [{ ...query, roots }]))[0].size,
    text: ROLLUP_TEXT,
    parameter,
  };
}

/** A monthly series of IURAN of one office over `years`, and its parameter as rollupSeries builds it. */
function seriesCase(name: string, unit: string, from: string, to: string): Case {
  const points = seriesPeriods(Granularity.MONTH, from, to);
  const query = { metric: 'IURAN', scale: 2, segment: null, unit, aggregation: TimeAggregation.SUM, granularity: 'month' as const, points };
  const parameter = JSON.stringify({
    metric: query.metric,
    scale: query.scale,
    segment: query.segment,
    unit,
    granularity: query.granularity,
    points: points.map((p) => [p.start, p.end]),
  });
  return { name, run: async (orm) => (await rollupSeries(orm.em.fork(), query)).length, text: seriesSql(TimeAggregation.SUM), parameter };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Loops'?: number;
  'Actual Rows'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Subplans Removed'?: number;
  Plans?: PlanNode[];
}

interface Explained {
  executionMs: number;
  planningMs: number;
  hit: number;
  read: number;
  /** fact or its partitions: in the plan, scanned at least once, index or table scans, rows they gave. */
  inPlan: number;
  scanned: string[];
  scans: number;
  rows: number;
  subplansRemoved: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a case, the figures read off its plan; `isFact` tells fact's relations. */
async function explain(db: Client, c: Case, isFact: (relation: string) => boolean): Promise<Explained> {
  const res = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }] }>(
    `explain (analyze, buffers, format json) ${c.text}`,
    [c.parameter],
  );
  const [top] = res.rows[0]['QUERY PLAN'];
  const inPlan = new Set<string>();
  const scanned = new Set<string>();
  let scans = 0;
  let rows = 0;
  let subplansRemoved = 0;
  const walk = (n: PlanNode) => {
    subplansRemoved += n['Subplans Removed'] ?? 0;
    const rel = n['Relation Name'];
    if (rel && isFact(rel)) {
      inPlan.add(rel);
      const loops = n['Actual Loops'] ?? 0;
      if (loops > 0) scanned.add(rel);
      scans += loops;
      rows += (n['Actual Rows'] ?? 0) * loops;
    }
    for (const child of n.Plans ?? []) walk(child);
  };
  walk(top.Plan);
  return {
    executionMs: top['Execution Time'],
    planningMs: top['Planning Time'],
    hit: top.Plan['Shared Hit Blocks'] ?? 0,
    read: top.Plan['Shared Read Blocks'] ?? 0,
    inPlan: inPlan.size,
    scanned: [...scanned].sort(),
    scans,
    rows: Math.round(rows),
    subplansRemoved,
  };
}

/** One database under test: the app's ORM (one connection, so its prepared statements are reused), a client for EXPLAIN. */
interface Target {
  label: string;
  url: string;
  orm: Orm;
  pg: Client;
  partitions: string[];
}

async function openTarget(label: string, url: string): Promise<Target> {
  const orm = await openDatabase(url, { migrate: false, poolMax: 1 });
  const pg = await connect(url);
  const partitions = (
    await pg.query<{ name: string }>(
      `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'fact'::regclass order by 1`,
    )
  ).rows.map((r) => r.name);
  return { label, url, orm, pg, partitions };
}

/** Sizes of fact: rows by year, heap and indexes (all partitions together). */
async function sizes(t: Target): Promise<{ facts: number; heapMb: number; indexMb: number; byYear: string }> {
  const rels = t.partitions.length > 0 ? t.partitions : ['fact'];
  const [s] = (
    await t.pg.query<{ heap: string; idx: string }>(
      `select sum(pg_table_size(r::regclass)) as heap, sum(pg_indexes_size(r::regclass)) as idx from unnest($1::text[]) r`,
      [rels],
    )
  ).rows;
  const years = (
    await t.pg.query<{ y: number; n: number }>(
      `select extract(year from period_start)::int as y, count(*)::int as n from fact group by 1 order by 1`,
    )
  ).rows;
  return {
    facts: years.reduce((a, r) => a + r.n, 0),
    heapMb: Number(s.heap) / 2 ** 20,
    indexMb: Number(s.idx) / 2 ** 20,
    byYear: years.map((r) => `${r.y}: ${r.n}`).join(', '),
  };
}

/** Partition names fact_yNNNN as runs of years: "fact_y2015-2024 (10)". */
function partitionRuns(names: string[]): string {
  const years = names.map((n) => Number(n.replace(/^fact_y/, ''))).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(i === j ? `${years[i]}` : `${years[i]}-${years[j]}`);
    i = j;
  }
  return names.length === 0 ? 'none' : `fact_y${runs.join(', ')} (${names.length})`;
}

/** The rows of a side-by-side table, padded into columns. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   ')).join('\n');
}

async function measure(c: Case, targets: Target[], plansDir: string | undefined): Promise<void> {
  // warm-up: the prepared statement's five custom plans, then its generic plan; the pages in memory
  for (const t of targets) for (let i = 0; i < WARMUP; i++) await c.run(t.orm);
  const times: number[][] = targets.map(() => []);
  let rowsOut = 0;
  for (let i = 0; i < RUNS; i++) {
    // interleaved, each database first every other run
    const order = i % 2 === 0 ? targets.map((_, k) => k) : targets.map((_, k) => k).reverse();
    for (const k of order) {
      const t = process.hrtime.bigint();
      rowsOut = await c.run(targets[k].orm);
      times[k].push(ms(t));
    }
  }
  const explained: Explained[] = [];
  for (const t of targets) {
    const isFact = (rel: string) => rel === 'fact' || t.partitions.includes(rel);
    await explain(t.pg, c, isFact); // once more to warm up, the second one counts
    explained.push(await explain(t.pg, c, isFact));
    if (plansDir) {
      const res = await t.pg.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, format text) ${c.text}`, [c.parameter]);
      const file = path.join(plansDir, `${c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.${t.label}.txt`);
      fs.writeFileSync(file, res.rows.map((r) => r['QUERY PLAN']).join('\n') + '\n');
    }
  }
  const fmt = (x: number) => x.toFixed(1);
  console.log(`\n${c.name} (${rowsOut} rows out)`);
  console.log(
    table([
      ['', ...targets.map((t) => t.label)],
      [`median of ${RUNS} runs, ms`, ...times.map((x) => fmt(median(x)))],
      ['min - max, ms', ...times.map((x) => `${fmt(Math.min(...x))} - ${fmt(Math.max(...x))}`)],
      ['EXPLAIN ANALYZE execution, ms', ...explained.map((e) => fmt(e.executionMs))],
      ['planning, ms (once per connection)', ...explained.map((e) => fmt(e.planningMs))],
      ['shared buffers hit + read', ...explained.map((e) => `${e.hit} + ${e.read}`)],
      [
        'fact relations in plan / scanned',
        ...explained.map((e, k) =>
          targets[k].partitions.length ? `${e.inPlan} / ${e.scanned.length}` : `${e.inPlan} table / ${e.scanned.length}`,
        ),
      ],
      ['partitions scanned', ...explained.map((e, k) => (targets[k].partitions.length ? partitionRuns(e.scanned) : '-'))],
      // EXPLAIN gives each node's rows as an average per loop: the total is rounded
      ['scans of fact (loops), rows (about)', ...explained.map((e) => `${e.scans}, ${e.rows}`)],
      ['subplans removed at plan/init time', ...explained.map((e) => String(e.subplansRemoved))],
    ]),
  );
}

// ---------------------------------------------------------------- 5. retiring a year, writing to a partition

/** Whether the statement triggers of fact ran in this transaction: the data version's note of a change (note_data_change). */
async function noted(db: Client): Promise<string> {
  const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from data_version_pending')).rows;
  return n > 0 ? "fact's statement triggers ran (audit, data version)" : 'no trigger of fact ran: no audit row, data version not raised';
}

/**
 * Each in a transaction that is rolled back: the oldest year retired (the
 * ordinary table: DELETE, through every trigger; the partitioned one: DETACH
 * PARTITION), and two overlapping realizations inserted by naming a partition
 * rather than fact.
 */
async function maintenance(targets: Target[], oldest: number, empty: number): Promise<void> {
  const [ordinary, partitioned] = targets;
  const inTransaction = async (db: Client, work: () => Promise<string>): Promise<string> => {
    await db.query('begin');
    try {
      return await outcome(work);
    } finally {
      await db.query('rollback');
    }
  };
  const timed = async (db: Client, sql: string) => {
    const t = process.hrtime.bigint();
    const res = await db.query(sql);
    return `${res.rowCount ?? 0} rows in ${ms(t).toFixed(1)} ms; ${await noted(db)}`;
  };
  console.log(`\n-- retiring ${oldest}, and a write that names a partition (each rolled back)`);
  const retire = [
    await inTransaction(ordinary.pg, () => timed(ordinary.pg, `delete from fact where period_start < '${oldest + 1}-01-01'`)),
    await inTransaction(partitioned.pg, () => timed(partitioned.pg, `alter table fact detach partition fact_y${oldest}`)),
  ];
  console.log(`retire ${oldest}\n  ordinary (DELETE):             ${retire[0]}\n  partitioned (DETACH PARTITION): ${retire[1]}`);
  const overlapping = `('${WILAYAH}', 'IURAN', 'REALIZATION', '${empty}-01-01', '${empty}-01-31', 1),
    ('${WILAYAH}', 'IURAN', 'REALIZATION', '${empty}-01-15', '${empty}-01-15', 1)`;
  const direct = await inTransaction(partitioned.pg, () =>
    timed(
      partitioned.pg,
      `insert into fact_y${empty} (unit_code, metric_code, kind, period_start, period_end, value) values ${overlapping}`,
    ),
  );
  console.log(`insert into fact_y${empty}, two overlapping realizations of ${WILAYAH} IURAN\n  partitioned: ${direct}`);
}

// ---------------------------------------------------------------- 6. the same year in office order

/**
 * Case `c` after the facts of `year` are rewritten in the order of
 * fact_natural_key (office, metric, kind, start), in a transaction that is
 * rolled back: the ordinary table has to be rewritten whole, the partitioned
 * one only in that year's partition.
 */
async function clustered(targets: Target[], c: Case, year: number): Promise<void> {
  const rows: string[][] = [['', ...targets.map((t) => t.label)]];
  const done: { what: string; e: Explained }[] = [];
  for (const t of targets) {
    const relation = t.partitions.length ? `fact_y${year}` : 'fact';
    const [{ index }] = (
      await t.pg.query<{ index: string }>(
        `select c.relname as index from pg_index x join pg_class c on c.oid = x.indexrelid
         where x.indrelid = $1::regclass and x.indisunique and pg_get_indexdef(x.indexrelid) like '%(unit_code, metric_code, kind, period_start%'`,
        [relation],
      )
    ).rows;
    await t.pg.query('begin');
    try {
      const started = process.hrtime.bigint();
      await t.pg.query(`cluster ${relation} using ${index}`);
      await t.pg.query(`analyze ${relation}`);
      const took = ms(started);
      const isFact = (rel: string) => rel === 'fact' || t.partitions.includes(rel);
      await explain(t.pg, c, isFact);
      done.push({ what: `${relation}, ${(took / 1000).toFixed(1)} s`, e: await explain(t.pg, c, isFact) });
    } finally {
      await t.pg.query('rollback');
    }
  }
  console.log(`\n${c.name}, after CLUSTER ... USING the natural key (rolled back)`);
  rows.push(['rewritten (CLUSTER and ANALYZE)', ...done.map((d) => d.what)]);
  rows.push(['EXPLAIN ANALYZE execution, ms', ...done.map((d) => d.e.executionMs.toFixed(1))]);
  rows.push(['shared buffers hit + read', ...done.map((d) => `${d.e.hit} + ${d.e.read}`)]);
  console.log(table(rows));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      years: { type: 'string', default: '10' },
      plans: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      drop: { type: 'boolean', default: false },
      cluster: { type: 'boolean', default: false },
    },
  });
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) throw new Error('set BENCH_DATABASE_URL to a PostgreSQL server URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres');
  const years = Number(values.years);
  if (!Number.isInteger(years) || years < 1 || years > 30)
    throw new Error(`--years must be a whole number from 1 to 30, got ${values.years}`);
  const plain = `kinerja_bench_daily_${years}y`;
  const part = `${plain}_part`;
  for (const name of [plain, part]) if (!/^kinerja_bench_[a-z0-9_]+$/.test(name)) throw new Error(`not a bench database name: ${name}`);

  if (values.drop) {
    for (const name of [part, plain]) await once(server, `drop database if exists ${name} with (force)`);
    console.log(`dropped ${plain} and ${part}`);
    return;
  }

  // 1 and 2: made when missing, made by another version of this script, or asked for
  const dataMark = await markOf(server, plain);
  const remake = values.rebuild || !dataMark?.startsWith(`${DATA_MARK}: ${years} years`);
  if (remake) await makeDataSet(server, plain, years);
  else log(`reusing ${plain} (${dataMark})`);
  if (remake || (await markOf(server, part)) !== `${PART_MARK} of ${plain}`) await makePartitionedCopy(server, plain, part);
  else log(`reusing ${part}`);

  const targets = [await openTarget('ordinary', sibling(server, plain)), await openTarget('partitioned', sibling(server, part))];
  try {
    const [pg] = (await targets[0].pg.query<{ v: string }>(`select current_setting('server_version') as v`)).rows;
    const [{ first, last }] = (
      await targets[0].pg.query<{ first: number; last: number }>(
        `select extract(year from min(period_start))::int as first, extract(year from max(period_start))::int as last
         from fact where kind = 'REALIZATION'`,
      )
    ).rows;
    console.log(`bench:partitions, ${new Date().toISOString()}, PostgreSQL ${pg.v}, Node ${process.version}`);
    console.log(`runs ${RUNS} per case and database, interleaved, after ${WARMUP} warm-up runs each`);

    console.log('\n-- the fact table');
    const sz = [await sizes(targets[0]), await sizes(targets[1])];
    console.log(
      table([
        ['', ...targets.map((t) => t.label)],
        ['facts', ...sz.map((s) => String(s.facts))],
        ['relations', ...targets.map((t) => (t.partitions.length ? `${t.partitions.length} partitions` : '1 table'))],
        ['heap, MB', ...sz.map((s) => s.heapMb.toFixed(0))],
        ['indexes, MB', ...sz.map((s) => s.indexMb.toFixed(0))],
      ]),
    );
    console.log(`facts by year: ${sz[0].byYear}`);
    if (sz[0].facts !== sz[1].facts || sz[0].byYear !== sz[1].byYear) throw new Error('the two databases do not hold the same facts');

    console.log('\n-- rules of the ordinary fact table on the partitioned one');
    const carried = (await targets[1].pg.query<Carried>('select what, definition, outcome from bench_partitions_carried')).rows;
    for (const c of carried) console.log(`${c.what}: ${c.outcome}`);

    console.log(`\n-- the write path, on a fact of ${last + 1} (left as found)`);
    const farYear = Number(todayInJakarta().slice(0, 4)) + 5;
    const writes = [await writeChecks(targets[0].orm, last + 1, farYear), await writeChecks(targets[1].orm, last + 1, farYear)];
    for (const [i, [what]] of writes[0].entries()) {
      console.log(`${what}\n  ordinary:    ${writes[0][i][1]}\n  partitioned: ${writes[1][i][1]}`);
    }

    const plansDir = values.plans ? path.resolve(values.plans) : undefined;
    if (plansDir) fs.mkdirSync(plansDir, { recursive: true });
    const iuran = { metric: 'IURAN', scale: 2, segment: null };
    const cases = [
      rollupCase(
        `dashboard: whole tree from Kantor Pusat, IURAN, year ${last}`,
        { ...iuran, period: { start: `${last}-01-01`, end: `${last}-12-31` } },
        ['NASIONAL'],
      ),
      rollupCase(
        `dashboard: whole tree from Kantor Pusat, IURAN, year to date 1 January - 19 June ${last}`,
        { ...iuran, period: { start: `${last}-01-01`, end: `${last}-06-19` } },
        ['NASIONAL'],
      ),
      seriesCase(`series: KC ${CABANG}, IURAN, monthly ${first}-${last}`, CABANG, `${first}-01-01`, `${last}-12-31`),
    ];
    for (const c of cases) await measure(c, targets, plansDir);
    if (plansDir) console.log(`\ntext plans in ${plansDir}`);
    // last: the ordinary table's rolled-back DELETE leaves the oldest year's pages to be re-read
    await maintenance(targets, first, last + 1);
    if (values.cluster) await clustered(targets, cases[0], last);
  } finally {
    for (const t of targets) {
      await t.pg.end();
      await t.orm.close();
    }
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
