import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkLimit, MAX_HISTORY } from '../audit/audit.resolver';
import { FactChange } from '../audit/audit.type';
import { Context } from '../graphql/context';
import { MetricDefinition } from '../metric/metric.catalogue';
import { Metric } from '../metric/metric.type';
import { OrgUnit, OrgUnitRow } from '../org/org-unit.type';
import { metricByCode } from './performance.service';
import { Performance } from './performance.type';

@Resolver(() => Performance)
export class PerformanceResolver {
  @FieldResolver(() => OrgUnit, { description: 'The office (Kantor Pusat, Kanwil, Kantor Cabang or kabupaten/kota) these figures belong to.' })
  async unit(@Root() p: Performance, @Ctx() ctx: Context): Promise<OrgUnitRow> {
    const unit = await ctx.loaders.unit.load(p.unitCode);
    if (!unit) throw new Error(`the office tree has no office ${p.unitCode}`);
    return unit;
  }

  @FieldResolver(() => Metric, { description: 'The metric (KPI) these figures are of, e.g. IURAN (Penerimaan Iuran), with its unit and how it adds up over time.' })
  metric(@Root() p: Performance, @Ctx() ctx: Context): Promise<MetricDefinition> {
    return metricByCode(ctx.loaders, p.metricCode);
  }

  @FieldResolver(() => [FactChange], {
    description: "The changes behind this figure, newest first: this office's own targets and realizations of this metric and segment whose spans overlap the period.",
  })
  async history(
    @Root() p: Performance,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50, description: `At most this many changes, 1 to ${MAX_HISTORY}.` }) limit: number | null,
  ): Promise<FactChange[]> {
    const rows = await ctx.loaders.history.load({
      unit: p.unitCode, metric: p.metricCode, segment: p.segment, kind: null,
      start: p.period.start, end: p.period.end, exact: false, limit: checkLimit(limit),
    });
    return rows.map(FactChange.from);
  }
}
