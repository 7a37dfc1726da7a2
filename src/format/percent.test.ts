import { formatPercent } from './percent';

describe('formatPercent', () => {
  it.each([
    ['100.2718', {}, '100,27%'],
    ['104.8251', {}, '104,83%'],
    ['100.2718', { style: 'WORD' }, '100,27 persen'],
    ['15', { signed: true }, '+15,00%'],
    ['-3.1', { signed: true }, '-3,10%'],
    ['-3.1', {}, '-3,10%'],
    ['0', { signed: true }, '0,00%'],
    ['0.004', { signed: true }, '0,00%'],
    ['-0.004', { signed: true }, '0,00%'],
    ['-0.004', {}, '0,00%'],
    ['0.005', {}, '0,01%'],
    ['-0.005', {}, '-0,01%'],
    ['0.005', { signed: true }, '+0,01%'],
    ['12345.6', {}, '12.345,60%'],
    ['1234567.891', {}, '1.234.567,89%'],
    ['99.995', {}, '100,00%'],
    ['100.2718', { fractionDigits: 0 }, '100%'],
    ['100.2718', { fractionDigits: 4 }, '100,2718%'],
    ['100.2718', { fractionDigits: 1, style: 'WORD', signed: true }, '+100,3 persen'],
  ] as const)('%s %j -> %s', (input, options, expected) => {
    expect(formatPercent(input, options)).toBe(expected);
  });

  it('rejects bad input', () => {
    expect(() => formatPercent('100,27')).toThrow(
      expect.objectContaining({ code: 'INVALID_DECIMAL', message: expect.stringMatching(/^points is not a plain decimal/) }),
    );
    expect(() => formatPercent('1', { fractionDigits: 2.5 })).toThrow('fractionDigits must be a whole number from 0 to 6, got 2.5');
    expect(() => formatPercent('1', { style: 'PERCENT' as 'WORD' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
