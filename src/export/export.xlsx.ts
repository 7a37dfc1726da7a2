import type { Alignment, Borders, Font, Worksheet } from 'exceljs';
import { CALIBRI, groupRuns, isFigure, textWidth } from './export.layout';
import { CellKind, ExportTable, Figure } from './export.table';

/**
 * Display formats for Indonesian readers ([$-421] is the Indonesian
 * locale): numbers stay numbers in the sheet, so they can be summed.
 */
const FORMATS: Readonly<Partial<Record<CellKind, string>>> = {
  rupiah: '[$Rp-421]#,##0.00;-[$Rp-421]#,##0.00',
  count: '#,##0',
  percent: '0.00%',
  int: '0',
};

/** The one font of the sheet; LibreOffice prints it with Carlito, its metric twin. */
const FONT = 'Calibri';
const SIZE = 10;
const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT, size: SIZE, ...extra });

/** Calibri widths in Excel's column unit. */
const width = (text: string, bold = false) => textWidth(text, CALIBRI, bold);

const HEADING_ROWS = 3;
const GROUP_ROW = HEADING_ROWS + 2;
const FIELD_ROW = GROUP_ROW + 1;
const thin = { style: 'thin' as const };
const BOX: Partial<Borders> = { top: thin, bottom: thin, left: thin, right: thin };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7ECF2' } };
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF3F5F8' } };

/** Text for a header or footer: `&` is its escape character. */
const hf = (text: string) => `&"${FONT},Regular"&8${text.replace(/&/g, '&&')}`;

/** Merges a row's first `columns` cells (`units` wide) into one wrapped paragraph, tall enough for its text. */
function paragraph(sheet: Worksheet, row: number, columns: number, units: number, text: string, extra: Partial<Font> = {}) {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font(extra);
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(row).height = 13.5 * Math.max(1, Math.ceil(width(text, extra.bold) / Math.max(units - 2, 10)));
}

/**
 * An XLSX sheet that prints: A4 landscape, one page wide, the two header
 * rows on every page, "Halaman N dari M" and the print date in the footer,
 * one named font, columns as wide as what they show. The printed columns
 * hold numbers with Indonesian display formats; to their right, outside the
 * print area, the exact figures as text ("(persis)") and the status codes
 * ("(kode)"), for machines.
 * A sheet number is an IEEE double (Excel's own limit of 15 significant
 * digits): beyond about Rp90 triliun the sen are rounded there, and the
 * "(persis)" column keeps the exact figure as text.
 */
export async function renderXlsx(table: ExportTable): Promise<Buffer> {
  // loaded here, on the first export, not at start-up (230 ms)
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Kinerja BPJS Ketenagakerjaan API';
  book.created = new Date();
  const sheet = book.addWorksheet('Laporan', { views: [{ state: 'frozen', xSplit: 3, ySplit: FIELD_ROW }] });

  const printed = table.columns;
  const machine = printed.flatMap((c, i) =>
    isFigure(c.kind)
      ? [{ from: i, header: `${c.header} (persis)`, group: c.group }]
      : c.kind === 'status'
        ? [{ from: i, header: `${c.header} (kode)`, group: c.group }]
        : [],
  );
  const lastPrinted = printed.length;
  const widths = [
    ...printed.map((c) =>
      width(
        c.header.split(' ').reduce((a, b) => (a.length > b.length ? a : b)),
        true,
      ),
    ),
    ...machine.map((m) => width(m.header, true)),
  ];

  // the heading
  [
    [table.title, font({ bold: true, size: 14 })],
    [table.period, font()],
    [table.dataPosition, font()],
  ].forEach(([text, f], i) => {
    const cell = sheet.getCell(1 + i, 1);
    cell.value = text as string;
    cell.font = f as Partial<Font>;
  });

  // two header rows: the metric over its columns, then the field
  const headerCell = (row: number, col: number, text: string, alignment: Partial<Alignment> = {}) => {
    const cell = sheet.getCell(row, col);
    cell.value = text;
    cell.font = font({ bold: true });
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center', ...alignment };
  };
  const spans = (cols: { group: string | null }[], offset: number) => {
    for (const run of groupRuns(cols)) {
      headerCell(GROUP_ROW, offset + run.from + 1, run.group);
      if (run.to > run.from) sheet.mergeCells(GROUP_ROW, offset + run.from + 1, GROUP_ROW, offset + run.to + 1);
    }
  };
  printed.forEach((c, i) => {
    if (c.group === null) {
      headerCell(GROUP_ROW, i + 1, c.header);
      sheet.mergeCells(GROUP_ROW, i + 1, FIELD_ROW, i + 1);
    } else headerCell(FIELD_ROW, i + 1, c.header);
  });
  spans(printed, 0);
  machine.forEach((m, i) => headerCell(FIELD_ROW, lastPrinted + i + 1, m.header));
  spans(machine, lastPrinted);
  sheet.getRow(FIELD_ROW).height = 27;

  // the rows and the totals
  table.rows.forEach((r, ri) => {
    const row = sheet.getRow(FIELD_ROW + 1 + ri);
    const total = r.kind !== 'office';
    const style = (cell: ReturnType<typeof row.getCell>) => {
      cell.font = font({ bold: total });
      cell.border = BOX;
      if (total) cell.fill = TOTAL_FILL;
    };
    r.cells.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      const kind = printed[i].kind;
      style(cell);
      if (v === null) return;
      let shown: string;
      if (kind === 'text' || kind === 'int') {
        cell.value = v as string | number;
        cell.alignment = { horizontal: kind === 'int' ? 'right' : 'left', indent: 1 };
        shown = String(v);
      } else {
        const f = v as Figure;
        if (kind === 'status') {
          cell.value = shown = f.text;
          cell.alignment = { horizontal: 'left', indent: 1 };
        } else {
          // the one deliberate use of a JavaScript number: a sheet stores doubles
          cell.value = kind === 'percent' ? Number(f.value) / 100 : Number(f.value);
          cell.numFmt = FORMATS[kind]!;
          cell.alignment = { horizontal: 'right', indent: 1 };
          shown = f.text;
        }
      }
      widths[i] = Math.max(widths[i], width(shown, total));
    });
    machine.forEach((m, k) => {
      const cell = row.getCell(lastPrinted + k + 1);
      style(cell);
      const f = r.cells[m.from] as Figure | null;
      if (f === null) return;
      // the exact decimal (or the status code) as text: what a double cannot hold
      cell.value = f.value;
      widths[lastPrinted + k] = Math.max(widths[lastPrinted + k], width(String(cell.value), total));
    });
  });
  // two units of margin and one of indent
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = Math.ceil(w + 3.5)));
  const printWidth = widths.slice(0, lastPrinted).reduce((a, b) => a + Math.ceil(b + 3.5), 0);

  // notes, the totals as sentences, and the closing line
  let next = FIELD_ROW + table.rows.length + 2;
  for (const note of table.notes) paragraph(sheet, next++, lastPrinted, printWidth, note, { italic: true, size: 9 });
  if (table.summaries.length) {
    next++;
    paragraph(sheet, next++, lastPrinted, printWidth, 'Ringkasan', { bold: true });
    for (const s of table.summaries) paragraph(sheet, next++, lastPrinted, printWidth, s);
  }
  if (table.closing) paragraph(sheet, ++next, lastPrinted, printWidth, table.closing);

  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as the rows need
    printTitlesRow: `${GROUP_ROW}:${FIELD_ROW}`,
    // ExcelJS writes `$` before each part: 'A$1' becomes '$A$1', which LibreOffice reads ('$A1' it ignores)
    printArea: `A$1:${sheet.getColumn(lastPrinted).letter}$${next}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
  sheet.headerFooter = {
    oddFooter: `&L${hf(table.printed)}&C${hf('Halaman ')}&P${hf(' dari ')}&N&R${hf(table.title)}`,
  };
  return Buffer.from(await book.xlsx.writeBuffer());
}
