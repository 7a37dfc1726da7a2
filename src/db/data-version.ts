/**
 * The data version (table data_version): a number that every transaction
 * writing a fact, an office or a metric raises once, as it commits.
 * Read at the start of a request, it names the state of the data the request
 * sees: a cache keyed by it serves nothing older than the last committed write,
 * in this process or any other on the same database.
 */
import { EntityManager } from '@mikro-orm/postgresql';

export async function readDataVersion(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ version: string }[]>('select version::text as version from data_version');
  if (!row) throw new Error('data_version has no row: is the database migrated?');
  return row.version;
}
