import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UserError } from '../fact/fact.payload';
import { Context } from '../graphql/context';
import { OrgLevel } from './org-level';
import { addOrgUnit, moveOrgUnit, OrgUnitResult, renameOrgUnit } from './org.admin';
import { OrgUnit, OrgUnitRow } from './org-unit.type';

@InputType('AddOrgUnitInput', { description: 'A new Kantor Wilayah, Kantor Cabang or kabupaten/kota (wilayah), placed under its parent office.' })
export class AddOrgUnitInput {
  @Field(() => ID, { description: 'Stable code: capital letters, digits, "_" or "."; a Kemendagri code for a wilayah.' })
  code!: string;

  @Field(() => String, { description: 'Display name, e.g. Kantor Cabang Serang, Kota Pekalongan.' })
  name!: string;

  @Field(() => OrgLevel, { description: 'Its level: KANWIL under NASIONAL, KANTOR_CABANG under a Kanwil, WILAYAH under a Kantor Cabang.' })
  level!: OrgLevel;

  @Field(() => ID, { description: 'The office directly above: a Kanwil for a Kantor Cabang, and so on.' })
  parent!: string;

  @Field(() => String, { nullable: true, description: 'KABUPATEN or KOTA, for a wilayah only.' })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: 'Population (jumlah penduduk), for a wilayah; omitted when unknown.' })
  population?: number | null;
}

@ObjectType('OrgUnitPayload', { description: 'The outcome of an office tree change: the office after the change, or userErrors and no change.' })
export class OrgUnitPayload {
  @Field(() => OrgUnit, { nullable: true, description: 'The office as it is after the change; null when there are userErrors.' })
  unit!: OrgUnitRow | null;

  @Field(() => [UserError], { description: 'What is wrong with the request; empty when the change was made.' })
  userErrors!: UserError[];
}

@Resolver()
export class OrgMutationResolver {
  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: opens an office (Kanwil, Kantor Cabang or wilayah) under an existing parent. Audited.' })
  addOrgUnit(@Arg('input', () => AddOrgUnitInput, { description: 'The new office.' }) input: AddOrgUnitInput, @Ctx() ctx: Context): Promise<OrgUnitResult> {
    return addOrgUnit(ctx.em, ctx.access.admin(), input);
  }

  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: renames an office; its code stays. Audited.' })
  renameOrgUnit(
    @Arg('code', () => ID, { description: 'The code of the office to rename.' }) code: string,
    @Arg('name', () => String, { description: 'The new display name.' }) name: string,
    @Ctx() ctx: Context,
  ): Promise<OrgUnitResult> {
    return renameOrgUnit(ctx.em, ctx.access.admin(), code, name);
  }

  @Mutation(() => OrgUnitPayload, {
    description: 'ADMIN: moves a wilayah to another Kantor Cabang, or a Kantor Cabang to another Kanwil. Rollups follow at once; facts stay with the office. Audited.',
  })
  moveOrgUnit(
    @Arg('code', () => ID, { description: 'The code of the wilayah or Kantor Cabang to move.' }) code: string,
    @Arg('parent', () => ID, { description: 'The code of its new parent: a Kantor Cabang for a wilayah, a Kanwil for a Kantor Cabang.' }) parent: string,
    @Ctx() ctx: Context,
  ): Promise<OrgUnitResult> {
    return moveOrgUnit(ctx.em, ctx.access.admin(), code, parent);
  }
}
