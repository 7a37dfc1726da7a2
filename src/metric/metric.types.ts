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

/** Rupiah carry two decimals (sen), counts none. */
export function unitScale(unit: MetricUnit): number {
  return unit === MetricUnit.RUPIAH ? 2 : 0;
}
