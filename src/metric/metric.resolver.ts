import { Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { MetricDefinition } from './metric.catalogue';
import { Metric } from './metric.type';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => [Metric], { description: 'The metric catalogue (IURAN, PESERTA_AKTIF, ...), in display order: the codes to pass as `metric` to performance.' })
  metrics(@Ctx() ctx: Context): Promise<MetricDefinition[]> {
    return ctx.loaders.metrics();
  }
}
