/**
 * Instants shown in Western Indonesia Time (Asia/Jakarta, UTC+7, no daylight
 * saving since 1964), the time of the head office: "19 Desember 2019 14.05 WIB".
 * Indonesian writes "." between hours and minutes.
 */
import { JAKARTA_OFFSET_MS } from '../calendar/calendar';
import { longDate } from './date';
import { showValue, FormatError } from './errors';

function two(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * Formats an instant in Asia/Jakarta; an invalid Date is FormatError INVALID_DATE.
 * @example formatTimestamp(new Date('2019-12-19T07:05:00Z')) // '19 Desember 2019 14.05 WIB'
 */
export function formatTimestamp(instant: Date): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new FormatError('INVALID_DATE', `timestamp must be a valid Date, got ${showValue(instant)}`);
  }
  const wib = new Date(instant.getTime() + JAKARTA_OFFSET_MS);
  const date = longDate({ year: wib.getUTCFullYear(), month: wib.getUTCMonth() + 1, day: wib.getUTCDate() });
  return `${date} ${two(wib.getUTCHours())}.${two(wib.getUTCMinutes())} WIB`;
}
