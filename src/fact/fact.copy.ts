/**
 * Bulk loading of facts with PostgreSQL's COPY, for data sets far larger than
 * a batch (the demo data, the national benchmark data): one statement in one
 * transaction, every database rule of `fact` enforced (constraints, the rule
 * and overlap triggers) and every row audited by the statement-level
 * triggers, like any write. It does not run the write path's row validation:
 * callers validate first (seedDemo) or load data they generated themselves.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { copyIn, copyLine, withPgClient } from '../db/pg-client';
import { Actor } from '../db/transaction';
import { FactInput } from './fact.model';

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
