/**
 * Bulk loading of facts with PostgreSQL's COPY, for data sets far larger than
 * a batch (the demo data, the national benchmark data): one statement in one
 * transaction, every database rule of `fact` enforced (constraints, the rule
 * and overlap triggers) and every row audited by the statement-level
 * triggers, like any write. It does not run the write path's row validation:
 * callers validate first (seedDemo) or load data they generated themselves.
 *
 * For loads before the API serves (the demo data at first start, the
 * benchmark data): the foreign keys of \`fact\` are checked once for the whole
 * load instead of row by row (dropped and added again, as they are, inside the
 * transaction: PostgreSQL then validates them with one join). That took 1.8 s
 * of a 4 s load of 142 171 rows row by row. It holds an exclusive lock on
 * \`fact\` until the load commits, so it is not for a serving database (npm
 * run import has its own path).
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { copyIn, copyLine, withPgClient } from '../db/pg-client';
import { Actor } from '../db/transaction';
import { FactInput } from './fact.model';

/** A name as a quoted SQL identifier. */
function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function line(f: FactInput): string {
  return copyLine([f.unit, f.metric, f.segment, f.kind, f.periodStart, f.periodEnd, f.value, f.note]);
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
  return withPgClient(em, async (client) => {
    try {
      await client.query('begin');
      await client.query(
        `select set_config('kinerja.actor', $1, true), set_config('kinerja.request_id', $2, true), set_config('kinerja.note', '', true)`,
        [actor.id, actor.requestId ?? ''],
      );
      const { rows: foreignKeys } = await client.query<{ name: string; definition: string }>(
        `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
         where conrelid = 'fact'::regclass and contype = 'f' order by conname`,
      );
      for (const fk of foreignKeys) await client.query(`alter table fact drop constraint ${quoteIdent(fk.name)}`);
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
      await copyIn(client, 'copy fact (unit_code, metric_code, segment, kind, period_start, period_end, value, note) from stdin', lines());
      // the same constraints again, checked over every row at once: a row with an unknown office or
      // metric fails the load here, and the load rolls back with the constraints as they were
      for (const fk of foreignKeys) await client.query(`alter table fact add constraint ${quoteIdent(fk.name)} ${fk.definition}`);
      await client.query('commit');
      // the tree and the catalogue too: autovacuum soon analyzes them on a live server, and the
      // rollup's plans are measured and kept with statistics present (docs/performance.md)
      await client.query('analyze org_unit, metric, fact');
      return rows.length;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    }
  });
}
