/**
 * Labels for reporting periods (docs/domain.md §7), from the first and the
 * last day of the period, both inclusive:
 *
 *   whole year     "Tahun 2017"
 *   whole quarter  "Triwulan IV 2019"
 *   whole month    "Desember 2019"
 *   single day     "19 Desember 2019"
 *   same month     "1 - 19 Desember 2019"
 *   same year      "1 Januari - 19 Desember 2019"
 *   otherwise      "1 Desember 2019 - 31 Januari 2020"
 */
import { type CalendarDate, dayNumber, daysInMonth } from '../calendar/calendar';
import { longDate, MONTHS, parseDate } from './date';
import { FormatError } from './errors';

const QUARTERS = ['I', 'II', 'III', 'IV'];

function isLastDayOfMonth(d: CalendarDate): boolean {
  return d.day === daysInMonth(d.year, d.month);
}

/**
 * Names the period from `start` to `end` (inclusive, 'YYYY-MM-DD'); end before
 * start is FormatError INVALID_PERIOD.
 * @example formatPeriodLabel('2019-10-01', '2019-12-31') // 'Triwulan IV 2019'
 */
export function formatPeriodLabel(start: string, end: string): string {
  const s = parseDate(start, 'start');
  const e = parseDate(end, 'end');
  if (dayNumber(e) < dayNumber(s)) {
    throw new FormatError('INVALID_PERIOD', `period end ${end} is before its start ${start}`);
  }
  const wholeMonths = s.day === 1 && isLastDayOfMonth(e);
  if (s.year === e.year) {
    if (wholeMonths && s.month === 1 && e.month === 12) return `Tahun ${s.year}`;
    if (wholeMonths && s.month % 3 === 1 && e.month === s.month + 2) {
      return `Triwulan ${QUARTERS[(s.month - 1) / 3]} ${s.year}`;
    }
    if (s.month === e.month) {
      if (wholeMonths) return `${MONTHS[s.month - 1]} ${s.year}`;
      if (s.day === e.day) return longDate(s);
      return `${s.day} - ${longDate(e)}`;
    }
    return `${s.day} ${MONTHS[s.month - 1]} - ${longDate(e)}`;
  }
  return `${longDate(s)} - ${longDate(e)}`;
}
