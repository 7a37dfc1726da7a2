import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { InputError } from '../common/input-error';
import { FactKeyInput } from '../fact/fact.input';
import { Context } from '../graphql/context';
import { FactChange } from './audit.type';

export const MAX_HISTORY = 500;

export function checkLimit(limit: number | null | undefined): number {
  const n = limit ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > MAX_HISTORY) throw new InputError(`limit must be a whole number from 1 to ${MAX_HISTORY}, got ${n}`, 'limit');
  return n;
}

@Resolver()
export class AuditResolver {
  @Query(() => [FactChange], { description: 'Every change of one stored target or realization, newest first: who, when, old and new value, note.' })
  async factHistory(
    @Arg('fact', () => FactKeyInput, { description: 'The stored target or realization, by its natural key: office, metric, segment, kind and span.' }) fact: FactKeyInput,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50, description: `At most this many changes, 1 to ${MAX_HISTORY}.` }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<FactChange[]> {
    const n = checkLimit(limit);
    await ctx.access.assertRead(fact.unit);
    const rows = await ctx.loaders.history.load({
      unit: fact.unit, metric: fact.metric, segment: fact.segment ?? null, kind: fact.kind,
      start: fact.periodStart, end: fact.periodEnd, exact: true, limit: n,
    });
    return rows.map(FactChange.from);
  }
}
