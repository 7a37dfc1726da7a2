import { ArrayType, Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { MetricUnit, TimeAggregation } from './metric.model';

/** The metric catalogue is data: a new KPI is a row, not a code change. */
@Entity({ tableName: 'metric' })
@Check({ name: 'metric_segments_known', expression: `segments <@ array['PU','BPU','JAKON','PMI']::text[]` })
export class MetricEntity {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => MetricUnit })
  unit!: MetricUnit;

  @Enum({ items: () => TimeAggregation })
  timeAggregation!: TimeAggregation;

  /** The segments this metric may be broken down by; empty for none. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  segments: string[] = [];

  /** Display order in lists. */
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;
}
