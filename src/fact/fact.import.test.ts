import { FactKind } from './fact.model';
import { CSV_COLUMNS, formatImportError, importActor, NumberFormatError, parseDecimal, parseFactsCsv } from './fact.import';

const HEADER = CSV_COLUMNS.join(',');

function errorOf(text: string, format: 'plain' | 'id'): string {
  try {
    return `ok ${parseDecimal(text, format)}`;
  } catch (e) {
    expect(e).toBeInstanceOf(NumberFormatError);
    return (e as Error).message;
  }
}

describe('parseDecimal, plain', () => {
  it.each([
    ['4067826205816.00', '4067826205816.00'],
    ['1510223', '1510223'],
    ['0.5', '0.5'],
    [' 12 ', '12'],
    ['-5', '-5'], // passes through: validation rejects negatives
    ['007', '007'],
  ])('%j -> %j', (text, expected) => expect(parseDecimal(text, 'plain')).toBe(expected));

  it.each(['1,5', '1.234.567', '1e5', '1E5', '', '   ', '1 234', '+5', '.5', '5.', '12abc', '1.234,5', 'Rp5', '--5', '5-'])(
    '%j is an error',
    (text) => {
      expect(() => parseDecimal(text, 'plain')).toThrow(NumberFormatError);
    },
  );

  it('says what is wrong, and suggests --number-format id where that would read it', () => {
    expect(errorOf('1,5', 'plain')).toMatch(/did you mean --number-format id\?/);
    expect(errorOf('4.067.826.205.816,00', 'plain')).toMatch(/did you mean --number-format id\?/);
    expect(errorOf('1.234.567', 'plain')).toMatch(/more than one "\."; did you mean --number-format id\?/);
    expect(errorOf('1,234.5', 'plain')).not.toMatch(/did you mean/);
    expect(errorOf('1e5', 'plain')).toMatch(/exponent notation/);
    expect(errorOf('', 'plain')).toMatch(/empty/);
    expect(errorOf('1 234', 'plain')).toMatch(/spaces/);
  });
});

describe('parseDecimal, id', () => {
  it.each([
    ['1.234,5', '1234.5'],
    ['1234', '1234'],
    ['1234,5', '1234.5'],
    ['12.345.678', '12345678'],
    ['4.067.826.205.816,00', '4067826205816.00'],
    ['0,5', '0.5'],
    ['999', '999'],
    ['1.000', '1000'],
    [' 1.234 ', '1234'],
    ['-1.234', '-1234'],
  ])('%j -> %j', (text, expected) => expect(parseDecimal(text, 'id')).toBe(expected));

  it.each(['1.23', '1,234.5', '1234.567', '12.34.567', '1.2345', '.123', '1.234,', ',5', '1,2,3', '1e5', '0.500', '1 234', '', '1.234.56'])(
    '%j is an error',
    (text) => expect(() => parseDecimal(text, 'id')).toThrow(NumberFormatError),
  );

  it('says what is wrong', () => {
    expect(errorOf('1.23', 'id')).toMatch(/groups of exactly 3 digits/);
    expect(errorOf('1,234.5', 'id')).toMatch(/not the other way round/);
    expect(errorOf('0.500', 'id')).toMatch(/ambiguous/);
    expect(errorOf('1,2,3', 'id')).toMatch(/more than one ","/);
  });
});

describe('parseFactsCsv', () => {
  it('reads the columns of press_figures.csv; source is the note, an empty segment the total', () => {
    const text =
      `${HEADER}\nKANWIL,BANTEN,IURAN,,TARGET,2017-01-01,2017-12-31,4056800718575.00,"Kabar6, 2018-01-28"\n` +
      `,BANTEN,PESERTA_AKTIF,BPU,REALIZATION,2016-12-31,2016-12-31,1176743,\n`;
    const { rows, errors, lines } = parseFactsCsv(text);
    expect(errors).toEqual([]);
    expect(lines).toEqual([2, 3]);
    expect(rows).toEqual([
      {
        level: 'KANWIL',
        unit: 'BANTEN',
        metric: 'IURAN',
        segment: null,
        kind: FactKind.TARGET,
        periodStart: '2017-01-01',
        periodEnd: '2017-12-31',
        value: '4056800718575.00',
        note: 'Kabar6, 2018-01-28',
      },
      {
        level: null,
        unit: 'BANTEN',
        metric: 'PESERTA_AKTIF',
        segment: 'BPU',
        kind: FactKind.REALIZATION,
        periodStart: '2016-12-31',
        periodEnd: '2016-12-31',
        value: '1176743',
        note: null,
      },
    ]);
  });

  it('takes the columns in any order; level, segment and source may be left out', () => {
    const { rows, errors } = parseFactsCsv(
      'value,unit,metric,kind,period_end,period_start\n"1.234,50",99.01,IURAN,REALIZATION,2021-01-31,2021-01-01\n',
      { numberFormat: 'id' },
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ unit: '99.01', value: '1234.50', segment: null, note: null, level: null, periodStart: '2021-01-01' });
  });

  it('requires a header, and names unknown, repeated and missing columns', () => {
    expect(parseFactsCsv('').errors).toEqual([expect.objectContaining({ index: null, field: 'header', code: 'MISSING_HEADER' })]);
    const { errors, rows } = parseFactsCsv('unit,metric,metrik,kind,kind,period_start,value\n99.01,IURAN,x,TARGET,TARGET,2021-01-01,5\n');
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['UNKNOWN_COLUMN', expect.stringContaining('"metrik"')],
      ['DUPLICATE_COLUMN', expect.stringContaining('kind')],
      ['MISSING_COLUMN', expect.stringMatching(/missing required column period_end$/)],
    ]);
    const noHeader = parseFactsCsv('KANWIL,BANTEN,IURAN,,TARGET,2017-01-01,2017-12-31,4056800718575.00,Kabar6\n');
    expect(noHeader.errors.map((e) => e.message).join('\n')).toMatch(/the first line must be the header/);
  });

  it('reports every bad line, with its index, field and line', () => {
    const text = [
      HEADER,
      'WILAYAH,99.01,IURAN,,REALIZATION,2021-01-01,2021-01-31,"12,5",a', // line 2: plain mode
      'WILAYAH,99.01,IURAN,,REALIZATION,2021-02-01,2021-02-31,100,a', // line 3: no such date
      '',
      'WILAYAH,99.01,IURAN,,REALIZATION,2021-03-01,2021-03-31,100', // line 5: 8 fields
      'WILAYAH,99.01,IURAN,,REALISASI,2021-04-01,2021-04-30,100,a', // line 6
      'KABUPATEN,99.01,IURAN,,REALIZATION,2021-05-01,2021-05-31,1e5,a', // line 7: two problems
      'WILAYAH,99.01,IURAN,,REALIZATION,2021-06-01,2021-06-30,100,a', // line 8: fine
    ].join('\n');
    const { rows, errors, lines } = parseFactsCsv(text);
    expect(rows).toHaveLength(6);
    expect(lines).toEqual([2, 3, 5, 6, 7, 8]);
    expect(errors.map((e) => [e.index, e.field, e.code])).toEqual([
      [0, 'value', 'INVALID_NUMBER'],
      [1, 'periodEnd', 'INVALID_DATE'],
      [2, 'line', 'WRONG_FIELD_COUNT'],
      [3, 'kind', 'INVALID_KIND'],
      [4, 'level', 'UNKNOWN_LEVEL'],
      [4, 'value', 'INVALID_NUMBER'],
    ]);
    expect(errors.map((e) => formatImportError(e, lines))).toEqual([
      'line 2, value: "12,5" is not a plain number (digits with an optional "." fraction); did you mean --number-format id? (--number-format plain) (INVALID_NUMBER)',
      'line 3, period_end: period_end must be a date YYYY-MM-DD, got "2021-02-31" (INVALID_DATE)',
      'line 5: expected 9 fields as in the header, got 8 (WRONG_FIELD_COUNT)',
      'line 6, kind: kind must be TARGET or REALIZATION, got "REALISASI" (INVALID_KIND)',
      'line 7, level: unknown level "KABUPATEN"; valid: NASIONAL, KANWIL, KANTOR_CABANG, WILAYAH (UNKNOWN_LEVEL)',
      'line 7, value: "1e5" uses exponent notation; write the digits out, e.g. 100000 (--number-format plain) (INVALID_NUMBER)',
    ]);
  });

  it('line numbers are index + 2 in a file without blank lines', () => {
    const body = Array.from(
      { length: 5 },
      (_, i) => `,99.01,IURAN,,REALIZATION,2021-0${i + 1}-01,2021-0${i + 1}-28,${i === 4 ? 'x' : '1'},`,
    );
    const { errors, lines } = parseFactsCsv([HEADER, ...body].join('\r\n') + '\r\n');
    expect(lines).toEqual([2, 3, 4, 5, 6]);
    expect(errors).toEqual([expect.objectContaining({ index: 4, field: 'value' })]);
    expect(formatImportError(errors[0], lines)).toMatch(/^line 6, value: /);
  });
});

describe('formatImportError', () => {
  it('names the CSV column of a field, and file-wide errors', () => {
    expect(formatImportError({ index: 0, field: 'periodStart', code: 'OVERLAP', message: 'm' }, [2])).toBe(
      'line 2, period_start: m (OVERLAP)',
    );
    expect(formatImportError({ index: 3, field: 'note', code: 'NOTE_REQUIRED', message: 'm' }, [2, 3, 4, 9])).toBe(
      'line 9, source: m (NOTE_REQUIRED)',
    );
    expect(formatImportError({ index: null, field: 'header', code: 'MISSING_COLUMN', message: 'm' }, [])).toBe(
      'line 1 (header): m (MISSING_COLUMN)',
    );
    expect(formatImportError({ index: null, field: null, code: 'OVERLAP', message: 'm' }, [])).toBe('file: m (OVERLAP)');
  });
});

describe('importActor', () => {
  it('names the OS user and the file for the audit trail', () => {
    expect(importActor('figures.csv', 'ani', new Date('2024-05-01T03:04:05.678Z'))).toEqual({
      id: 'cli:import:ani',
      requestId: 'import:figures.csv:2024-05-01T03:04:05.678Z',
    });
  });
});
