import { Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { MetricDefinition } from './metric.catalogue';
import { Metric } from './metric.type';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => [Metric], { description: 'The metric catalogue, in display order.' })
  metrics(@Ctx() ctx: Context): Promise<MetricDefinition[]> {
    return ctx.loaders.metrics();
  }
}
