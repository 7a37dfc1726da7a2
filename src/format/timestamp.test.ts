import { formatTimestamp } from './timestamp';

describe('formatTimestamp', () => {
  it.each([
    ['2019-12-19T07:05:00Z', '19 Desember 2019 14.05 WIB'],
    ['2019-12-19T14:05:00+07:00', '19 Desember 2019 14.05 WIB'],
    ['2019-12-31T17:00:00Z', '1 Januari 2020 00.00 WIB'],
    ['2019-12-31T16:59:59.999Z', '31 Desember 2019 23.59 WIB'],
    ['2024-02-28T20:30:00Z', '29 Februari 2024 03.30 WIB'],
    ['2020-06-30T23:09:00Z', '1 Juli 2020 06.09 WIB'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatTimestamp(new Date(iso))).toBe(expected);
  });

  it('rejects invalid dates', () => {
    expect(() => formatTimestamp(new Date('nope'))).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: 'timestamp must be a valid Date, got Date(Invalid Date)' }),
    );
    expect(() => formatTimestamp('2019-12-19' as unknown as Date)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
