/** Looking metrics and segments up in the catalogue, with the user error that names what is valid. */
import { InputError } from '../common/errors';
import { MetricDefinition, Segment } from './metric.model';

export function metricByCode(catalogue: readonly MetricDefinition[], code: string, field = 'metric'): MetricDefinition {
  const metric = catalogue.find((m) => m.code === code);
  if (!metric) {
    throw new InputError(`unknown metric ${JSON.stringify(code)}; valid codes: ${catalogue.map((m) => m.code).join(', ')}`, field);
  }
  return metric;
}

/** The segment asked for, when the metric has it; null for the total. */
export function checkSegment(metric: MetricDefinition, segment: Segment | null | undefined): Segment | null {
  if (segment == null) return null;
  if (!metric.segments.includes(segment)) {
    const has = metric.segments.length ? `its segments are ${metric.segments.join(', ')}` : 'it has no segments';
    throw new InputError(`metric ${metric.code} cannot be broken down by segment ${segment}: ${has}`, 'segment');
  }
  return segment;
}
