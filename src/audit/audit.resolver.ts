import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { FactKeyInput } from '../fact/fact.input';
import { formatTimestamp } from '../format';
import { RequestContext } from '../request/context';
import { ChangeRecord, DEFAULT_HISTORY_LIMIT, historyLimit, MAX_HISTORY, toFactChange } from './audit.service';
import { FactChange } from './audit.type';

@Resolver(() => FactChange)
export class AuditResolver {
  @Query(() => [FactChange], {
    description: 'Every change of one stored target or realization, newest first: who, when, old and new value, note.',
  })
  async factHistory(
    @Arg('fact', () => FactKeyInput, {
      description: 'The stored target or realization, by its natural key: office, metric, segment, kind and span.',
    })
    fact: FactKeyInput,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_HISTORY_LIMIT,
      description: `At most this many changes, 1 to ${MAX_HISTORY}.`,
    })
    limit: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeRecord[]> {
    const n = historyLimit(limit);
    await ctx.access.assertRead(fact.unit);
    const rows = await ctx.loaders.history.load({
      unit: fact.unit,
      metric: fact.metric,
      segment: fact.segment ?? null,
      kind: fact.kind,
      start: fact.periodStart,
      end: fact.periodEnd,
      exact: true,
      limit: n,
    });
    return rows.map(toFactChange);
  }

  @FieldResolver(() => String, { description: 'When, in Asia/Jakarta: 19 Desember 2019 14.05 WIB.' })
  atLabel(@Root() change: ChangeRecord): string {
    return formatTimestamp(new Date(change.at));
  }
}
