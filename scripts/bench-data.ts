/**
 * npm run bench:data [-- --years 10] [-- --daily] [-- --database NAME]: writes
 * the national data set the benchmark (npm run bench) runs on, into a fresh
 * database, kinerja_bench by default (scripts/bench-db.ts says where).
 * Deterministic: the same figures every time. For the benchmark's comparison
 * of history lengths: npm run bench:data -- --years 2 --database kinerja_bench_2y
 *
 * - monthly realizations for every kabupaten/kota, metric and segment, for
 *   the last N years up to 2024 (default 10: 2015-2024), and yearly targets at
 *   every level (src/seed/synthetic.ts);
 * - a few figures recorded by Kanwil and Kantor Cabang themselves, so that the
 *   RECORDED-wins rule is exercised at national scale;
 * - with --daily: one year (2025) of daily IURAN realizations for every
 *   kabupaten/kota, to compare daily facts with monthly ones.
 *
 * Loaded with COPY through every rule of the database (src/fact/fact.copy.ts).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { daysInMonth, isoDate } from '../src/calendar/calendar';
import { openDatabase } from '../src/db/database';
import { copyFacts } from '../src/fact/fact.copy';
import { FactInput, FactKind } from '../src/fact/fact.model';
import { OrgLevel } from '../src/org/org.model';
import { referenceTree, ReferenceUnit, seedReference } from '../src/seed/reference.seed';
import { syntheticFigures } from '../src/seed/synthetic';
import { BENCH_DATABASE, benchDatabase } from './bench-db';

const LAST_YEAR = 2024;
const DAILY_YEAR = 2025;

/** Figures that Kanwil and Kantor Cabang record themselves: they win over their children's sums. */
export function recordedFigures(units: readonly ReferenceUnit[], years: number[]): FactInput[] {
  const out: FactInput[] = [];
  const kanwil = units.filter((u) => u.level === OrgLevel.KANWIL).slice(0, 3);
  const cabang = units.filter((u) => u.level === OrgLevel.KANTOR_CABANG).slice(0, 5);
  for (const year of years) {
    for (const [i, k] of kanwil.entries()) {
      const value = `${(BigInt(year) * 1_000_003n + BigInt(i) * 7_919n) * 1_000_000n}.00`;
      out.push({
        unit: k.code,
        metric: 'IURAN',
        kind: FactKind.REALIZATION,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        value,
        note: 'bench: recorded by the Kanwil',
      });
    }
    for (const [i, c] of cabang.entries()) {
      const at = `${year}-12-31`;
      out.push({
        unit: c.code,
        metric: 'PESERTA_AKTIF',
        kind: FactKind.REALIZATION,
        periodStart: at,
        periodEnd: at,
        value: String(150_000 + i * 1_000 + (year % 100)),
        note: 'bench: recorded by the Kantor Cabang',
      });
      out.push({
        unit: c.code,
        metric: 'PESERTA_AKTIF',
        segment: 'BPU',
        kind: FactKind.REALIZATION,
        periodStart: at,
        periodEnd: at,
        value: String(20_000 + i * 100 + (year % 100)),
        note: 'bench: recorded by the Kantor Cabang',
      });
    }
  }
  return out;
}

/** One year of daily IURAN for every kabupaten/kota. */
export function dailyFigures(units: readonly ReferenceUnit[], year: number): FactInput[] {
  const out: FactInput[] = [];
  for (const [i, w] of units.filter((u) => u.level === OrgLevel.WILAYAH).entries()) {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= daysInMonth(year, m); d++) {
        const day = isoDate(year, m, d);
        out.push({
          unit: w.code,
          metric: 'IURAN',
          kind: FactKind.REALIZATION,
          periodStart: day,
          periodEnd: day,
          value: `${1_000_000 + ((i * 7_919 + m * 31 + d) % 9_973) * 1_000}.00`,
          note: 'bench: daily',
        });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      years: { type: 'string', default: '10' },
      daily: { type: 'boolean', default: false },
      database: { type: 'string', default: BENCH_DATABASE },
    },
  });
  const name = values.database;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database must be a plain lower-case name, got ${name}`);
  const count = Number(values.years);
  if (!Number.isInteger(count) || count < 1 || count > 30)
    throw new Error(`--years must be a whole number from 1 to 30, got ${values.years}`);
  const years = Array.from({ length: count }, (_, i) => LAST_YEAR - count + 1 + i);
  const started = Date.now();
  const db = await benchDatabase(name);
  try {
    // a fresh database every time, so the data set is exactly this one
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: db.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const orm = await openDatabase(db.url);
    const units = referenceTree();
    await seedReference(orm.em.fork(), units);

    const rows = [
      ...syntheticFigures(units, { years }),
      ...recordedFigures(units, years),
      ...(values.daily ? dailyFigures(units, DAILY_YEAR) : []),
    ];
    process.stderr.write(
      `bench data: ${rows.length} facts for ${years[0]}-${years[years.length - 1]}${values.daily ? ` and daily ${DAILY_YEAR}` : ''} into ${db.where}\n`,
    );
    const width = 30;
    let shown = -1;
    await copyFacts(orm.em.fork(), rows, { id: 'system:bench-data' }, (done, total) => {
      const filled = Math.floor((done / total) * width);
      if (filled === shown && done < total) return;
      shown = filled;
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows`);
    });
    process.stderr.write('\n');
    await orm.close();
    console.log(
      `loaded ${rows.length} facts in ${((Date.now() - started) / 1000).toFixed(1)} s (${Math.round(rows.length / ((Date.now() - started) / 1000))} rows/s)`,
    );
  } finally {
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
