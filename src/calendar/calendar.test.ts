import {
  daysInMonth,
  isValidDate,
  isWholeMonth,
  isWholeYear,
  monthSpan,
  parseIsoDate,
  previousYear,
  quarterSpan,
  shiftYear,
  spanDays,
  todayInJakarta,
  weekday,
} from './calendar';

describe('calendar', () => {
  it('knows which days exist', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2019-12-19T00:00')).toBe(false);
    expect(isValidDate('0000-01-01')).toBe(false);
    expect(isValidDate(20191219)).toBe(false);
    expect(parseIsoDate('0050-03-01')).toEqual({ year: 50, month: 3, day: 1 });
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
  });

  it('builds spans of months and quarters', () => {
    expect(monthSpan(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(quarterSpan(2019, 4)).toEqual({ start: '2019-10-01', end: '2019-12-31' });
    expect(isWholeMonth({ start: '2024-02-01', end: '2024-02-29' })).toBe(true);
    expect(isWholeMonth({ start: '2024-02-01', end: '2024-02-28' })).toBe(false);
  });

  it('shifts a span one year back, keeping the end of February', () => {
    expect(previousYear({ start: '2024-02-01', end: '2024-02-29' })).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(previousYear({ start: '2025-02-01', end: '2025-02-28' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(previousYear({ start: '2019-01-01', end: '2019-12-19' })).toEqual({ start: '2018-01-01', end: '2018-12-19' });
    expect(shiftYear('2024-02-29', -1)).toBe('2023-02-28');
  });

  it('counts days inclusively, across leap years, and knows a whole year', () => {
    expect(spanDays('2019-01-01', '2019-12-19')).toBe(353);
    expect(spanDays('2024-01-01', '2024-12-31')).toBe(366);
    expect(spanDays('2019-12-19', '2019-12-19')).toBe(1);
    expect(isWholeYear({ start: '2017-01-01', end: '2017-12-31' })).toBe(true);
    expect(isWholeYear({ start: '2017-01-01', end: '2017-12-30' })).toBe(false);
  });

  it('names weekdays without time zones', () => {
    expect(weekday({ year: 2019, month: 12, day: 19 })).toBe(4); // Kamis
    expect(weekday({ year: 1945, month: 8, day: 17 })).toBe(5); // Jumat
  });

  it('tells today in Asia/Jakarta (UTC+7)', () => {
    expect(todayInJakarta(new Date('2026-11-21T17:30:00Z'))).toBe('2026-11-22');
    expect(todayInJakarta(new Date('2026-11-21T16:59:00Z'))).toBe('2026-11-21');
  });
});
