/**
 * Every date and calendar rule of the project, in one place: calendar dates
 * written 'YYYY-MM-DD' (years 0001 to 9999 of the proleptic Gregorian
 * calendar), spans of days, and Asia/Jakarta's today. Pure integer
 * arithmetic: no Date objects for calendar days, so no time zone can shift
 * a day. `format` writes these dates in Indonesian; `rollup`, `fact` and
 * `report` reason about periods with them.
 */

export interface CalendarDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

/** A span of whole days, first and last day both included, each 'YYYY-MM-DD'. */
export interface DateSpan {
  start: string;
  end: string;
}

/** The years a reporting period, a target or a series may name. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Western Indonesia Time (WIB, Asia/Jakarta): UTC+7, no daylight saving since 1964. */
export const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date of 'YYYY-MM-DD' when that day exists ('2019-02-30' does not), else null. */
export function parseIsoDate(text: unknown): CalendarDate | null {
  const m = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidDate(text: unknown): text is string {
  return parseIsoDate(text) !== null;
}

/** 'YYYY-MM-DD' of a year, month and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year of a 'YYYY-MM-DD' date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The month (1..12) of a 'YYYY-MM-DD' date. */
export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** Days since 1970-01-01 (negative before), by H. Hinnant's days_from_civil. */
export function dayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 0 = Sunday .. 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

function mustParse(text: string): CalendarDate {
  const d = parseIsoDate(text);
  if (!d) throw new RangeError(`not a calendar date: ${JSON.stringify(text)}`);
  return d;
}

/** Days from start to end, both included. */
export function spanDays(start: string, end: string): number {
  return dayNumber(mustParse(end)) - dayNumber(mustParse(start)) + 1;
}

export function yearSpan(year: number): DateSpan {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

export function monthSpan(year: number, month: number): DateSpan {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

/** Triwulan 1..4. */
export function quarterSpan(year: number, quarter: number): DateSpan {
  const first = (quarter - 1) * 3 + 1;
  return { start: isoDate(year, first, 1), end: monthSpan(year, first + 2).end };
}

export function isWholeYear(span: DateSpan): boolean {
  const y = yearSpan(yearOf(span.start));
  return span.start === y.start && span.end === y.end;
}

/** Whether the span is one whole calendar month. */
export function isWholeMonth(span: DateSpan): boolean {
  const m = monthSpan(yearOf(span.start), monthOf(span.start));
  return span.start === m.start && span.end === m.end;
}

/** The same date `years` later (earlier when negative); 29 February becomes 28 February. */
export function shiftYear(date: string, years: number): string {
  const y = yearOf(date) + years;
  const month = monthOf(date);
  return isoDate(y, month, Math.min(Number(date.slice(8, 10)), daysInMonth(y, month)));
}

/**
 * The same span one year earlier, for growth. A span that ends on the last
 * day of February ends on the last day of February a year earlier too.
 */
export function previousYear(span: DateSpan): DateSpan {
  const y = yearOf(span.end) - 1;
  const endsFebruary = monthOf(span.end) === 2 && Number(span.end.slice(8)) === daysInMonth(yearOf(span.end), 2);
  return { start: shiftYear(span.start, -1), end: endsFebruary ? isoDate(y, 2, daysInMonth(y, 2)) : shiftYear(span.end, -1) };
}

/** Today in Asia/Jakarta, 'YYYY-MM-DD'. */
export function todayInJakarta(now = new Date()): string {
  return new Date(now.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}
