/**
 * Errors a client caused, by kind. Every layer that answers a client (the
 * GraphQL error formatter, the HTTP routes) maps them through this one table,
 * so a kind has one code and one HTTP status everywhere.
 */

export type ClientErrorKind = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export const HTTP_STATUS: Readonly<Record<ClientErrorKind, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

export abstract class ClientError extends Error {
  abstract readonly kind: ClientErrorKind;

  get httpStatus(): number {
    return HTTP_STATUS[this.kind];
  }

  /** What a client may read beside the code and message, e.g. the field at fault. */
  details(): Record<string, unknown> {
    return {};
  }
}

/** Bad input: answered with the code BAD_USER_INPUT and this message, never as a 500. */
export class InputError extends ClientError {
  readonly kind = 'BAD_USER_INPUT';

  constructor(
    message: string,
    /** The argument or input field at fault, e.g. "period.month". */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }

  override details(): Record<string, unknown> {
    return { field: this.field ?? null };
  }
}

/** Valid credentials, but not for this: FORBIDDEN. */
export class ForbiddenError extends ClientError {
  readonly kind = 'FORBIDDEN';

  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** No valid credentials: UNAUTHENTICATED (HTTP 401). */
export class UnauthenticatedError extends ClientError {
  readonly kind = 'UNAUTHENTICATED';

  constructor(message: string) {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
