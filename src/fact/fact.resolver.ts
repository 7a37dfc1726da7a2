import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { MAX_YEAR, MIN_YEAR, monthSpan, yearSpan } from '../calendar/calendar';
import { UserErrorInfo } from '../common/user-error';
import { RequestContext } from '../request/context';
import { DeleteFactInput, RealizationInput, TargetInput } from './fact.input';
import { FactInput, FactKind } from './fact.model';
import { DeletePayload, WritePayload } from './fact.payload';
import { deleteFact, MAX_BATCH_ROWS, writeFacts } from './fact.service';

/** A target row's span, or the user error that its year or month is not one. */
function targetRow(t: TargetInput, index: number): FactInput | UserErrorInfo {
  if (!Number.isInteger(t.year) || t.year < MIN_YEAR || t.year > MAX_YEAR) {
    return { index, field: 'year', code: 'INVALID_YEAR', message: `year must be from ${MIN_YEAR} to ${MAX_YEAR}, got ${t.year}` };
  }
  if (t.month != null && (!Number.isInteger(t.month) || t.month < 1 || t.month > 12)) {
    return { index, field: 'month', code: 'INVALID_MONTH', message: `month must be from 1 to 12, got ${t.month}` };
  }
  const span = t.month != null ? monthSpan(t.year, t.month) : yearSpan(t.year);
  return {
    unit: t.unit,
    metric: t.metric,
    segment: t.segment ?? null,
    kind: FactKind.TARGET,
    periodStart: span.start,
    periodEnd: span.end,
    value: t.value,
    note: t.note ?? null,
  };
}

function isUserError(x: FactInput | UserErrorInfo): x is UserErrorInfo {
  return 'code' in x;
}

/** "10 000", as the descriptions have always written it. */
const ROWS = String(MAX_BATCH_ROWS).replace(/\B(?=(\d{3})+$)/g, ' ');

@Resolver()
export class FactResolver {
  @Mutation(() => WritePayload, {
    description: `Sets yearly or monthly targets, up to ${ROWS} rows, all or nothing. EDITOR inside their scope, ADMIN anywhere.`,
  })
  async upsertTargets(
    @Arg('input', () => [TargetInput], { description: 'The targets, one row each: office, metric, segment, year (and month), value.' })
    input: TargetInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<WritePayload> {
    const actor = await ctx.access.writer();
    const rows = input.map(targetRow);
    const bad = rows.filter(isUserError);
    if (bad.length > 0) return { inserted: 0, updated: 0, unchanged: 0, userErrors: bad };
    return writeFacts(ctx.em, rows as FactInput[], { actor, maxNoteLength: ctx.settings.maxNoteLength });
  }

  @Mutation(() => WritePayload, {
    description: `Records realizations, up to ${ROWS} rows, all or nothing. EDITOR inside their scope, ADMIN anywhere.`,
  })
  async recordRealizations(
    @Arg('input', () => [RealizationInput], { description: 'The realizations, one row each: office, metric, segment, span, value.' })
    input: RealizationInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<WritePayload> {
    const actor = await ctx.access.writer();
    const rows: FactInput[] = input.map((r) => ({
      unit: r.unit,
      metric: r.metric,
      segment: r.segment ?? null,
      kind: FactKind.REALIZATION,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      value: r.value,
      note: r.note ?? null,
    }));
    return writeFacts(ctx.em, rows, { actor, maxNoteLength: ctx.settings.maxNoteLength });
  }

  @Mutation(() => DeletePayload, {
    description: 'Deletes one target or realization, with a note saying why; the history keeps its last value.',
  })
  async deleteFact(
    @Arg('input', () => DeleteFactInput, { description: 'The stored figure, by its natural key, and the note saying why.' })
    input: DeleteFactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const actor = await ctx.access.writer();
    return deleteFact(ctx.em, input, input.note, actor, ctx.settings.maxNoteLength);
  }
}
