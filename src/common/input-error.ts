/**
 * Bad input from a client: the API answers it as a GraphQL error with the
 * stable code BAD_USER_INPUT and this message, never as a 500.
 */
export class InputError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    /** The argument or input field at fault, e.g. "period.month". */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
