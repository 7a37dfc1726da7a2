import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('UserError', { description: 'A problem with the input, in the words of the domain. Nothing was written.' })
export class UserError {
  @Field(() => Int, { nullable: true, description: 'position of the offending row in the input list' })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. periodEnd.' })
  field!: string | null;

  @Field(() => String, { description: 'Stable code: UNKNOWN_UNIT, OVERLAP, TOO_MANY_DECIMALS, FORBIDDEN, ...' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('WritePayload', {
  description: 'The outcome of a batch: all or nothing. With userErrors, nothing was written; sending the same batch twice gives only unchanged rows.',
})
export class WritePayload {
  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('DeletePayload', { description: 'The outcome of a deletion.' })
export class DeletePayload {
  @Field(() => Int, { description: '1 when the fact was deleted, 0 with userErrors.' })
  deleted!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
