/**
 * Validation of what callers hand in: decimal values and options. Every failure
 * becomes a FormatError with a message that names the parameter and the bad value.
 */
import { dec, DecimalFormatError, type Dec } from '../decimal/decimal';
import { showValue, FormatError } from './errors';

export const MAX_FRACTION_DIGITS = 6;

/** Parses a decimal string or bigint exactly; anything else (numbers, "1.234,5", "") is INVALID_DECIMAL. */
export function toDecimal(value: unknown, name = 'value'): Dec {
  if (typeof value !== 'string' && typeof value !== 'bigint') {
    throw new FormatError(
      'INVALID_DECIMAL',
      `${name} must be a plain decimal string such as "4067826205816.00" or a bigint, got ${showValue(value)}`,
    );
  }
  try {
    return dec(value);
  } catch (err) {
    if (err instanceof DecimalFormatError) {
      throw new FormatError('INVALID_DECIMAL', `${name} is ${err.message}`, { cause: err });
    }
    throw err;
  }
}

/** fractionDigits: a whole number from 0 to 6; `undefined` gives the fallback. */
export function fractionDigitsOption(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FRACTION_DIGITS) {
    throw new FormatError(
      'INVALID_FRACTION_DIGITS',
      `fractionDigits must be a whole number from 0 to ${MAX_FRACTION_DIGITS}, got ${showValue(value)}`,
    );
  }
  return value;
}

/** An option restricted to a fixed set of words; `undefined` gives the fallback. */
export function choiceOption<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new FormatError('INVALID_OPTION', `${name} must be one of ${allowed.join(', ')}, got ${showValue(value)}`);
}

/** An optional boolean option. */
export function booleanOption(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  throw new FormatError('INVALID_OPTION', `${name} must be true or false, got ${showValue(value)}`);
}
