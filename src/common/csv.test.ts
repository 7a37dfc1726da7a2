import { parseCsvRecords, readCsvRecords } from './csv';

describe('readCsvRecords', () => {
  it('keeps the line each record starts on, across blank lines, CRLF and quoted line breaks', () => {
    const text = '\uFEFFa,b\r\n1,2\r\n\r\n3,"x\r\ny"\n  \n4,"say ""hi"""\n5,6';
    expect(readCsvRecords(text)).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', 'x\r\ny'], line: 4 },
      { fields: ['4', 'say "hi"'], line: 7 },
      { fields: ['5', '6'], line: 8 },
    ]);
  });

  it('marks malformed records: an unclosed quote, text after a closing quote, a quote inside a field', () => {
    expect(readCsvRecords('a,b\n1,"2')[1].malformed).toMatch(/not closed/);
    expect(readCsvRecords('a,b\n1,"2"x\n')[1].malformed).toMatch(/after the closing quote/);
    expect(readCsvRecords('a,b\n1,2"3"\n')[1].malformed).toMatch(/quote inside/);
    expect(readCsvRecords('a,b\n"1",""\n')[1]).toEqual({ fields: ['1', ''], line: 2 });
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header, trims, skips blank lines and a BOM', () => {
    expect(parseCsvRecords('\ufeffkode,nama\n11.01, "Kabupaten Aceh Selatan"\n\n11.02,"Kab. ""X"", Y"\n')).toEqual([
      { kode: '11.01', nama: 'Kabupaten Aceh Selatan' },
      { kode: '11.02', nama: 'Kab. "X", Y' },
    ]);
  });
});
