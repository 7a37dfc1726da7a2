/**
 * Fails when the entities and the migrations disagree: migrates a fresh,
 * empty database from migrations/ and asks MikroORM what SQL would bring it
 * in line with the entities. Anything but nothing means a migration is missing.
 * Uses DATABASE_URL's server when set, else an embedded one.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { ensureDatabase, openDatabase, schemaDrift } from '../src/db/database';
import { startTemporaryEmbedded } from '../src/db/embedded';

async function main(): Promise<number> {
  let stop = async () => undefined as void;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const pg = await startTemporaryEmbedded('kinerja-drift-');
    serverUrl = pg.url();
    stop = () => pg.stop();
  }
  const name = `drift_${process.pid}_${Date.now()}`;
  try {
    const url = await ensureDatabase(serverUrl, name);
    const orm = await openDatabase(url);
    const drift = await schemaDrift(orm);
    await orm.close(true);
    if (drift) {
      console.error('The entities differ from the schema that migrations/ builds. Missing migration? The difference:\n' + drift);
      console.error('\nCreate one with: DATABASE_URL=... npx mikro-orm migration:create');
      return 1;
    }
    console.log('schema drift: none (entities match a database migrated from migrations/)');
    return 0;
  } finally {
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
