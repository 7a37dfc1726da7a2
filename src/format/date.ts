/**
 * Calendar dates written the Indonesian way (docs/domain.md §7). Input is a
 * calendar date 'YYYY-MM-DD' (years 0001..9999), checked to exist:
 * '2019-02-30' is INVALID_DATE. The calendar rules are src/calendar's.
 */
import { type CalendarDate, parseIsoDate, weekday } from '../calendar/calendar';
import { showValue, FormatError } from './errors';
import { choiceOption } from './input';

export const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;
/** Index 0 is Sunday, as Date.getUTCDay(). */
export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** Parses 'YYYY-MM-DD' and checks the day exists; otherwise FormatError INVALID_DATE. */
export function parseDate(text: unknown, name = 'date'): CalendarDate {
  const date = parseIsoDate(text);
  if (date) return date;
  if (typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new FormatError('INVALID_DATE', `${name} ${showValue(text)} is not a calendar date`);
  }
  throw new FormatError('INVALID_DATE', `${name} must be a date written YYYY-MM-DD, got ${showValue(text)}`);
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
