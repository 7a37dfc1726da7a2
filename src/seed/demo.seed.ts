import { EntityManager } from '@mikro-orm/postgresql';
import { copyFacts } from '../fact/fact.copy';
import { FactInput } from '../fact/fact.model';
import { countFacts } from '../fact/fact.repository';
import { validateFacts } from '../fact/fact.service';
import { pressFigures } from './press.seed';
import { referenceTree } from './reference.seed';
import { syntheticFigures } from './synthetic';

export interface DemoSummary {
  rows: number;
  inserted: number;
}

/**
 * Loads the press figures and the synthetic 2023-2024 figures into a
 * database with no facts yet. Every row passes the write path's checks
 * first (validateFacts: the row rules and the rows' conflicts with each
 * other; the database is empty, so nothing stored can overlap), then all go
 * in with one COPY through every rule of the database, audited as
 * system:demo-seed.
 */
export async function seedDemo(em: EntityManager, onProgress?: (done: number, total: number) => void): Promise<DemoSummary | null> {
  if ((await countFacts(em)) > 0) return null;
  const rows: FactInput[] = [...pressFigures(), ...syntheticFigures(referenceTree())];
  const errors = await validateFacts(em, rows, { today: '2099-12-31' });
  if (errors.length > 0) {
    const first = errors.slice(0, 5).map((e) => `row ${e.index ?? '?'}: ${e.code} ${e.message}`);
    throw new Error(`demo data rejected (${errors.length} errors):\n${first.join('\n')}`);
  }
  const inserted = await copyFacts(em, rows, { id: 'system:demo-seed' }, onProgress);
  return { rows: rows.length, inserted };
}
