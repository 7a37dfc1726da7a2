import { Field, ID, ObjectType } from 'type-graphql';
import { MetricUnit, Segment, TimeAggregation } from './metric.types';

@ObjectType('Metric', { description: 'A performance indicator (KPI) of the catalogue, e.g. Penerimaan Iuran or Peserta Aktif: what is counted, in what unit, and how it adds up over time. The catalogue is data: new KPIs need no code change.' })
export class Metric {
  @Field(() => ID, { description: 'Stable code to ask for this metric, e.g. IURAN, PESERTA_AKTIF, PERUSAHAAN_AKTIF, PERUSAHAAN_BARU, TENAGA_KERJA_BARU.' })
  code!: string;

  @Field(() => String, { description: 'Indonesian display name, e.g. Penerimaan Iuran, Peserta Aktif, Tenaga Kerja Baru.' })
  name!: string;

  @Field(() => MetricUnit, { description: 'What it counts: RUPIAH (e.g. iuran), ORANG (e.g. peserta aktif) or PERUSAHAAN (employers).' })
  unit!: MetricUnit;

  @Field(() => TimeAggregation, { description: 'How it adds up over a period: SUM for flows (iuran, new employers, new workers: the spans add up), LAST for stocks (peserta aktif, perusahaan aktif: the latest position, posisi data).' })
  timeAggregation!: TimeAggregation;

  @Field(() => [Segment], { description: 'The participant segments (PU, BPU, JAKON, PMI) this metric can be broken down by; empty when it has none.' })
  segments!: Segment[];
}
