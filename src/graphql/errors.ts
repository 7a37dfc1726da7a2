import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { ClientError } from '../common/errors';
import { databaseFault, FAULT_MESSAGES, logFault } from '../db/faults';
import { FormatError } from '../format';

/** The client error behind a GraphQL error, if a client caused it. */
export function clientErrorOf(error: unknown): ClientError | null {
  const original = unwrapResolverError(error);
  return original instanceof ClientError ? original : null;
}

/**
 * A client error keeps its message and gets its stable code (BAD_USER_INPUT
 * with the field at fault, FORBIDDEN, UNAUTHENTICATED); a formatting option
 * the module refuses is bad input too. Anything unexpected is logged and
 * answered as INTERNAL_SERVER_ERROR without internals.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void = console.error,
): GraphQLFormattedError {
  const client = clientErrorOf(error);
  if (client) return { ...formatted, message: client.message, extensions: { code: client.kind, ...client.details() } };
  const original = unwrapResolverError(error);
  if (original instanceof FormatError) {
    return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', reason: original.code } };
  }
  const fault = databaseFault(original);
  if (fault) {
    // the server's own limits or the database's state, not a bug: one line in the log, the code to the client
    logFault(fault, original, log);
    return { message: FAULT_MESSAGES[fault], locations: formatted.locations, path: formatted.path, extensions: { code: fault } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    log(original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}
