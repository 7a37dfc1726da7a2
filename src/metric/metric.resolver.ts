import { Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../request/context';
import { MetricDefinition } from './metric.model';
import { Metric } from './metric.type';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => [Metric], {
    description: 'The metric catalogue (IURAN, PESERTA_AKTIF, ...), in display order: the codes to pass as `metric` to performance.',
  })
  metrics(@Ctx() ctx: RequestContext): Promise<MetricDefinition[]> {
    return ctx.loaders.metrics();
  }
}
