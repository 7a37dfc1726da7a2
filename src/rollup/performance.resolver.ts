import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { MetricDefinition } from '../metric/metric.catalogue';
import { Metric } from '../metric/metric.type';
import { OrgUnit, OrgUnitRow } from '../org/org-unit.type';
import { unitAt } from '../org/org.service';
import { OrgLevel } from '../org/org-level';
import { metricByCode } from './performance.service';
import { Performance } from './performance.type';

@Resolver(() => Performance)
export class PerformanceResolver {
  @FieldResolver(() => OrgUnit, { description: 'The office these figures belong to.' })
  async unit(@Root() p: Performance, @Ctx() ctx: Context): Promise<OrgUnitRow> {
    const unit = await ctx.loaders.unit.load(p.unitCode);
    return unit ?? unitAt(ctx.loaders, p.unitCode, OrgLevel.NASIONAL);
  }

  @FieldResolver(() => Metric)
  metric(@Root() p: Performance, @Ctx() ctx: Context): Promise<MetricDefinition> {
    return metricByCode(ctx.loaders, p.metricCode);
  }
}
