/** The office tree's plain types and rules (docs/domain.md §1). */

/** The four levels of the office tree, root first. */
export enum OrgLevel {
  NASIONAL = 'NASIONAL',
  KANWIL = 'KANWIL',
  KANTOR_CABANG = 'KANTOR_CABANG',
  WILAYAH = 'WILAYAH',
}

/** The code of the one root office, Kantor Pusat. */
export const ROOT_CODE = 'NASIONAL';

export const LEVEL_ORDER: readonly OrgLevel[] = [OrgLevel.NASIONAL, OrgLevel.KANWIL, OrgLevel.KANTOR_CABANG, OrgLevel.WILAYAH];

export function levelDepth(level: OrgLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

/** The level directly above, or undefined for NASIONAL. */
export function parentLevel(level: OrgLevel): OrgLevel | undefined {
  const i = levelDepth(level);
  return i > 0 ? LEVEL_ORDER[i - 1] : undefined;
}

/** An office as the application passes it around: a row of org_unit. */
export interface OrgUnitRow {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string | null;
  kind: string | null;
  population: number | null;
}
