/**
 * Builds an office's PerformanceFigures: validates the arguments against the
 * metric catalogue, asks the request's rollup loader for the period, and
 * derives the figures (docs/domain.md §6). Growth and the share of the parent
 * need other rollups (last year's, the parent's): they are loaded only when a
 * query asks for them (growthOf, shareOfParentOf).
 */
import { DateSpan, isWholeYear, previousYear } from '../calendar/calendar';
import { MetricDefinition, Segment, unitScale } from '../metric/metric.model';
import { checkSegment, metricByCode } from '../metric/metric.service';
import { OrgUnitRow } from '../org/org.model';
import { RequestContext } from '../request/context';
import { achievement, amountOf, atScale, gap, growth, percentOf, status } from './performance.math';
import { PercentFigure, PerformanceFigures, ValueSource } from './performance.model';
import { PeriodSpec, resolvePeriod } from './period';
import { RollupRow } from './rollup.sql';

function percent(value: string | null): PercentFigure | null {
  return value === null ? null : { value };
}

export function sourceOf(recorded: boolean): ValueSource {
  return recorded ? ValueSource.RECORDED : ValueSource.ROLLED_UP;
}

/** The derived figures of one office, from its rollup row. Pure. */
export function buildPerformance(
  unit: OrgUnitRow,
  metric: MetricDefinition,
  segment: Segment | null,
  span: DateSpan,
  row: RollupRow,
): PerformanceFigures {
  const scale = unitScale(metric.unit);
  const realization = atScale(row.realization, scale);
  const target = atScale(row.target, scale);
  const prorated = isWholeYear(span) ? target : atScale(row.prorated_target, scale);
  const targetSource = sourceOf(row.target_recorded);
  return {
    unitCode: unit.code,
    parentCode: unit.parentCode,
    metricCode: metric.code,
    segment,
    period: { start: span.start, end: span.end },
    realization: amountOf(realization, metric.unit, sourceOf(row.realization_recorded)),
    target: amountOf(target, metric.unit, targetSource),
    proratedTarget: amountOf(prorated, metric.unit, targetSource),
    achievement: percent(achievement(realization, target)),
    proratedAchievement: percent(achievement(realization, prorated)),
    gap: amountOf(gap(realization, target, scale), metric.unit, ValueSource.ROLLED_UP),
    status: status(realization, prorated),
    childrenRealization: amountOf(row.children_realization, metric.unit, ValueSource.ROLLED_UP),
    dataUntil: row.data_until,
  };
}

/** The rollup request of a figure's office, metric and segment for a span. */
function requestOf(p: PerformanceFigures, unit: string, period: DateSpan, scale: number) {
  return { unit, metric: p.metricCode, scale, segment: p.segment, period };
}

/** One office's figures for a resolved metric, segment and span (batched through the request's rollup loader). */
export async function performanceOf(
  ctx: RequestContext,
  unit: OrgUnitRow,
  metric: MetricDefinition,
  segment: Segment | null,
  span: DateSpan,
): Promise<PerformanceFigures> {
  const row = await ctx.loaders.rollup.load({ unit: unit.code, metric: metric.code, scale: unitScale(metric.unit), segment, period: span });
  return buildPerformance(unit, metric, segment, span, row);
}

/**
 * Growth against the same period one year earlier; loaded only when asked
 * for (all the growths of one level of a query share one statement).
 */
export async function growthOf(ctx: RequestContext, p: PerformanceFigures): Promise<PercentFigure | null> {
  if (p.realization === null) return null;
  const scale = unitScale(p.realization.unit);
  const before = await ctx.loaders.rollup.load(requestOf(p, p.unitCode, previousYear(p.period), scale));
  return percent(growth(p.realization.value, atScale(before.realization, scale)));
}

/**
 * This figure's share of the office above, when the caller may see that
 * office: no figure outside the caller's scope leaks, not even as a share.
 */
export async function shareOfParentOf(ctx: RequestContext, p: PerformanceFigures): Promise<PercentFigure | null> {
  if (p.realization === null || p.parentCode === null || !(await ctx.access.canRead(p.parentCode))) return null;
  const parent = await ctx.loaders.rollup.load(requestOf(p, p.parentCode, p.period, unitScale(p.realization.unit)));
  return percent(percentOf(p.realization.value, parent.realization));
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
