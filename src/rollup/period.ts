/**
 * Reporting periods: pure date arithmetic on 'YYYY-MM-DD' strings (UTC, no
 * time zone drift). A period lies inside one calendar year.
 */
import { InputError } from '../common/input-error';

export interface PeriodInput {
  year: number;
  month?: number | null;
  quarter?: number | null;
  until?: string | null;
}

export interface Period {
  start: string;
  end: string;
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Days from start to end, both included. */
export function spanDays(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

export function yearSpan(year: number): Period {
  return { start: iso(year, 1, 1), end: iso(year, 12, 31) };
}

export function monthSpan(year: number, month: number): Period {
  return { start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)) };
}

export function quarterSpan(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { start: iso(year, first, 1), end: monthSpan(year, first + 2).end };
}

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${field} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, field);
  }
  return value;
}

/** Turns the GraphQL PeriodInput into a span, or says exactly what is wrong with it. */
export function resolvePeriod(input: PeriodInput, field = 'period'): Period {
  const year = wholeNumber(input.year, `${field}.year`, MIN_YEAR, MAX_YEAR);
  const given = (['month', 'quarter', 'until'] as const).filter((k) => input[k] !== undefined && input[k] !== null);
  if (given.length > 1) {
    throw new InputError(
      `${field}: give at most one of month, quarter and until, got ${given.join(' and ')}`,
      `${field}.${given[1]}`,
    );
  }
  if (input.month != null) return monthSpan(year, wholeNumber(input.month, `${field}.month`, 1, 12));
  if (input.quarter != null) return quarterSpan(year, wholeNumber(input.quarter, `${field}.quarter`, 1, 4));
  if (input.until != null) {
    const until = input.until;
    if (!isValidDate(until)) throw new InputError(`${field}.until must be a date YYYY-MM-DD, got ${JSON.stringify(until)}`, `${field}.until`);
    if (yearOf(until) !== year) {
      throw new InputError(`${field}.until (${until}) must lie inside the year ${year}`, `${field}.until`);
    }
    return { start: iso(year, 1, 1), end: until };
  }
  return yearSpan(year);
}

/** The same date one year earlier; 29 February becomes 28 February. */
export function shiftYear(date: string, years: number): string {
  const y = yearOf(date) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(y, month));
  return iso(y, month, day);
}

/**
 * The same period one year earlier, for growth. A period that ends on the last
 * day of February ends on the last day of February a year earlier too.
 */
export function previousYear(p: Period): Period {
  const y = yearOf(p.end) - 1;
  const endsFebruary = p.end.slice(5, 7) === '02' && Number(p.end.slice(8)) === daysInMonth(yearOf(p.end), 2);
  return { start: shiftYear(p.start, -1), end: endsFebruary ? iso(y, 2, daysInMonth(y, 2)) : shiftYear(p.end, -1) };
}

export function isWholeYear(p: Period): boolean {
  const y = yearSpan(yearOf(p.start));
  return p.start === y.start && p.end === y.end;
}

