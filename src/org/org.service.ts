import { Loaders } from '../graphql/loaders';
import { OrgLevel } from './org-level';
import { OrgUnitRow } from './org-unit.type';

/** Root first, `unit` last. One batched lookup per level above it. */
export async function ancestry(loaders: Loaders, unit: OrgUnitRow): Promise<OrgUnitRow[]> {
  const path = [unit];
  let current = unit;
  while (current.parentCode) {
    const parent = await loaders.unit.load(current.parentCode);
    if (!parent) break;
    path.unshift(parent);
    current = parent;
  }
  return path;
}

/** An office that the tree guarantees (a parent, the root): its absence is a broken tree, not bad input. */
export async function unitAt(loaders: Loaders, code: string | null, level: OrgLevel): Promise<OrgUnitRow> {
  const unit = code ? await loaders.unit.load(code) : null;
  if (!unit || unit.level !== level) throw new Error(`the office tree has no ${level} ${code ?? '(none)'}`);
  return unit;
}
