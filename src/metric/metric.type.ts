import { Field, ID, ObjectType } from 'type-graphql';
import { MetricUnit, Segment, TimeAggregation } from './metric.types';

@ObjectType('Metric', { description: 'A performance indicator (KPI) of the catalogue. The catalogue is data: new KPIs need no code change.' })
export class Metric {
  @Field(() => ID, { description: 'Stable code, e.g. IURAN, PESERTA_AKTIF.' })
  code!: string;

  @Field(() => String, { description: 'Indonesian name, e.g. Penerimaan Iuran.' })
  name!: string;

  @Field(() => MetricUnit)
  unit!: MetricUnit;

  @Field(() => TimeAggregation, { description: 'SUM for flows (spans add up), LAST for stocks (latest position).' })
  timeAggregation!: TimeAggregation;

  @Field(() => [Segment], { description: 'The segments this metric can be broken down by; empty when it has none.' })
  segments!: Segment[];
}
