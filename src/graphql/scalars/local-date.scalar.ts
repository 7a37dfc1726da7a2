import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidDate } from '../../calendar/calendar';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) {
    throw new GraphQLError(`LocalDate must be a calendar date written YYYY-MM-DD, e.g. "2019-12-19"; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time or zone. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, "2019-12-19" (YYYY-MM-DD), without time or time zone.',
  serialize: (value) => {
    if (typeof value === 'string' && isValidDate(value)) return value;
    throw new GraphQLError(`LocalDate cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
