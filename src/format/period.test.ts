import { formatPeriodLabel } from './period';

describe('formatPeriodLabel', () => {
  it.each([
    ['2017-01-01', '2017-12-31', 'Tahun 2017'],
    ['2024-01-01', '2024-12-31', 'Tahun 2024'],
    ['2019-01-01', '2019-03-31', 'Triwulan I 2019'],
    ['2019-04-01', '2019-06-30', 'Triwulan II 2019'],
    ['2019-07-01', '2019-09-30', 'Triwulan III 2019'],
    ['2019-10-01', '2019-12-31', 'Triwulan IV 2019'],
    ['2019-12-01', '2019-12-31', 'Desember 2019'],
    ['2019-02-01', '2019-02-28', 'Februari 2019'],
    ['2020-02-01', '2020-02-29', 'Februari 2020'],
    ['2019-12-19', '2019-12-19', '19 Desember 2019'],
    ['2019-12-01', '2019-12-19', '1 - 19 Desember 2019'],
    ['2019-01-01', '2019-12-19', '1 Januari - 19 Desember 2019'],
    ['2019-12-01', '2020-01-31', '1 Desember 2019 - 31 Januari 2020'],
    ['2017-01-01', '2018-12-31', '1 Januari 2017 - 31 Desember 2018'],
    // almost whole periods are ranges
    ['2020-02-01', '2020-02-28', '1 - 28 Februari 2020'],
    ['2019-01-02', '2019-12-31', '2 Januari - 31 Desember 2019'],
    ['2019-02-01', '2019-04-30', '1 Februari - 30 April 2019'],
    ['2019-01-01', '2019-06-30', '1 Januari - 30 Juni 2019'],
    ['2019-10-01', '2019-11-30', '1 Oktober - 30 November 2019'],
  ])('%s .. %s -> %s', (start, end, expected) => {
    expect(formatPeriodLabel(start, end)).toBe(expected);
  });

  it('rejects an end before the start', () => {
    expect(() => formatPeriodLabel('2019-12-19', '2019-12-18')).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD', message: 'period end 2019-12-18 is before its start 2019-12-19' }),
    );
    expect(() => formatPeriodLabel('2020-01-01', '2019-12-31')).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
  });

  it('rejects dates that do not exist', () => {
    expect(() => formatPeriodLabel('2019-02-30', '2019-03-31')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: 'start "2019-02-30" is not a calendar date' }),
    );
    expect(() => formatPeriodLabel('2019-01-01', '2019-12-32')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
