import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('UserError', { description: 'A problem with the input, in the words of the domain. Nothing was written.' })
export class UserError {
  @Field(() => Int, { nullable: true, description: 'Position of the offending row in the input list, from 0; null when the error is about the whole request.' })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. periodEnd.' })
  field!: string | null;

  @Field(() => String, { description: 'Stable code: UNKNOWN_UNIT, OVERLAP, TOO_MANY_DECIMALS, FORBIDDEN, ...' })
  code!: string;

  @Field(() => String, { description: 'What is wrong, for people to read, e.g. which stored span a row overlaps.' })
  message!: string;
}

@ObjectType('WritePayload', {
  description: 'The outcome of a batch: all or nothing. With userErrors, nothing was written; sending the same batch twice gives only unchanged rows.',
})
export class WritePayload {
  @Field(() => Int, { description: 'Rows that were new and are now stored; 0 with userErrors.' })
  inserted!: number;

  @Field(() => Int, { description: 'Rows whose span was stored already with another value (or another note), now corrected and audited; 0 with userErrors.' })
  updated!: number;

  @Field(() => Int, { description: 'Rows stored already exactly as sent, left as they were; 0 with userErrors.' })
  unchanged!: number;

  @Field(() => [UserError], { description: 'Every invalid row, with its index, field and code; when not empty, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('DeletePayload', { description: 'The outcome of a deletion.' })
export class DeletePayload {
  @Field(() => Int, { description: '1 when the fact was deleted, 0 with userErrors.' })
  deleted!: number;

  @Field(() => [UserError], { description: 'Why nothing was deleted, e.g. no such stored figure; empty on success.' })
  userErrors!: UserError[];
}
