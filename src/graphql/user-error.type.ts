import { Field, Int, ObjectType } from 'type-graphql';
import { UserErrorInfo } from '../common/user-error';

/** The GraphQL face of UserErrorInfo, shared by every mutation payload. */
@ObjectType('UserError', { description: 'A problem with the input, in the words of the domain. Nothing was written.' })
export class UserError implements UserErrorInfo {
  @Field(() => Int, {
    nullable: true,
    description: 'Position of the offending row in the input list, from 0; null when the error is about the whole request.',
  })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. periodEnd.' })
  field!: string | null;

  @Field(() => String, { description: 'Stable code: UNKNOWN_UNIT, OVERLAP, TOO_MANY_DECIMALS, FORBIDDEN, ...' })
  code!: UserErrorInfo['code'];

  @Field(() => String, { description: 'What is wrong, for people to read, e.g. which stored span a row overlaps.' })
  message!: string;
}
