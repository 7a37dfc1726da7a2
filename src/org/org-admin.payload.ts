import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error.type';
import { OrgUnitRow } from './org.model';
import { OrgUnit } from './org-unit.type';

@ObjectType('OrgUnitPayload', {
  description: 'The outcome of an office tree change: the office after the change, or userErrors and no change.',
})
export class OrgUnitPayload {
  @Field(() => OrgUnit, { nullable: true, description: 'The office as it is after the change; null when there are userErrors.' })
  unit!: OrgUnitRow | null;

  @Field(() => [UserError], { description: 'What is wrong with the request; empty when the change was made.' })
  userErrors!: UserError[];
}
