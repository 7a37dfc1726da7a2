/**
 * The node-postgres client under an EntityManager, for what MikroORM does not
 * do: COPY and named prepared statements. Inside a transaction it is the
 * transaction's own connection; otherwise one of the pool's, given back after.
 */
import { EntityManager, Knex } from '@mikro-orm/postgresql';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export async function withPgClient<T>(em: EntityManager, work: (client: Client) => Promise<T>): Promise<T> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  // a finished transaction's client would still hand out its connection, by then another request's
  if (trx?.isCompleted()) throw new Error('the transaction of this EntityManager has ended');
  const knexClient = trx ? trx.client : em.getConnection().getKnex().client;
  const client = (await knexClient.acquireConnection()) as Client;
  try {
    return await work(client);
  } finally {
    await knexClient.releaseConnection(client);
  }
}

/** COPY's text format: a backslash, tab, newline or carriage return is escaped; null is \N. */
function copyField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/** One line of COPY's text format. */
export function copyLine(fields: readonly (string | null | undefined)[]): string {
  return fields.map(copyField).join('\t') + '\n';
}

/** Runs `statement` (a COPY ... FROM STDIN) with the given text, streamed piece by piece. */
export async function copyIn(client: Client, statement: string, text: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await pipeline(Readable.from(text), client.query(copyFrom(statement)));
}
