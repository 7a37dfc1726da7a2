/**
 * Builds an office's PerformanceFigures: validates the arguments against the
 * metric catalogue, asks the request's rollup loader for the period, and
 * derives the figures (docs/domain.md §6). Growth and the share of the parent
 * need other rollups (last year's, the parent's): they are loaded only when a
 * query asks for them (growthOf, shareOfParentOf).
 */
import { DateSpan, isWholeYear, previousYear } from '../calendar/calendar';
import { describedSpan, summarySentence } from '../format';
import { MetricDefinition, Segment, TimeAggregation, unitScale } from '../metric/metric.model';
import { checkSegment, metricByCode } from '../metric/metric.service';
import { OrgLevel, OrgUnitRow } from '../org/org.model';
import { RequestContext } from '../request/context';
import { achievement, amountOf, atScale, gap, growth, percentOf, status } from './performance.math';
import { PercentFigure, PerformanceFigures, ValueSource } from './performance.model';
import { PeriodSpec, resolvePeriod } from './period';
import { OfficeFigures } from './rollup.sql';

function percent(value: string | null): PercentFigure | null {
  return value === null ? null : { value };
}

export function sourceOf(recorded: boolean): ValueSource {
  return recorded ? ValueSource.RECORDED : ValueSource.ROLLED_UP;
}

/**
 * The derived figures of one office, from its rollup row, each computed when
 * first read and then kept: a query reads a few of them (the IURAN tree asks
 * for realization and target of 645 offices), and deriving all of them
 * eagerly cost about 6 ms of a 70 ms request. Pure: the same row gives the
 * same figures. The figures are getters: read them by name (GraphQL, the
 * exports and the sorts do); a spread or Object.keys does not see them, and
 * toJSON gives them as a plain object.
 */
class DerivedFigures implements PerformanceFigures {
  readonly unitCode: string;
  readonly parentCode: string | null;
  readonly metricCode: string;
  readonly period: DateSpan;
  readonly dataUntil: string | null;
  private readonly scale: number;
  private values?: { realization: string | null; target: string | null; prorated: string | null };
  private readonly derived = new Map<keyof PerformanceFigures, unknown>();

  constructor(
    unit: OrgUnitRow,
    private readonly metric: MetricDefinition,
    readonly segment: Segment | null,
    span: DateSpan,
    private readonly row: OfficeFigures,
  ) {
    this.unitCode = unit.code;
    this.parentCode = unit.parentCode;
    this.metricCode = metric.code;
    this.period = { start: span.start, end: span.end };
    this.dataUntil = row.data_until;
    this.scale = unitScale(metric.unit);
  }

  /** The three values at the metric's scale, the prorated target the target's for a whole year. */
  private get v() {
    if (!this.values) {
      const target = atScale(this.row.target, this.scale);
      this.values = {
        realization: atScale(this.row.realization, this.scale),
        target,
        prorated: isWholeYear(this.period) ? target : atScale(this.row.prorated_target, this.scale),
      };
    }
    return this.values;
  }

  private once<K extends keyof PerformanceFigures>(key: K, compute: () => PerformanceFigures[K]): PerformanceFigures[K] {
    if (!this.derived.has(key)) this.derived.set(key, compute());
    return this.derived.get(key) as PerformanceFigures[K];
  }

  get realization() {
    return this.once('realization', () => amountOf(this.v.realization, this.metric.unit, sourceOf(this.row.realization_recorded)));
  }
  get target() {
    return this.once('target', () => amountOf(this.v.target, this.metric.unit, sourceOf(this.row.target_recorded)));
  }
  get proratedTarget() {
    return this.once('proratedTarget', () => amountOf(this.v.prorated, this.metric.unit, sourceOf(this.row.target_recorded)));
  }
  get achievement() {
    return this.once('achievement', () => percent(achievement(this.v.realization, this.v.target)));
  }
  get proratedAchievement() {
    return this.once('proratedAchievement', () => percent(achievement(this.v.realization, this.v.prorated)));
  }
  get gap() {
    return this.once('gap', () => amountOf(gap(this.v.realization, this.v.target, this.scale), this.metric.unit, ValueSource.ROLLED_UP));
  }
  get status() {
    return this.once('status', () => status(this.v.realization, this.v.prorated));
  }
  get childrenRealization() {
    return this.once('childrenRealization', () => amountOf(this.row.children_realization, this.metric.unit, ValueSource.ROLLED_UP));
  }
  /** The figures as a plain object (JSON.stringify of the class would show its inputs, not its figures). */
  toJSON(): PerformanceFigures {
    const { unitCode, parentCode, metricCode, segment, period, dataUntil } = this;
    return {
      unitCode,
      parentCode,
      metricCode,
      segment,
      period,
      dataUntil,
      realization: this.realization,
      target: this.target,
      proratedTarget: this.proratedTarget,
      achievement: this.achievement,
      proratedAchievement: this.proratedAchievement,
      gap: this.gap,
      status: this.status,
      childrenRealization: this.childrenRealization,
    };
  }
}

/** The derived figures of one office, from its rollup row (computed as they are read). Pure. */
export function buildPerformance(
  unit: OrgUnitRow,
  metric: MetricDefinition,
  segment: Segment | null,
  span: DateSpan,
  row: OfficeFigures,
): PerformanceFigures {
  return new DerivedFigures(unit, metric, segment, span, row);
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
 * `span` is the span the realization is taken as (the period, or for a
 * sentence the period cut at its data position): last year's is the same
 * dates a year earlier.
 */
export async function growthOf(ctx: RequestContext, p: PerformanceFigures, span: DateSpan = p.period): Promise<PercentFigure | null> {
  if (p.realization === null) return null;
  const scale = unitScale(p.realization.unit);
  const before = await ctx.loaders.rollup.load(requestOf(p, p.unitCode, previousYear(span), scale));
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

/** The office as a sentence names it: the national figures are the agency's, not the head office's. */
function officeInSentence(unit: OrgUnitRow): string {
  return unit.level === OrgLevel.NASIONAL ? 'BPJS Ketenagakerjaan secara nasional' : unit.name;
}

/**
 * The figures as one Indonesian sentence, as the press releases write them
 * (the wording is src/format/summary.ts's), with the growth against last
 * year when there is one.
 */
export async function summaryOf(ctx: RequestContext, p: PerformanceFigures): Promise<string> {
  // the realization of the period is that of the period cut at its data position (nothing was reported after it)
  const span = describedSpan(p.period, p.dataUntil);
  const [unit, catalogue, growth] = await Promise.all([ctx.loaders.unit.load(p.unitCode), ctx.loaders.metrics(), growthOf(ctx, p, span)]);
  if (!unit) throw new Error(`the office tree has no office ${p.unitCode}`);
  const metric = metricByCode(catalogue, p.metricCode);
  return summarySentence({
    metric: metric.name,
    unit: metric.unit,
    stock: metric.timeAggregation === TimeAggregation.LAST,
    segment: p.segment,
    office: officeInSentence(unit),
    period: p.period,
    dataUntil: p.dataUntil,
    realization: p.realization?.value ?? null,
    target: p.target?.value ?? null,
    achievement: p.achievement?.value ?? null,
    periodTarget: p.proratedTarget?.value ?? null,
    status: p.status,
    growth: growth?.value ?? null,
  });
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
