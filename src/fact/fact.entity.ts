import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { MetricEntity } from '../metric/metric.entity';
import { OrgUnitEntity } from '../org/org-unit.entity';
import { Segment } from '../metric/metric.model';
import { FactKind } from './fact.model';

/**
 * A target or a realization of one office, metric and segment (null = the
 * total over all segments) over [periodStart, periodEnd].
 *
 * Database rules beside the checks below (see the initial migration):
 * - `fact_natural_key`: one row per office, metric, segment, kind and span;
 *   ordered so that one office's facts of a metric and kind by period are one
 *   range of it (the rollup and the overlap check read through it);
 * - statement triggers `fact_check_rows_*` (migration set_based_fact_rules),
 *   once per statement over all its rows: a stock (LAST) realization has
 *   start = end, a segment only on metrics that have segments, counts are
 *   whole numbers, a target covers a whole year or a whole month; and
 *   `fact_realization_no_overlap`: realizations of the same office, metric
 *   and segment never overlap in time (checked under the series' advisory
 *   locks, so concurrent writers cannot both pass).
 */
@Entity({ tableName: 'fact' })
@Check({ name: 'fact_span_ordered', expression: 'period_end >= period_start' })
@Check({ name: 'fact_value_not_negative', expression: 'value >= 0' })
@Check({ name: 'fact_within_one_year', expression: 'extract(year from period_start) = extract(year from period_end)' })
@Index({
  name: 'fact_natural_key',
  expression: `create unique index "fact_natural_key" on "fact" ("unit_code", "metric_code", "kind", "period_start", "period_end", (coalesce("segment", '')))`,
})
export class FactEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => OrgUnitEntity, fieldName: 'unit_code', mapToPk: true, deleteRule: 'restrict', updateRule: 'cascade' })
  unit!: string;

  @ManyToOne({ entity: () => MetricEntity, fieldName: 'metric_code', mapToPk: true, deleteRule: 'restrict', updateRule: 'cascade' })
  metric!: string;

  @Enum({ items: () => Segment, nullable: true })
  segment?: Segment | null;

  @Enum({ items: () => FactKind })
  kind!: FactKind;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  /** Exact: rupiah with two decimals, counts whole. Never a JavaScript number. */
  @Property({ type: 'decimal', precision: 24, scale: 2 })
  value!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt?: Date;
}
