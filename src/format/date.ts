/**
 * Calendar dates (DOMAIN.md section 6.5). Input is a calendar date 'YYYY-MM-DD'
 * (years 0001..9999), checked to exist: '2019-02-30' is INVALID_DATE. Weekdays
 * come from integer day arithmetic on the proleptic Gregorian calendar, so no
 * time zone can shift them.
 */
import { showValue, FormatError } from './errors';
import { choiceOption } from './input';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;
/** Index 0 is Sunday, as Date.getUTCDay(). */
export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses 'YYYY-MM-DD' and checks the day exists; otherwise FormatError INVALID_DATE. */
export function parseDate(text: unknown, name = 'date'): CalendarDate {
  const m = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!m) {
    throw new FormatError('INVALID_DATE', `${name} must be a date written YYYY-MM-DD, got ${showValue(text)}`);
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new FormatError('INVALID_DATE', `${name} ${showValue(text)} is not a calendar date`);
  }
  return { year, month, day };
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

/** 0 = Minggu (Sunday) .. 6 = Sabtu. 1970-01-01 was a Thursday. */
export function weekday(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** "19 Desember 2019" */
export function longDate(date: CalendarDate): string {
  return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

export type DateStyle = 'LONG' | 'FULL' | 'SHORT';
export const DATE_STYLES: readonly DateStyle[] = ['LONG', 'FULL', 'SHORT'];

/**
 * Writes a 'YYYY-MM-DD' date the Indonesian way: LONG (default) "19 Desember 2019",
 * FULL "Kamis, 19 Desember 2019", SHORT "19 Des 2019".
 * @example formatDate('2019-12-19', { style: 'FULL' }) // 'Kamis, 19 Desember 2019'
 */
export function formatDate(date: string, options?: { style?: DateStyle }): string {
  const d = parseDate(date);
  switch (choiceOption('style', options?.style, DATE_STYLES, 'LONG')) {
    case 'LONG':
      return longDate(d);
    case 'FULL':
      return `${WEEKDAYS[weekday(d)]}, ${longDate(d)}`;
    case 'SHORT':
      return `${d.day} ${MONTHS_SHORT[d.month - 1]} ${d.year}`;
  }
}
