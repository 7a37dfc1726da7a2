/** Facts, the stored targets and realizations (docs/domain.md §3). */

export enum FactKind {
  TARGET = 'TARGET',
  REALIZATION = 'REALIZATION',
}

/** One target or realization as a write path receives it; values are exact decimal strings. */
export interface FactInput {
  unit: string;
  metric: string;
  segment?: string | null;
  kind: FactKind;
  periodStart: string;
  periodEnd: string;
  value: string;
  note?: string | null;
}

/** The natural key of a stored fact. */
export interface FactKey {
  unit: string;
  metric: string;
  segment?: string | null;
  kind: FactKind;
  periodStart: string;
  periodEnd: string;
}
