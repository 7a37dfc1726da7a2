import { MetricDefinition, MetricUnit, Segment, TimeAggregation } from './metric.model';

const PARTICIPANT_SEGMENTS = [Segment.PU, Segment.BPU, Segment.JAKON, Segment.PMI];

/** The five metrics of docs/domain.md §2, seeded into the `metric` table. */
export const METRIC_CATALOGUE: readonly MetricDefinition[] = [
  { code: 'IURAN', name: 'Penerimaan Iuran', unit: MetricUnit.RUPIAH, timeAggregation: TimeAggregation.SUM, segments: [], sortOrder: 1 },
  {
    code: 'PESERTA_AKTIF',
    name: 'Peserta Aktif',
    unit: MetricUnit.ORANG,
    timeAggregation: TimeAggregation.LAST,
    segments: PARTICIPANT_SEGMENTS,
    sortOrder: 2,
  },
  {
    code: 'PERUSAHAAN_AKTIF',
    name: 'Perusahaan Aktif',
    unit: MetricUnit.PERUSAHAAN,
    timeAggregation: TimeAggregation.LAST,
    segments: [],
    sortOrder: 3,
  },
  {
    code: 'PERUSAHAAN_BARU',
    name: 'Perusahaan Baru',
    unit: MetricUnit.PERUSAHAAN,
    timeAggregation: TimeAggregation.SUM,
    segments: [],
    sortOrder: 4,
  },
  {
    code: 'TENAGA_KERJA_BARU',
    name: 'Tenaga Kerja Baru',
    unit: MetricUnit.ORANG,
    timeAggregation: TimeAggregation.SUM,
    segments: PARTICIPANT_SEGMENTS,
    sortOrder: 5,
  },
];
