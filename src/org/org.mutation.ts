import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UserError } from '../fact/fact.payload';
import { Context } from '../graphql/context';
import { OrgLevel } from './org-level';
import { addOrgUnit, moveOrgUnit, OrgUnitResult, renameOrgUnit } from './org.admin';
import { OrgUnit, OrgUnitRow } from './org-unit.type';

@InputType('AddOrgUnitInput', { description: 'A new Kanwil, Kantor Cabang or wilayah.' })
export class AddOrgUnitInput {
  @Field(() => ID, { description: 'Stable code: capital letters, digits, "_" or "."; a Kemendagri code for a wilayah.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrgLevel)
  level!: OrgLevel;

  @Field(() => ID, { description: 'The office directly above: a Kanwil for a Kantor Cabang, and so on.' })
  parent!: string;

  @Field(() => String, { nullable: true, description: 'KABUPATEN or KOTA, for a wilayah only.' })
  kind?: string | null;

  @Field(() => Int, { nullable: true })
  population?: number | null;
}

@ObjectType('OrgUnitPayload', { description: 'The office after the change, or userErrors and no change.' })
export class OrgUnitPayload {
  @Field(() => OrgUnit, { nullable: true })
  unit!: OrgUnitRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver()
export class OrgMutationResolver {
  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: opens an office. Audited.' })
  addOrgUnit(@Arg('input', () => AddOrgUnitInput) input: AddOrgUnitInput, @Ctx() ctx: Context): Promise<OrgUnitResult> {
    return addOrgUnit(ctx.em, ctx.access.admin(), input);
  }

  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: renames an office; its code stays. Audited.' })
  renameOrgUnit(@Arg('code', () => ID) code: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<OrgUnitResult> {
    return renameOrgUnit(ctx.em, ctx.access.admin(), code, name);
  }

  @Mutation(() => OrgUnitPayload, {
    description: 'ADMIN: moves a wilayah to another Kantor Cabang, or a Kantor Cabang to another Kanwil. Rollups follow at once; facts stay with the office. Audited.',
  })
  moveOrgUnit(@Arg('code', () => ID) code: string, @Arg('parent', () => ID) parent: string, @Ctx() ctx: Context): Promise<OrgUnitResult> {
    return moveOrgUnit(ctx.em, ctx.access.admin(), code, parent);
  }
}
