import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './mikro-orm.config';

export type Orm = MikroORM;

/** Connects and applies every pending migration from migrations/ (never schema:update). */
export async function openDatabase(
  url: string,
  options: {
    migrate?: boolean;
    debug?: boolean;
    onQuery?: (sql: string) => void;
    statementTimeoutMs?: number;
    lockTimeoutMs?: number;
    poolMax?: number;
    acquireTimeoutMs?: number;
    connectTimeoutMs?: number;
    lazy?: boolean;
  } = {},
): Promise<Orm> {
  const { migrate, ...extra } = options;
  const orm = await MikroORM.init(ormOptions(url, extra));
  if (migrate ?? true) {
    await orm.getMigrator().up();
  }
  return orm;
}

/**
 * The SQL that would bring the migrated database in line with the entities.
 * Empty when the migrations and the entities agree; CI fails otherwise.
 */
export async function schemaDrift(orm: Orm): Promise<string> {
  const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  return sql.trim();
}

/** Creates a database on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = '/' + name;
  return url.toString();
}
