import { InputError } from '../common/errors';
import { resolvePeriod } from './period';

describe('resolvePeriod', () => {
  it('resolves a year, a month, a quarter and a year to date', () => {
    expect(resolvePeriod({ year: 2017 })).toEqual({ start: '2017-01-01', end: '2017-12-31' });
    expect(resolvePeriod({ year: 2024, month: 2 })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(resolvePeriod({ year: 2019, quarter: 4 })).toEqual({ start: '2019-10-01', end: '2019-12-31' });
    expect(resolvePeriod({ year: 2019, until: '2019-12-19' })).toEqual({ start: '2019-01-01', end: '2019-12-19' });
  });

  it.each([
    [{ year: 2019, month: 13 }, /period\.month must be a whole number from 1 to 12, got 13/],
    [{ year: 2019, month: 1, quarter: 1 }, /at most one of month, quarter and until, got month and quarter/],
    [{ year: 2019, until: '2020-01-01' }, /until \(2020-01-01\) must lie inside the year 2019/],
    [{ year: 2019, until: '2019-02-30' }, /until must be a date YYYY-MM-DD/],
    [{ year: 2019, quarter: 5 }, /quarter must be a whole number from 1 to 4/],
    [{ year: 1800 }, /year must be a whole number from 1990 to 2100/],
  ])('rejects %j', (input, message) => {
    expect(() => resolvePeriod(input)).toThrow(InputError);
    expect(() => resolvePeriod(input)).toThrow(message);
  });
});
