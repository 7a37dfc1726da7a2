/** The CSV bytes of both dialects, on a hand-made table: quoting, numbers, the formula guard, the row kinds. */
import { renderCsv } from './export.csv';
import { ExportTable } from './export.table';

const table: ExportTable = {
  title: 'Laporan Kinerja Kanwil Uji',
  period: 'Periode: Tahun 2024',
  dataPosition: 'Posisi data: 31 Desember 2024',
  printed: 'Dicetak 1 Januari 2025 08.00 WIB',
  columns: [
    { group: null, header: 'Peringkat', kind: 'int' },
    { group: null, header: 'Kode', kind: 'text' },
    { group: null, header: 'Kantor', kind: 'text' },
    { group: 'Penerimaan Iuran', header: 'Selisih', kind: 'rupiah' },
    { group: 'Penerimaan Iuran', header: 'Status', kind: 'status' },
  ],
  rows: [
    {
      kind: 'office',
      cells: [
        1,
        'A',
        'Kantor "Satu"; Barat',
        { value: '-1234.50', text: '-Rp1.234,50' },
        { value: 'BELOW_TARGET', text: 'Di bawah target' },
      ],
    },
    { kind: 'office', cells: [2, 'B', '=HYPERLINK("http://x")', null, { value: 'NO_DATA', text: 'Tanpa data' }] },
    {
      kind: 'total',
      cells: [
        null,
        'UJI',
        'Total Kanwil Uji',
        { value: '-1234.50', text: '-Rp1.234,50' },
        { value: 'BELOW_TARGET', text: 'Di bawah target' },
      ],
    },
  ],
  notes: [],
  summaries: [],
  closing: null,
  fileName: 'laporan',
};

describe('renderCsv', () => {
  it('excel-id: BOM, ;, decimal comma, quotes only where needed, an apostrophe before a would-be formula', () => {
    const text = renderCsv(table, 'excel-id').toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Peringkat;Kode;Kantor;Penerimaan Iuran - Selisih;Penerimaan Iuran - Selisih (teks);Penerimaan Iuran - Status;Penerimaan Iuran - Status (kode);Baris',
      '1;A;"Kantor ""Satu""; Barat";-1234,50;-Rp1.234,50;Di bawah target;BELOW_TARGET;kantor',
      `2;B;"'=HYPERLINK(""http://x"")";;;Tanpa data;NO_DATA;kantor`,
      ';UJI;Total Kanwil Uji;-1234,50;-Rp1.234,50;Di bawah target;BELOW_TARGET;total',
      '',
    ]);
  });

  it('machine: no BOM, commas, decimal point, the text as it is', () => {
    const lines = renderCsv(table, 'machine').toString('utf8').split('\r\n');
    expect(lines[0].startsWith('Peringkat,Kode,')).toBe(true);
    expect(lines[1]).toBe('1,A,"Kantor ""Satu""; Barat",-1234.50,"-Rp1.234,50",Di bawah target,BELOW_TARGET,kantor');
    expect(lines[2]).toBe('2,B,"=HYPERLINK(""http://x"")",,,Tanpa data,NO_DATA,kantor');
  });
});
