/**
 * Text PostgreSQL cannot store (a NUL character) or that is not text at all
 * (a lone UTF-16 surrogate) is refused where a request comes in, in its
 * variables or in the query's own string literals: BAD_USER_INPUT naming
 * where, before anything runs, never an INTERNAL_SERVER_ERROR from the
 * database.
 */
import { DocumentNode, GraphQLError, visit } from 'graphql';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isBad = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function badText(value: unknown, where: string): string | null {
  if (typeof value === 'string') return isBad(value) ? where : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = badText(value[i], `${where}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = badText(v, `${where}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** Where in the variables or the query a NUL or lone surrogate is, if anywhere. */
export function findBadText(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  const inVariables = badText(variables ?? {}, '$');
  if (inVariables) return `variable ${inVariables.slice(2)}`;
  let inQuery: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!inQuery && isBad(node.value)) inQuery = `the string at line ${node.loc?.startToken.line ?? '?'} of the query`;
    },
  });
  return inQuery;
}

export function badTextError(where: string): GraphQLError {
  return new GraphQLError(`${where} holds a NUL character or a lone surrogate, which is not text: send UTF-8 text without them`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });
}
