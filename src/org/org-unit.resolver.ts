import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { Segment } from '../metric/metric.types';
import { PeriodInput } from '../rollup/period.type';
import { performance, performances } from '../rollup/performance.service';
import { Performance } from '../rollup/performance.type';
import { OrgLevel } from './org-level';
import { Kanwil, KantorCabang, Nasional, OrgUnit, OrgUnitRow, Wilayah } from './org-unit.type';
import { ancestry, unitAt } from './org.service';

/** Fields every office has, inherited by Nasional, Kanwil, KantorCabang and Wilayah. */
@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The office directly above; null for NASIONAL.' })
  async parent(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow | null> {
    if (!unit.parentCode) return null;
    await ctx.access.assertRead(unit.parentCode);
    return ctx.loaders.unit.load(unit.parentCode);
  }

  @FieldResolver(() => [OrgUnit], { description: 'The offices directly below, ordered by code; empty for a wilayah.' })
  children(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }

  @FieldResolver(() => [OrgUnit], { description: 'root first, this unit last (for a user with a limited scope, from the office of their scope)' })
  async path(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow[]> {
    const path = await ancestry(ctx.loaders, unit);
    const readable = await Promise.all(path.map((u) => ctx.access.canRead(u.code)));
    return path.filter((_, i) => readable[i]);
  }

  @FieldResolver(() => Performance, { description: 'This office\'s figures for one metric over one period, optionally for one segment.' })
  performance(
    @Root() unit: OrgUnitRow,
    @Ctx() ctx: Context,
    @Arg('metric', () => ID, { description: 'A metric code from `metrics`, e.g. IURAN.' }) metric: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('segment', () => Segment, { nullable: true, description: 'Only for metrics with segments; omitted for the total.' }) segment?: Segment | null,
  ): Promise<Performance> {
    return performance(ctx, unit, { metric, period, segment });
  }

  @FieldResolver(() => [Performance], { description: 'all metrics when metrics is omitted' })
  performances(
    @Root() unit: OrgUnitRow,
    @Ctx() ctx: Context,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('metrics', () => [ID], { nullable: true, description: 'Metric codes, in the order wanted.' }) metrics?: string[] | null,
  ): Promise<Performance[]> {
    return performances(ctx, unit, { metrics, period });
  }
}

@Resolver(() => Nasional)
export class NasionalResolver {
  @FieldResolver(() => [Kanwil], { description: 'The 11 Kantor Wilayah, ordered by code.' })
  kanwil(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }
}

@Resolver(() => Kanwil)
export class KanwilResolver {
  @FieldResolver(() => [KantorCabang], { description: 'Its Kantor Cabang, ordered by code.' })
  kantorCabang(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }
}

@Resolver(() => KantorCabang)
export class KantorCabangResolver {
  @FieldResolver(() => Kanwil, { description: 'The Kanwil this branch belongs to.' })
  async kanwil(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow> {
    await ctx.access.assertRead(unit.parentCode ?? '');
    return unitAt(ctx.loaders, unit.parentCode, OrgLevel.KANWIL);
  }

  @FieldResolver(() => [Wilayah], { description: 'The kabupaten/kota it serves, ordered by code.' })
  wilayah(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }
}

@Resolver(() => Wilayah)
export class WilayahResolver {
  @FieldResolver(() => KantorCabang, { description: 'The Kantor Cabang serving this kabupaten/kota.' })
  async kantorCabang(@Root() unit: OrgUnitRow, @Ctx() ctx: Context): Promise<OrgUnitRow> {
    await ctx.access.assertRead(unit.parentCode ?? '');
    return unitAt(ctx.loaders, unit.parentCode, OrgLevel.KANTOR_CABANG);
  }
}

@Resolver()
export class OrgQueryResolver {
  @Query(() => Nasional, { description: 'Kantor Pusat, the root of the office tree: start here for a national-to-wilayah rollup.' })
  async nasional(@Ctx() ctx: Context): Promise<OrgUnitRow> {
    await ctx.access.assertRead('NASIONAL');
    return unitAt(ctx.loaders, 'NASIONAL', OrgLevel.NASIONAL);
  }

  @Query(() => OrgUnit, { nullable: true, description: 'Any office or wilayah by its code; null when no office has that code.' })
  orgUnit(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<OrgUnitRow | null> {
    return readable(ctx, code, null);
  }

  @Query(() => Kanwil, { nullable: true, description: 'A Kanwil by its code, e.g. BANTEN; null when there is none.' })
  kanwil(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<OrgUnitRow | null> {
    return atLevel(ctx, code, OrgLevel.KANWIL);
  }

  @Query(() => KantorCabang, { nullable: true, description: 'A Kantor Cabang by its code, e.g. PEKALONGAN; null when there is none.' })
  kantorCabang(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<OrgUnitRow | null> {
    return atLevel(ctx, code, OrgLevel.KANTOR_CABANG);
  }

  @Query(() => Wilayah, { nullable: true, description: 'A kabupaten/kota by its Kemendagri code, e.g. 33.75; null when there is none.' })
  wilayah(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<OrgUnitRow | null> {
    return atLevel(ctx, code, OrgLevel.WILAYAH);
  }
}

/** The office with this code (at this level), null when there is none, FORBIDDEN outside the caller's scope. */
async function readable(ctx: Context, code: string, level: OrgLevel | null): Promise<OrgUnitRow | null> {
  const unit = await ctx.loaders.unit.load(code);
  if (!unit || (level !== null && unit.level !== level)) return null;
  await ctx.access.assertRead(unit.code);
  return unit;
}

function atLevel(ctx: Context, code: string, level: OrgLevel): Promise<OrgUnitRow | null> {
  return readable(ctx, code, level);
}
