import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { monthSpan, yearSpan } from '../rollup/period';
import { DeleteFactInput, RealizationInput, TargetInput } from './fact.input';
import { DeletePayload, WritePayload } from './fact.payload';
import { deleteFact, writeFacts } from './fact.service';
import { FactKind } from './fact.types';
import { FactInput, UserError } from './fact.validation';

/** A target row's span, or the user error that its year or month is not one. */
function targetRow(t: TargetInput, index: number): FactInput | UserError {
  if (!Number.isInteger(t.year) || t.year < 1990 || t.year > 2100) {
    return { index, field: 'year', code: 'INVALID_YEAR', message: `year must be from 1990 to 2100, got ${t.year}` };
  }
  if (t.month != null && (!Number.isInteger(t.month) || t.month < 1 || t.month > 12)) {
    return { index, field: 'month', code: 'INVALID_MONTH', message: `month must be from 1 to 12, got ${t.month}` };
  }
  const span = t.month != null ? monthSpan(t.year, t.month) : yearSpan(t.year);
  return { unit: t.unit, metric: t.metric, segment: t.segment ?? null, kind: FactKind.TARGET, periodStart: span.start, periodEnd: span.end, value: t.value, note: t.note ?? null };
}

function isUserError(x: FactInput | UserError): x is UserError {
  return 'code' in x;
}

@Resolver()
export class FactResolver {
  @Mutation(() => WritePayload, { description: 'Sets yearly or monthly targets, up to 10 000 rows, all or nothing. EDITOR inside their scope, ADMIN anywhere.' })
  async upsertTargets(
    @Arg('input', () => [TargetInput], { description: 'The targets, one row each: office, metric, segment, year (and month), value.' }) input: TargetInput[],
    @Ctx() ctx: Context,
  ): Promise<WritePayload> {
    const actor = await ctx.access.writer();
    const rows = input.map(targetRow);
    const bad = rows.filter(isUserError);
    if (bad.length > 0) return { inserted: 0, updated: 0, unchanged: 0, userErrors: bad };
    return writeFacts(ctx.em, rows as FactInput[], { actor });
  }

  @Mutation(() => WritePayload, { description: 'Records realizations, up to 10 000 rows, all or nothing. EDITOR inside their scope, ADMIN anywhere.' })
  async recordRealizations(
    @Arg('input', () => [RealizationInput], { description: 'The realizations, one row each: office, metric, segment, span, value.' }) input: RealizationInput[],
    @Ctx() ctx: Context,
  ): Promise<WritePayload> {
    const actor = await ctx.access.writer();
    const rows: FactInput[] = input.map((r) => ({
      unit: r.unit, metric: r.metric, segment: r.segment ?? null, kind: FactKind.REALIZATION,
      periodStart: r.periodStart, periodEnd: r.periodEnd, value: r.value, note: r.note ?? null,
    }));
    return writeFacts(ctx.em, rows, { actor });
  }

  @Mutation(() => DeletePayload, { description: 'Deletes one target or realization, with a note saying why; the history keeps its last value.' })
  async deleteFact(
    @Arg('input', () => DeleteFactInput, { description: 'The stored figure, by its natural key, and the note saying why.' }) input: DeleteFactInput,
    @Ctx() ctx: Context,
  ): Promise<DeletePayload> {
    const actor = await ctx.access.writer();
    return deleteFact(ctx.em, { ...input, kind: input.kind as unknown as FactKind }, input.note, actor);
  }
}
