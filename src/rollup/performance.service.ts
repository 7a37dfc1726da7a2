/**
 * Builds Performance objects: validates the arguments against the metric
 * catalogue, asks the rollup loader for the period and the same period a year
 * earlier (both land in the same batched statement), and derives the figures.
 */
import { InputError } from '../common/input-error';
import { ValueSource } from '../graphql/enums';
import { Context } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import { OrgUnitRow } from '../org/org-unit.type';
import { MetricDefinition } from '../metric/metric.catalogue';
import { Segment, unitScale } from '../metric/metric.types';
import { Amount } from './amount.type';
import { achievement, atScale, gap, growth, percentOf, status } from './performance.math';
import { Percent } from './percent.type';
import { Performance } from './performance.type';
import { isWholeYear, Period as Span, PeriodInput, previousYear, resolvePeriod } from './period';
import { Period } from './period.type';
import { RollupRow } from './rollup.sql';

export async function metricByCode(loaders: Loaders, code: string, field = 'metric'): Promise<MetricDefinition> {
  const catalogue = await loaders.metrics();
  const metric = catalogue.find((m) => m.code === code);
  if (!metric) {
    throw new InputError(`unknown metric ${JSON.stringify(code)}; valid codes: ${catalogue.map((m) => m.code).join(', ')}`, field);
  }
  return metric;
}

export function checkSegment(metric: MetricDefinition, segment: Segment | null | undefined): Segment | null {
  if (segment == null) return null;
  if (!metric.segments.includes(segment)) {
    const has = metric.segments.length ? `its segments are ${metric.segments.join(', ')}` : 'it has no segments';
    throw new InputError(`metric ${metric.code} cannot be broken down by segment ${segment}: ${has}`, 'segment');
  }
  return segment;
}

export function amount(value: string | null, metric: MetricDefinition, source: ValueSource): Amount | null {
  const v = atScale(value, unitScale(metric.unit));
  return v === null ? null : new Amount(v, metric.unit, source);
}

function percent(value: string | null): Percent | null {
  return value === null ? null : new Percent(value);
}

/** The derived figures of one office, from its rollup row and last year's. Pure. */
export function buildPerformance(
  unitCode: string,
  metric: MetricDefinition,
  segment: Segment | null,
  span: Span,
  row: RollupRow,
  lastYear: RollupRow,
): Performance {
  const scale = unitScale(metric.unit);
  const realization = atScale(row.realization, scale);
  const target = atScale(row.target, scale);
  const prorated = isWholeYear(span) ? target : atScale(row.prorated_target, scale);
  const targetSource = row.target_recorded ? ValueSource.RECORDED : ValueSource.ROLLED_UP;
  const p = new Performance();
  p.unitCode = unitCode;
  p.metricCode = metric.code;
  p.segment = segment;
  p.period = new Period(span.start, span.end);
  p.realization = amount(realization, metric, row.realization_recorded ? ValueSource.RECORDED : ValueSource.ROLLED_UP);
  p.target = amount(target, metric, targetSource);
  p.proratedTarget = amount(prorated, metric, targetSource);
  p.achievement = percent(achievement(realization, target));
  p.proratedAchievement = percent(achievement(realization, prorated));
  p.gap = amount(gap(realization, target, scale), metric, ValueSource.ROLLED_UP);
  p.status = status(realization, prorated);
  p.growth = percent(growth(realization, atScale(lastYear.realization, scale)));
  p.shareOfParent = percent(percentOf(realization, row.parent_realization));
  p.childrenRealization = amount(row.children_realization, metric, ValueSource.ROLLED_UP);
  p.dataUntil = row.data_until;
  return p;
}

/** One office's Performance for a resolved metric, segment and span (batched through the request's rollup loader). */
export async function performanceOf(ctx: Context, unit: OrgUnitRow, metric: MetricDefinition, segment: Segment | null, span: Span): Promise<Performance> {
  const key = { unit: unit.code, metric: metric.code, segment };
  const [row, lastYear, parentVisible] = await Promise.all([
    ctx.loaders.rollup.load({ ...key, period: span }),
    ctx.loaders.rollup.load({ ...key, period: previousYear(span) }),
    unit.parentCode ? ctx.access.canRead(unit.parentCode) : false,
  ]);
  // no figure of an office outside the caller's scope leaks, not even as a share
  const visible = parentVisible ? row : { ...row, parent_realization: null };
  return buildPerformance(unit.code, metric, segment, span, visible, lastYear);
}

export async function performance(
  ctx: Context,
  unit: OrgUnitRow,
  args: { metric: string; period: PeriodInput; segment?: Segment | null },
): Promise<Performance> {
  const span = resolvePeriod(args.period);
  const metric = await metricByCode(ctx.loaders, args.metric);
  return performanceOf(ctx, unit, metric, checkSegment(metric, args.segment), span);
}

export async function performances(
  ctx: Context,
  unit: OrgUnitRow,
  args: { metrics?: string[] | null; period: PeriodInput },
): Promise<Performance[]> {
  const span = resolvePeriod(args.period);
  const metrics = args.metrics
    ? await Promise.all(args.metrics.map((m, i) => metricByCode(ctx.loaders, m, `metrics[${i}]`)))
    : await ctx.loaders.metrics();
  return Promise.all(metrics.map((m) => performanceOf(ctx, unit, m, null, span)));
}
