/**
 * The benchmark's database, apart from `npm start`'s: database kinerja_bench
 * on BENCH_DATABASE_URL's or DATABASE_URL's server, or else on an embedded
 * PostgreSQL with its data in .data/bench-postgres.
 */
import path from 'node:path';
import { ensureDatabase } from '../src/db/database';
import { startEmbedded } from '../src/db/embedded';

export const BENCH_DATABASE = 'kinerja_bench';

export interface BenchDatabase {
  /** The server's maintenance URL (database postgres) and the bench database's. */
  serverUrl: string;
  url: string;
  where: string;
  stop(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (given) {
    const url = await ensureDatabase(given, BENCH_DATABASE);
    return { serverUrl: given, url, where: `${BENCH_DATABASE} on ${new URL(given).host}`, stop: async () => undefined };
  }
  const dataDir = path.resolve(__dirname, '../.data/bench-postgres');
  const server = await startEmbedded({ dataDir });
  const url = await ensureDatabase(server.url(), BENCH_DATABASE);
  return { serverUrl: server.url(), url, where: `${BENCH_DATABASE} on the embedded PostgreSQL in ${dataDir}`, stop: () => server.stop() };
}
