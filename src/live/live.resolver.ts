import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { InputError } from '../common/errors';
import { Segment } from '../metric/metric.model';
import { PerformanceFigures } from '../rollup/performance.model';
import { Performance } from '../rollup/performance.type';
import { PeriodInput } from '../rollup/period.type';
import { RequestContext } from '../request/context';
import { LiveArgs, LivePush } from './live.service';

@Resolver()
export class LiveResolver {
  @Subscription(() => Performance, {
    description:
      'Live figures of one office, metric and period (and segment): the new Performance each time a committed write changes them, whether the write was to this office or to any office below it, and only then (nothing when subscribing; nothing for a write that leaves them as they were). Bursts of writes are coalesced: at most one push per subscription per short window (SUBSCRIPTION_WINDOW_MS, 200 ms by default). Over WebSocket (graphql-ws, the graphql-transport-ws protocol) on /graphql; a bearer token goes in the connection\'s payload as {"authorization": "Bearer <token>"}. The office must be inside the caller\'s scope, as for queries (FORBIDDEN otherwise).',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      if (!ctx.live) throw new InputError('subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP');
      return ctx.live.subscribe(ctx, args as LiveArgs);
    },
  })
  performanceChanged(
    @Root() push: LivePush,
    @Ctx() ctx: RequestContext,
    @Arg('unit', () => String, { description: 'The office code, e.g. BANTEN or NASIONAL.' }) _unit: string,
    @Arg('metric', () => String, { description: 'A metric code from `metrics`, e.g. IURAN.' }) _metric: string,
    @Arg('period', () => PeriodInput, { description: 'The reporting period: a year, a quarter, a month, or a year to date.' })
    _period: PeriodInput,
    @Arg('segment', () => Segment, {
      nullable: true,
      description: 'One participant segment (PU, BPU, JAKON, PMI), only for metrics with segments; omitted for the total.',
    })
    _segment?: Segment | null,
  ): PerformanceFigures {
    // the fields below resolve in the push's own context: fresh loaders, the read's server, the caller's access
    Object.assign(ctx, {
      em: push.context.em,
      loaders: push.context.loaders,
      access: push.context.access,
      dataVersion: push.context.dataVersion,
    });
    return push.figures;
  }
}
