import { ExportTable } from './export.table';

/**
 * Display formats for Indonesian readers ([$-421] is the Indonesian
 * locale): numbers stay numbers in the sheet, so they can be summed.
 */
const FORMATS = {
  rupiah: '[$Rp-421]#,##0.00;-[$Rp-421]#,##0.00',
  count: '#,##0',
  percent: '0.00%',
  int: '0',
} as const;

const HEADER_ROW = 4;

/**
 * An XLSX sheet: the office and period as a heading, a frozen header row,
 * numbers as numbers. A sheet number is an IEEE double (Excel's own limit of
 * 15 significant digits): beyond about Rp90 triliun the sen are rounded
 * there, and the "(teks)" column beside it keeps the exact figure.
 */
export async function renderXlsx(table: ExportTable): Promise<Buffer> {
  // loaded here, on the first export, not at start-up (230 ms)
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Kinerja BPJS Ketenagakerjaan API';
  book.created = new Date();
  const sheet = book.addWorksheet('Laporan', { views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }] });
  sheet.getCell('A1').value = table.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = table.subtitle;
  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    sheet.getColumn(i + 1).width = c.kind === 'text' ? Math.max(14, Math.min(40, c.header.length + 2)) : 20;
  });
  header.font = { bold: true };
  table.rows.forEach((r, ri) => {
    const row = sheet.getRow(HEADER_ROW + 1 + ri);
    r.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      const kind = table.columns[i].kind;
      if (v === null) return;
      if (kind === 'text') cell.value = String(v);
      else {
        // the one deliberate use of a JavaScript number: a sheet stores doubles
        const n = Number(v);
        cell.value = kind === 'percent' ? n / 100 : n;
        cell.numFmt = FORMATS[kind];
      }
    });
    if (ri === table.rows.length - 1) row.font = { bold: true };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
