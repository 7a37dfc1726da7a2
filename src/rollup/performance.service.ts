/**
 * Builds an office's PerformanceFigures: validates the arguments against the
 * metric catalogue, asks the request's rollup loader for the period and the
 * same period a year earlier (both land in the same batched statement), and
 * derives the figures (docs/domain.md §6).
 */
import { DateSpan, isWholeYear, previousYear } from '../calendar/calendar';
import { MetricDefinition, Segment, unitScale } from '../metric/metric.model';
import { checkSegment, metricByCode } from '../metric/metric.service';
import { OrgUnitRow } from '../org/org.model';
import { RequestContext } from '../request/context';
import { achievement, atScale, gap, growth, percentOf, status } from './performance.math';
import { AmountFigure, PercentFigure, PerformanceFigures, ValueSource } from './performance.model';
import { PeriodSpec, resolvePeriod } from './period';
import { RollupRow } from './rollup.sql';

/** A figure in the metric's unit and scale, or null. */
export function amount(value: string | null, metric: MetricDefinition, source: ValueSource): AmountFigure | null {
  const v = atScale(value, unitScale(metric.unit));
  return v === null ? null : { value: v, unit: metric.unit, source };
}

function percent(value: string | null): PercentFigure | null {
  return value === null ? null : { value };
}

export function sourceOf(recorded: boolean): ValueSource {
  return recorded ? ValueSource.RECORDED : ValueSource.ROLLED_UP;
}

/** The derived figures of one office, from its rollup row and last year's. Pure. */
export function buildPerformance(
  unitCode: string,
  metric: MetricDefinition,
  segment: Segment | null,
  span: DateSpan,
  row: RollupRow,
  lastYear: RollupRow,
): PerformanceFigures {
  const scale = unitScale(metric.unit);
  const realization = atScale(row.realization, scale);
  const target = atScale(row.target, scale);
  const prorated = isWholeYear(span) ? target : atScale(row.prorated_target, scale);
  const targetSource = sourceOf(row.target_recorded);
  return {
    unitCode,
    metricCode: metric.code,
    segment,
    period: { start: span.start, end: span.end },
    realization: amount(realization, metric, sourceOf(row.realization_recorded)),
    target: amount(target, metric, targetSource),
    proratedTarget: amount(prorated, metric, targetSource),
    achievement: percent(achievement(realization, target)),
    proratedAchievement: percent(achievement(realization, prorated)),
    gap: amount(gap(realization, target, scale), metric, ValueSource.ROLLED_UP),
    status: status(realization, prorated),
    growth: percent(growth(realization, atScale(lastYear.realization, scale))),
    shareOfParent: percent(percentOf(realization, row.parent_realization)),
    childrenRealization: amount(row.children_realization, metric, ValueSource.ROLLED_UP),
    dataUntil: row.data_until,
  };
}

/** One office's figures for a resolved metric, segment and span (batched through the request's rollup loader). */
export async function performanceOf(
  ctx: RequestContext,
  unit: OrgUnitRow,
  metric: MetricDefinition,
  segment: Segment | null,
  span: DateSpan,
): Promise<PerformanceFigures> {
  const key = { unit: unit.code, metric: metric.code, scale: unitScale(metric.unit), segment };
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
  ctx: RequestContext,
  unit: OrgUnitRow,
  args: { metric: string; period: PeriodSpec; segment?: Segment | null },
): Promise<PerformanceFigures> {
  const span = resolvePeriod(args.period);
  const metric = metricByCode(await ctx.loaders.metrics(), args.metric);
  return performanceOf(ctx, unit, metric, checkSegment(metric, args.segment), span);
}

export async function performances(
  ctx: RequestContext,
  unit: OrgUnitRow,
  args: { metrics?: string[] | null; period: PeriodSpec },
): Promise<PerformanceFigures[]> {
  const span = resolvePeriod(args.period);
  const catalogue = await ctx.loaders.metrics();
  const metrics = args.metrics ? args.metrics.map((m, i) => metricByCode(catalogue, m, `metrics[${i}]`)) : catalogue;
  return Promise.all(metrics.map((m) => performanceOf(ctx, unit, m, null, span)));
}
