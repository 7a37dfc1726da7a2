/**
 * One PostgreSQL per test run: the embedded server (data in the OS temp
 * folder, which the `postgres` OS user can reach) or DATABASE_URL's server.
 * It builds one template database, migrated and holding the metric
 * catalogue; every test file clones it into a database of its own, so
 * files can run in parallel workers.
 */
import 'reflect-metadata';
import { ensureDatabase, openDatabase } from '../../src/db/database';
import { startTemporaryEmbedded } from '../../src/db/embedded';
import { seedReference } from '../../src/seed/reference.seed';

declare global {
  var __KINERJA_TEST_TEARDOWN__: (() => Promise<void>) | undefined;
}

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!serverUrl) {
    const pg = await startTemporaryEmbedded('kinerja-test-');
    serverUrl = pg.url();
    stop = () => pg.stop();
  }
  const template = `kinerja_test_template_${process.pid}`;
  const orm = await openDatabase(await ensureDatabase(serverUrl, template));
  // the metric catalogue only: each scenario loads the office tree it needs
  await seedReference(orm.em.fork(), []);
  await orm.close(true);

  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
  globalThis.__KINERJA_TEST_TEARDOWN__ = async () => {
    const { Client } = await import('pg');
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    const dbs = await c.query(`select datname from pg_database where datname like 'kinerja_test_%' and datname like '%' || $1`, [
      `_${process.pid}`,
    ]);
    for (const { datname } of dbs.rows) await c.query(`drop database if exists "${datname}" with (force)`);
    await c.end();
    await stop();
  };
}
