import { EntityManager } from '@mikro-orm/postgresql';
import { MetricEntity } from './metric.entity';
import { MetricDefinition, Segment } from './metric.model';

/** The whole catalogue, in display order: one statement. */
export async function loadMetricCatalogue(em: EntityManager): Promise<MetricDefinition[]> {
  const rows = await em.find(MetricEntity, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
  return rows.map((m) => ({
    code: m.code,
    name: m.name,
    unit: m.unit,
    timeAggregation: m.timeAggregation,
    segments: m.segments as Segment[],
    sortOrder: m.sortOrder,
  }));
}
