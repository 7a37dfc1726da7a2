import { EntityManager } from '@mikro-orm/postgresql';
import { MetricDefinition, MetricUnit, Segment, TimeAggregation } from './metric.model';

/** The whole catalogue, in display order: one statement. */
export async function loadMetricCatalogue(em: EntityManager): Promise<MetricDefinition[]> {
  // read as plain rows: every request reads the catalogue, and hydrating entities into the identity
  // map cost more than the query
  const rows = await em
    .getConnection()
    .execute<{ code: string; name: string; unit: MetricUnit; time_aggregation: TimeAggregation; segments: string[]; sort_order: number }[]>(
      'select code, name, unit, time_aggregation, segments, sort_order from metric order by sort_order, code',
      [],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((m) => ({
    code: m.code,
    name: m.name,
    unit: m.unit,
    timeAggregation: m.time_aggregation,
    segments: m.segments as Segment[],
    sortOrder: m.sort_order,
  }));
}
