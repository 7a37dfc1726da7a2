import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../request/context';
import { AddOrgUnitInput } from './org-admin.input';
import { OrgUnitPayload } from './org-admin.payload';
import { addOrgUnit, moveOrgUnit, OrgUnitResult, renameOrgUnit } from './org.admin';

@Resolver()
export class OrgMutationResolver {
  @Mutation(() => OrgUnitPayload, {
    description: 'ADMIN: opens an office (Kanwil, Kantor Cabang or wilayah) under an existing parent. Audited.',
  })
  addOrgUnit(
    @Arg('input', () => AddOrgUnitInput, { description: 'The new office.' }) input: AddOrgUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitResult> {
    return addOrgUnit(ctx.em, ctx.access.admin(), input);
  }

  @Mutation(() => OrgUnitPayload, { description: 'ADMIN: renames an office; its code stays. Audited.' })
  renameOrgUnit(
    @Arg('code', () => ID, { description: 'The code of the office to rename.' }) code: string,
    @Arg('name', () => String, { description: 'The new display name.' }) name: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitResult> {
    return renameOrgUnit(ctx.em, ctx.access.admin(), code, name);
  }

  @Mutation(() => OrgUnitPayload, {
    description:
      'ADMIN: moves a wilayah to another Kantor Cabang, or a Kantor Cabang to another Kanwil. Rollups follow at once; facts stay with the office. Audited.',
  })
  moveOrgUnit(
    @Arg('code', () => ID, { description: 'The code of the wilayah or Kantor Cabang to move.' }) code: string,
    @Arg('parent', () => ID, { description: 'The code of its new parent: a Kantor Cabang for a wilayah, a Kanwil for a Kantor Cabang.' })
    parent: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnitResult> {
    return moveOrgUnit(ctx.em, ctx.access.admin(), code, parent);
  }
}
