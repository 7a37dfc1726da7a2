import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ChangeRecord, DEFAULT_HISTORY_LIMIT, historyLimit, MAX_HISTORY, toFactChange } from '../audit/audit.service';
import { FactChange } from '../audit/audit.type';
import { MetricDefinition } from '../metric/metric.model';
import { metricByCode } from '../metric/metric.service';
import { Metric } from '../metric/metric.type';
import { OrgUnitRow } from '../org/org.model';
import { OrgUnit } from '../org/org-unit.type';
import { RequestContext } from '../request/context';
import { Percent } from './percent.type';
import { PercentFigure, PerformanceFigures } from './performance.model';
import { growthOf, shareOfParentOf, summaryOf } from './performance.service';
import { Performance } from './performance.type';

@Resolver(() => Performance)
export class PerformanceResolver {
  @FieldResolver(() => OrgUnit, {
    description: 'The office (Kantor Pusat, Kanwil, Kantor Cabang or kabupaten/kota) these figures belong to.',
  })
  async unit(@Root() p: PerformanceFigures, @Ctx() ctx: RequestContext): Promise<OrgUnitRow> {
    const unit = await ctx.loaders.unit.load(p.unitCode);
    if (!unit) throw new Error(`the office tree has no office ${p.unitCode}`);
    return unit;
  }

  @FieldResolver(() => Metric, {
    description: 'The metric (KPI) these figures are of, e.g. IURAN (Penerimaan Iuran), with its unit and how it adds up over time.',
  })
  async metric(@Root() p: PerformanceFigures, @Ctx() ctx: RequestContext): Promise<MetricDefinition> {
    return metricByCode(await ctx.loaders.metrics(), p.metricCode);
  }

  @FieldResolver(() => Percent, {
    nullable: true,
    description:
      "Growth (pertumbuhan) against the same period one year earlier: (realization - last year's) / last year's x 100. Null when last year has no figure or a zero one.",
  })
  growth(@Root() p: PerformanceFigures, @Ctx() ctx: RequestContext): Promise<PercentFigure | null> {
    return growthOf(ctx, p);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The figures as one Indonesian sentence, as the press releases write them, e.g. "Realisasi penerimaan iuran Kantor Cabang Pekalongan periode 1 Januari - 19 Desember 2019 sebesar Rp146,31 miliar dari target Rp137,96 miliar atau 106,05 persen." Rupiah short, counts whole with their unit; the shortfall when below the target of the period; the growth against the same period a year earlier when there is one.',
  })
  summary(@Root() p: PerformanceFigures, @Ctx() ctx: RequestContext): Promise<string> {
    return summaryOf(ctx, p);
  }

  @FieldResolver(() => Percent, {
    nullable: true,
    description:
      "Kontribusi: this office's share of the office above, realization / the parent's realization x 100. Null at the root, or at the top of the caller's scope.",
  })
  shareOfParent(@Root() p: PerformanceFigures, @Ctx() ctx: RequestContext): Promise<PercentFigure | null> {
    return shareOfParentOf(ctx, p);
  }

  @FieldResolver(() => [FactChange], {
    description:
      "The changes behind this figure, newest first: this office's own targets and realizations of this metric and segment whose spans overlap the period.",
  })
  async history(
    @Root() p: PerformanceFigures,
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_HISTORY_LIMIT,
      description: `At most this many changes, 1 to ${MAX_HISTORY}.`,
    })
    limit: number | null,
  ): Promise<ChangeRecord[]> {
    const rows = await ctx.loaders.history.load({
      unit: p.unitCode,
      metric: p.metricCode,
      segment: p.segment,
      kind: null,
      start: p.period.start,
      end: p.period.end,
      exact: false,
      limit: historyLimit(limit),
    });
    return rows.map(toFactChange);
  }
}
