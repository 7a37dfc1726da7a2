/**
 * Reporting periods as the API takes them: a year, a month, a quarter, or a
 * year to date, resolved into a span of days inside one calendar year
 * (docs/domain.md §5). The date arithmetic is src/calendar's.
 */
import { DateSpan, isValidDate, MAX_YEAR, MIN_YEAR, monthSpan, quarterSpan, yearOf, yearSpan } from '../calendar/calendar';
import { InputError } from '../common/errors';

/** A reporting period as asked for: the year, and at most one of month, quarter and until. */
export interface PeriodSpec {
  year: number;
  month?: number | null;
  quarter?: number | null;
  until?: string | null;
}

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${field} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, field);
  }
  return value;
}

/** Turns a period as asked for into a span, or says exactly what is wrong with it. */
export function resolvePeriod(input: PeriodSpec, field = 'period'): DateSpan {
  const year = wholeNumber(input.year, `${field}.year`, MIN_YEAR, MAX_YEAR);
  const given = (['month', 'quarter', 'until'] as const).filter((k) => input[k] !== undefined && input[k] !== null);
  if (given.length > 1) {
    throw new InputError(`${field}: give at most one of month, quarter and until, got ${given.join(' and ')}`, `${field}.${given[1]}`);
  }
  if (input.month != null) return monthSpan(year, wholeNumber(input.month, `${field}.month`, 1, 12));
  if (input.quarter != null) return quarterSpan(year, wholeNumber(input.quarter, `${field}.quarter`, 1, 4));
  if (input.until != null) {
    const until = input.until;
    if (!isValidDate(until))
      throw new InputError(`${field}.until must be a date YYYY-MM-DD, got ${JSON.stringify(until)}`, `${field}.until`);
    if (yearOf(until) !== year) {
      throw new InputError(`${field}.until (${until}) must lie inside the year ${year}`, `${field}.until`);
    }
    return { start: yearSpan(year).start, end: until };
  }
  return yearSpan(year);
}
