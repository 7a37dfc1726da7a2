import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { ForbiddenError } from '../auth/auth.errors';
import { InputError } from '../common/input-error';
import { FormatError } from '../format';

/**
 * Bad input keeps its message and gets the stable code BAD_USER_INPUT (with
 * the field at fault); anything unexpected is logged and answered as
 * INTERNAL_SERVER_ERROR without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof InputError) {
    return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', field: original.field ?? null } };
  }
  if (original instanceof ForbiddenError) {
    return { ...formatted, message: original.message, extensions: { code: 'FORBIDDEN' } };
  }
  if (original instanceof FormatError) {
    return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', reason: original.code } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    log(original);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}
