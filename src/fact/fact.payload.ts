import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error.type';

@ObjectType('WritePayload', {
  description:
    'The outcome of a batch: all or nothing. With userErrors, nothing was written; sending the same batch twice gives only unchanged rows.',
})
export class WritePayload {
  @Field(() => Int, { description: 'Rows that were new and are now stored; 0 with userErrors.' })
  inserted!: number;

  @Field(() => Int, {
    description: 'Rows whose span was stored already with another value (or another note), now corrected and audited; 0 with userErrors.',
  })
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
