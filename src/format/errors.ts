/**
 * The one error type of the formatting module. The API layer translates every
 * FormatError into a BAD_USER_INPUT GraphQL error, passing `code` and `message` on.
 */

export type FormatErrorCode =
  'INVALID_DECIMAL' | 'INVALID_FRACTION_DIGITS' | 'INVALID_OPTION' | 'INVALID_DATE' | 'INVALID_PERIOD' | 'OUT_OF_RANGE';

/**
 * Thrown for input the module cannot format; the message names the problem.
 * @example new FormatError('INVALID_FRACTION_DIGITS', 'fractionDigits must be a whole number from 0 to 6, got 7')
 */
export class FormatError extends Error {
  readonly code: FormatErrorCode;

  constructor(code: FormatErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FormatError';
    this.code = code;
  }
}

/** Shows an offending input in a message: strings quoted, bigints as digits, the rest as String(). */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return String(value);
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  return typeof value;
}
