/** The metric catalogue's plain types: units, how a metric adds up over time, segments (docs/domain.md §2). */
export enum MetricUnit {
  RUPIAH = 'RUPIAH',
  ORANG = 'ORANG',
  PERUSAHAAN = 'PERUSAHAAN',
}

/** SUM: a flow, spans add up. LAST: a stock, the latest position counts. */
export enum TimeAggregation {
  SUM = 'SUM',
  LAST = 'LAST',
}

export enum Segment {
  PU = 'PU',
  BPU = 'BPU',
  JAKON = 'JAKON',
  PMI = 'PMI',
}

export const ALL_SEGMENTS: readonly Segment[] = [Segment.PU, Segment.BPU, Segment.JAKON, Segment.PMI];

/** Decimal places of a unit's values: rupiah carry two (sen), counts none. The one home of this rule. */
export function unitScale(unit: MetricUnit): number {
  return unit === MetricUnit.RUPIAH ? 2 : 0;
}

/** A metric of the catalogue (a row of the `metric` table). */
export interface MetricDefinition {
  code: string;
  name: string;
  unit: MetricUnit;
  timeAggregation: TimeAggregation;
  segments: Segment[];
  sortOrder: number;
}
