import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Segment } from '../metric/metric.model';
import { RequestContext } from '../request/context';
import { PerformanceFigures } from '../rollup/performance.model';
import { performance, performances } from '../rollup/performance.service';
import { Performance } from '../rollup/performance.type';
import { PeriodInput } from '../rollup/period.type';
import { OrgLevel, OrgUnitRow, ROOT_CODE } from './org.model';
import { ancestry, unitAt } from './org.service';
import { Kanwil, KantorCabang, Nasional, OrgUnit, Wilayah } from './org-unit.type';

/** Fields every office has, inherited by Nasional, Kanwil, KantorCabang and Wilayah. */
@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description:
      'The office directly above (a Kantor Cabang for a kabupaten/kota, a Kanwil for a Kantor Cabang, Kantor Pusat for a Kanwil); null for NASIONAL.',
  })
  async parent(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow | null> {
    if (!unit.parentCode) return null;
    await ctx.access.assertRead(unit.parentCode);
    return ctx.loaders.unit.load(unit.parentCode);
  }

  @FieldResolver(() => [OrgUnit], {
    description: 'The offices directly below, whose figures roll up into this one, ordered by code; empty for a kabupaten/kota (wilayah).',
  })
  children(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }

  @FieldResolver(() => [OrgUnit], {
    description:
      'The chain of offices from the root to this one: Kantor Pusat first, this office last. For a user with a limited scope, it starts at the office of their scope.',
  })
  async path(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow[]> {
    const path = await ancestry(ctx.loaders.unit, unit);
    const readable = await Promise.all(path.map((u) => ctx.access.canRead(u.code)));
    return path.filter((_, i) => readable[i]);
  }

  @FieldResolver(() => Performance, {
    description:
      "This office's realisasi, target, capaian, selisih and kontribusi for one metric over one period, optionally for one segment. By the rollup rule: its own recorded figure, else the sum of its children's.",
  })
  performance(
    @Root() unit: OrgUnitRow,
    @Ctx() ctx: RequestContext,
    @Arg('metric', () => ID, { description: 'A metric code from `metrics`, e.g. IURAN.' }) metric: string,
    @Arg('period', () => PeriodInput, { description: 'The reporting period: a year, a quarter, a month, or a year to date.' })
    period: PeriodInput,
    @Arg('segment', () => Segment, {
      nullable: true,
      description:
        'One participant segment (PU, BPU, JAKON, PMI), only for metrics with segments; omitted for the total over all segments.',
    })
    segment?: Segment | null,
  ): Promise<PerformanceFigures> {
    return performance(ctx, unit, { metric, period, segment });
  }

  @FieldResolver(() => [Performance], {
    description:
      "This office's figures for several metrics over one period (totals, no segment): every metric of the catalogue when metrics is omitted.",
  })
  performances(
    @Root() unit: OrgUnitRow,
    @Ctx() ctx: RequestContext,
    @Arg('period', () => PeriodInput, { description: 'The reporting period: a year, a quarter, a month, or a year to date.' })
    period: PeriodInput,
    @Arg('metrics', () => [ID], {
      nullable: true,
      description: 'Metric codes (e.g. IURAN, PESERTA_AKTIF), in the order wanted; omitted for all, in catalogue order.',
    })
    metrics?: string[] | null,
  ): Promise<PerformanceFigures[]> {
    return performances(ctx, unit, { metrics, period });
  }
}

@Resolver(() => Nasional)
export class NasionalResolver {
  @FieldResolver(() => [Kanwil], { description: 'The 11 Kantor Wilayah (Kanwil), ordered by code.' })
  kanwil(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }
}

@Resolver(() => Kanwil)
export class KanwilResolver {
  @FieldResolver(() => [KantorCabang], { description: 'The Kantor Cabang of this Kanwil, ordered by code.' })
  kantorCabang(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }
}

@Resolver(() => KantorCabang)
export class KantorCabangResolver {
  @FieldResolver(() => Kanwil, { description: 'The Kantor Wilayah (Kanwil) this Kantor Cabang belongs to.' })
  async kanwil(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow> {
    await ctx.access.assertRead(unit.parentCode ?? '');
    return unitAt(ctx.loaders.unit, unit.parentCode, OrgLevel.KANWIL);
  }

  @FieldResolver(() => [Wilayah], { description: 'The kabupaten/kota (wilayah) this Kantor Cabang serves, ordered by Kemendagri code.' })
  wilayah(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow[]> {
    return ctx.loaders.children.load(unit.code);
  }
}

@Resolver(() => Wilayah)
export class WilayahResolver {
  @FieldResolver(() => KantorCabang, { description: 'The Kantor Cabang serving this kabupaten/kota.' })
  async kantorCabang(@Root() unit: OrgUnitRow, @Ctx() ctx: RequestContext): Promise<OrgUnitRow> {
    await ctx.access.assertRead(unit.parentCode ?? '');
    return unitAt(ctx.loaders.unit, unit.parentCode, OrgLevel.KANTOR_CABANG);
  }
}

@Resolver()
export class OrgQueryResolver {
  @Query(() => Nasional, { description: 'Kantor Pusat, the root of the office tree: start here for a national-to-wilayah rollup.' })
  async nasional(@Ctx() ctx: RequestContext): Promise<OrgUnitRow> {
    await ctx.access.assertRead(ROOT_CODE);
    return unitAt(ctx.loaders.unit, ROOT_CODE, OrgLevel.NASIONAL);
  }

  @Query(() => OrgUnit, { nullable: true, description: 'Any office or wilayah by its code; null when no office has that code.' })
  orgUnit(
    @Arg('code', () => ID, {
      description: 'NASIONAL, a Kanwil code (BANTEN), a Kantor Cabang code (PEKALONGAN) or a Kemendagri code (33.75).',
    })
    code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitRow | null> {
    return readable(ctx, code, null);
  }

  @Query(() => Kanwil, { nullable: true, description: 'A Kanwil by its code, e.g. BANTEN; null when there is none.' })
  kanwil(
    @Arg('code', () => ID, { description: 'The Kanwil code, e.g. BANTEN, JATIM, JATENG_DIY.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitRow | null> {
    return readable(ctx, code, OrgLevel.KANWIL);
  }

  @Query(() => KantorCabang, { nullable: true, description: 'A Kantor Cabang by its code, e.g. PEKALONGAN; null when there is none.' })
  kantorCabang(
    @Arg('code', () => ID, { description: 'The Kantor Cabang code, e.g. PEKALONGAN, SERANG.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitRow | null> {
    return readable(ctx, code, OrgLevel.KANTOR_CABANG);
  }

  @Query(() => Wilayah, { nullable: true, description: 'A kabupaten/kota by its Kemendagri code, e.g. 33.75; null when there is none.' })
  wilayah(
    @Arg('code', () => ID, { description: 'The Kemendagri code of the kabupaten/kota, e.g. 33.75 (Kota Pekalongan).' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitRow | null> {
    return readable(ctx, code, OrgLevel.WILAYAH);
  }
}

/**
 * The office with this code (at this level), null when there is none,
 * FORBIDDEN outside the caller's scope. The scope is checked first: a code
 * outside it answers FORBIDDEN whether or not it exists, so that a scoped
 * caller cannot learn which codes exist elsewhere.
 */
async function readable(ctx: RequestContext, code: string, level: OrgLevel | null): Promise<OrgUnitRow | null> {
  await ctx.access.assertRead(code);
  const unit = await ctx.loaders.unit.load(code);
  if (!unit || (level !== null && unit.level !== level)) return null;
  return unit;
}
