import { OrgLevel, OrgUnitRow } from './org.model';

/** Anything that finds an office by code, batched: the request's unit loader. */
export interface UnitLookup {
  load(code: string): Promise<OrgUnitRow | null>;
}

/** Root first, `unit` last. One batched lookup per level above it. */
export async function ancestry(units: UnitLookup, unit: OrgUnitRow): Promise<OrgUnitRow[]> {
  const path = [unit];
  let current = unit;
  while (current.parentCode) {
    const parent = await units.load(current.parentCode);
    if (!parent) break;
    path.unshift(parent);
    current = parent;
  }
  return path;
}

/** An office that the tree guarantees (a parent, the root): its absence is a broken tree, not bad input. */
export async function unitAt(units: UnitLookup, code: string | null, level: OrgLevel): Promise<OrgUnitRow> {
  const unit = code ? await units.load(code) : null;
  if (!unit || unit.level !== level) throw new Error(`the office tree has no ${level} ${code ?? '(none)'}`);
  return unit;
}
