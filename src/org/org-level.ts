/** The four levels of the office tree, root first. */
export enum OrgLevel {
  NASIONAL = 'NASIONAL',
  KANWIL = 'KANWIL',
  KANTOR_CABANG = 'KANTOR_CABANG',
  WILAYAH = 'WILAYAH',
}

export const LEVEL_ORDER: readonly OrgLevel[] = [
  OrgLevel.NASIONAL,
  OrgLevel.KANWIL,
  OrgLevel.KANTOR_CABANG,
  OrgLevel.WILAYAH,
];

export function levelDepth(level: OrgLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

/** The level directly above, or undefined for NASIONAL. */
export function parentLevel(level: OrgLevel): OrgLevel | undefined {
  const i = levelDepth(level);
  return i > 0 ? LEVEL_ORDER[i - 1] : undefined;
}
