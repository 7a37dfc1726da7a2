import { weekday } from '../calendar/calendar';
import { formatDate, parseDate } from './date';

describe('formatDate', () => {
  it.each([
    ['2019-12-19', undefined, '19 Desember 2019'],
    ['2019-12-19', 'LONG', '19 Desember 2019'],
    ['2019-12-19', 'FULL', 'Kamis, 19 Desember 2019'],
    ['2019-12-19', 'SHORT', '19 Des 2019'],
    ['2017-01-01', 'FULL', 'Minggu, 1 Januari 2017'],
    ['2024-02-29', 'FULL', 'Kamis, 29 Februari 2024'],
    ['2000-02-29', 'LONG', '29 Februari 2000'],
    ['2020-03-02', 'FULL', 'Senin, 2 Maret 2020'],
    ['2020-04-07', 'FULL', 'Selasa, 7 April 2020'],
    ['2020-05-06', 'FULL', 'Rabu, 6 Mei 2020'],
    ['2020-06-05', 'FULL', 'Jumat, 5 Juni 2020'],
    ['2020-07-04', 'FULL', 'Sabtu, 4 Juli 2020'],
    ['2020-08-17', 'FULL', 'Senin, 17 Agustus 2020'],
    ['1945-08-17', 'FULL', 'Jumat, 17 Agustus 1945'],
    ['2020-09-30', 'SHORT', '30 Sep 2020'],
    ['2020-10-01', 'SHORT', '1 Okt 2020'],
    ['2020-11-10', 'SHORT', '10 Nov 2020'],
    ['2020-08-01', 'SHORT', '1 Agu 2020'],
    ['2020-06-01', 'SHORT', '1 Jun 2020'],
    ['2020-07-01', 'SHORT', '1 Jul 2020'],
    ['2020-05-01', 'SHORT', '1 Mei 2020'],
    ['0001-01-01', 'FULL', 'Senin, 1 Januari 1'],
  ] as const)('%s %s -> %s', (input, style, expected) => {
    expect(formatDate(input, style === undefined ? undefined : { style })).toBe(expected);
  });

  it.each([
    '2019-02-30',
    '2019-02-29',
    '2100-02-29',
    '2019-13-01',
    '2019-00-10',
    '2019-04-31',
    '2019-12-00',
    '0000-01-01',
    '2019-1-5',
    '19-12-2019',
    '2019-12-19T00:00:00Z',
    '',
    ' 2019-12-19',
  ])('rejects %j as INVALID_DATE', (input) => {
    expect(() => formatDate(input)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('names the problem', () => {
    expect(() => formatDate('2019-02-30')).toThrow('date "2019-02-30" is not a calendar date');
    expect(() => formatDate('19/12/2019')).toThrow('date must be a date written YYYY-MM-DD, got "19/12/2019"');
    expect(() => formatDate(new Date() as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => formatDate('2019-12-19', { style: 'MEDIUM' as 'LONG' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('computes the weekday without time zones, for every day from 1900 to 2100', () => {
    // Independent check: Date.UTC arithmetic (years >= 100 only, Date.UTC maps 0..99 to 19xx).
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
      const u = new Date(t);
      const text = u.toISOString().slice(0, 10);
      expect(weekday(parseDate(text))).toBe(u.getUTCDay());
    }
  });
});
