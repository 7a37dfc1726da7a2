/**
 * The benchmark's database, apart from `npm start`'s: database kinerja_bench
 * on BENCH_DATABASE_URL's or DATABASE_URL's server, or else on an embedded
 * PostgreSQL with its data in .data/bench-postgres.
 */
import path from 'node:path';
import { ensureDatabase } from '../src/db/database';
import { startEmbedded } from '../src/db/embedded';

export const BENCH_DATABASE = 'kinerja_bench';
/** The same figures with 2 years of history, for `npm run bench` to compare with 10. */
export const BENCH_DATABASE_2Y = 'kinerja_bench_2y';

export interface BenchDatabase {
  /** The server's maintenance URL (database postgres) and the bench database's. */
  serverUrl: string;
  url: string;
  where: string;
  stop(): Promise<void>;
}

/** The database `name` (kinerja_bench, or kinerja_bench_2y for the short history) on the bench's server. */
export async function benchDatabase(name = BENCH_DATABASE): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (given) {
    const url = await ensureDatabase(given, name);
    return { serverUrl: given, url, where: `${name} on ${new URL(given).host}`, stop: async () => undefined };
  }
  const dataDir = path.resolve(__dirname, '../.data/bench-postgres');
  const server = await startEmbedded({ dataDir });
  const url = await ensureDatabase(server.url(), name);
  return { serverUrl: server.url(), url, where: `${name} on the embedded PostgreSQL in ${dataDir}`, stop: () => server.stop() };
}

/** The URL of another database on the same server. */
export function sibling(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}
