import { EntityManager } from '@mikro-orm/postgresql';
import { FactInput } from '../fact/fact.model';
import { countFacts } from '../fact/fact.repository';
import { MAX_BATCH_ROWS, writeFacts } from '../fact/fact.service';
import { pressFigures } from './press.seed';
import { referenceTree } from './reference.seed';
import { syntheticFigures } from './synthetic';

export interface DemoSummary {
  rows: number;
  inserted: number;
  batches: number;
}

/**
 * Loads the press figures and the synthetic 2023-2024 figures into a
 * database with no facts yet, through the same write path as every other write.
 */
export async function seedDemo(em: EntityManager, onProgress?: (done: number, total: number) => void): Promise<DemoSummary | null> {
  if ((await countFacts(em)) > 0) return null;
  const rows: FactInput[] = [...pressFigures(), ...syntheticFigures(referenceTree())];
  let inserted = 0;
  let batches = 0;
  for (let i = 0; i < rows.length; i += MAX_BATCH_ROWS) {
    const batch = rows.slice(i, i + MAX_BATCH_ROWS);
    const res = await writeFacts(em, batch, { today: '2099-12-31', actor: { id: 'system:demo-seed' } });
    if (res.userErrors.length > 0) {
      const first = res.userErrors.slice(0, 5).map((e) => `row ${e.index === null ? '?' : i + e.index}: ${e.code} ${e.message}`);
      throw new Error(`demo data rejected (${res.userErrors.length} errors):\n${first.join('\n')}`);
    }
    inserted += res.inserted;
    batches++;
    onProgress?.(Math.min(i + MAX_BATCH_ROWS, rows.length), rows.length);
  }
  return { rows: rows.length, inserted, batches };
}
