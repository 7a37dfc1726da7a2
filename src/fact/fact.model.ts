/** Facts, the stored targets and realizations (docs/domain.md §3). */

export enum FactKind {
  TARGET = 'TARGET',
  REALIZATION = 'REALIZATION',
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

/** One target or realization as a write path receives it; the value is an exact decimal string. */
export interface FactInput extends FactKey {
  value: string;
  note?: string | null;
}
