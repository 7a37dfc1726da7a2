/**
 * Bulk loading of facts with PostgreSQL's COPY, for data sets far larger than
 * a batch (the demo data, the national benchmark data): one statement in one
 * transaction, every database rule of `fact` enforced (constraints, the rule
 * and overlap triggers) and every row audited by the statement-level
 * triggers, like any write. It does not run the write path's row validation:
 * callers validate first (seedDemo) or load data they generated themselves.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Actor } from '../db/transaction';
import { FactInput } from './fact.model';

/** COPY's text format: a backslash, tab, newline or carriage return is escaped; null is \N. */
export function copyField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

function line(f: FactInput): string {
  return [f.unit, f.metric, f.segment, f.kind, f.periodStart, f.periodEnd, f.value, f.note].map(copyField).join('\t') + '\n';
}

/**
 * Copies the rows into `fact` in one transaction (all or nothing), then
 * refreshes the planner's statistics. Runs on a connection of `em`'s pool.
 */
export async function copyFacts(
  em: EntityManager,
  rows: readonly FactInput[],
  actor: Actor,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const knex = em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as Client;
  try {
    await client.query('begin');
    await client.query(
      `select set_config('kinerja.actor', $1, true), set_config('kinerja.request_id', $2, true), set_config('kinerja.note', '', true)`,
      [actor.id, actor.requestId ?? ''],
    );
    const CHUNK = 5_000;
    async function* lines() {
      for (let i = 0; i < rows.length; i += CHUNK) {
        yield rows
          .slice(i, i + CHUNK)
          .map(line)
          .join('');
        onProgress?.(Math.min(i + CHUNK, rows.length), rows.length);
      }
    }
    const copy = client.query(
      copyFrom('copy fact (unit_code, metric_code, segment, kind, period_start, period_end, value, note) from stdin'),
    );
    await pipeline(Readable.from(lines()), copy);
    await client.query('commit');
    await client.query('analyze fact');
    return rows.length;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await knex.client.releaseConnection(client);
  }
}
