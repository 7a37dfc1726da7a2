import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPlainDecimal } from '../../decimal/decimal';

function parse(value: unknown): string {
  if (!isPlainDecimal(value)) {
    throw new GraphQLError(
      `Decimal must be a string of digits with an optional "-" and "." fraction, such as "4067826205816.00"; got ${JSON.stringify(value)}. Numbers are refused: they lose precision.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/** Exact decimal as a string. Never a float, on the way in or out. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'Exact decimal as a string, e.g. "4067826205816.00" (rupiah, two decimals) or "1510223" (a count). Never a float: national iuran in sen passes 2^53.',
  serialize: (value) => {
    if (typeof value === 'string' && isPlainDecimal(value)) return value;
    throw new GraphQLError(`Decimal cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Decimal must be written as a string, e.g. "146309000000.00"; got a ${ast.kind.toLowerCase()} literal`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
