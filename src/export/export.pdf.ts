/**
 * The report as a PDF for print and letters, made with pdfmake (no browser):
 * A4 landscape, the heading with the office, period and data position, the
 * table with its totals (its two header rows repeated on every page), notes,
 * the totals as sentences, the headline total in words, and "Halaman N dari
 * M" with the print date in the footer. The font (Roboto, shipped inside the
 * pdfmake package) is embedded, so the file prints the same anywhere.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { groupRuns, isFigure, ROBOTO, textWidth } from './export.layout';
import { CellKind, ExportTable, Figure } from './export.table';

const PAGE_WIDTH = 841.89; // A4 landscape, in points
const MARGIN = { x: 28, top: 32, bottom: 40 };
/** The width a table may take. */
const ROOM = PAGE_WIDTH - 2 * MARGIN.x;
const BODY_SIZE = 7.5;
/** What pdfmake adds to a column's given width: 4 pt of padding either side, and a line. */
const CELL_EXTRA = 9;
const NAME_MAX = 140; // office names wrap beyond this

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, typeof FONT_FILES>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let loaded: Promise<PdfMake> | undefined;

/** pdfmake, loaded on the first PDF (not at start-up), with its fonts read once into its in-memory file system. */
function pdfMake(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then((mod) => {
    const pdf = ((mod as { default?: unknown }).default ?? mod) as PdfMake;
    const dir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
    for (const file of Object.values(FONT_FILES)) pdf.virtualfs.writeFileSync(file, readFileSync(join(dir, file)));
    pdf.setFonts({ Roboto: FONT_FILES });
    // a report names no images or links: nothing may be fetched or read while it is made
    pdf.setUrlAccessPolicy(() => false);
    pdf.setLocalAccessPolicy(() => false);
    return pdf;
  });
  // a load that failed is tried again by the next PDF, not kept
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

const right = (kind: CellKind) => kind === 'int' || isFigure(kind);
/** Roboto widths in points at `size`. */
const width = (text: string, size: number, bold = false) => textWidth(text, ROBOTO, bold) * size;
const shown = (v: string | number | Figure | null) => (v === null ? '' : typeof v === 'object' ? v.text : String(v));

/**
 * The columns in groups that each fit the page's width beside the office
 * columns: every metric's columns stay together, a group per table.
 */
function groupsThatFit(table: ExportTable, widths: number[]): number[][] {
  const office = table.columns.flatMap((c, i) => (c.group === null ? [i] : []));
  const room = ROOM - office.reduce((a, i) => a + widths[i] + CELL_EXTRA, 0);
  const metrics = groupRuns(table.columns).map((run) => Array.from({ length: run.to - run.from + 1 }, (_, k) => run.from + k));
  const groups: number[][] = [];
  let current: number[] = [];
  let used = 0;
  for (const m of metrics) {
    const w = m.reduce((a, i) => a + widths[i] + CELL_EXTRA, 0);
    if (current.length && used + w > room) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(...m);
    used += w;
  }
  if (current.length) groups.push(current);
  return groups.map((g) => [...office, ...g]);
}

function tableOf(table: ExportTable, cols: number[], widths: number[], size: number): Content {
  const header = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, style: 'header', fontSize: size, ...extra });
  const groupRow: TableCell[] = [];
  const fieldRow: TableCell[] = [];
  const runs = new Map(groupRuns(cols.map((ci) => table.columns[ci])).map((run) => [run.from, run]));
  cols.forEach((ci, k) => {
    const c = table.columns[ci];
    if (c.group === null) {
      groupRow.push(header(c.header, { rowSpan: 2 }));
      fieldRow.push({});
      return;
    }
    const run = runs.get(k);
    groupRow.push(run ? header(c.group, run.to > run.from ? { colSpan: run.to - run.from + 1 } : {}) : {});
    fieldRow.push(header(c.header));
  });
  const body: TableCell[][] = [
    groupRow,
    fieldRow,
    ...table.rows.map((r) =>
      cols.map((ci): TableCell => ({
        text: shown(r.cells[ci]),
        alignment: right(table.columns[ci].kind) ? 'right' : 'left',
        bold: r.kind !== 'office',
        fillColor: r.kind === 'office' ? undefined : '#F3F5F8',
      })),
    ),
  ];
  return {
    fontSize: size,
    table: { headerRows: 2, dontBreakRows: true, widths: cols.map((ci) => widths[ci]), body },
    layout: { hLineWidth: () => 0.4, vLineWidth: () => 0.4, hLineColor: () => '#9AA5B1', vLineColor: () => '#9AA5B1' },
    margin: [0, 6, 0, 8],
  };
}

/**
 * Each column's text as wide as its widest text at `size` points, a word of
 * its header or a figure (pdfmake adds CELL_EXTRA); the metric's name spans
 * all its columns, so it sets none.
 */
function columnWidths(table: ExportTable, size: number): number[] {
  return table.columns.map((c, i) => {
    const words = Math.max(...c.header.split(' ').map((w) => width(w, size, true)));
    const cells = Math.max(0, ...table.rows.map((r) => width(shown(r.cells[i]), size, r.kind !== 'office')));
    const w = Math.ceil(Math.max(words, cells) + 1);
    return c.header === 'Kantor' ? Math.min(w, NAME_MAX) : w;
  });
}

const MIN_SIZE = 5.5;

export async function renderPdf(table: ExportTable): Promise<Buffer> {
  const pdf = await pdfMake();
  // the table's font: 7.5 pt, smaller only when one metric's columns beside the office's would not fit the page
  let size = BODY_SIZE;
  let widths = columnWidths(table, size);
  let groups = groupsThatFit(table, widths);
  const widest = () => Math.max(...groups.map((g) => g.reduce((a, i) => a + widths[i] + CELL_EXTRA, 0)));
  while (widest() > ROOM && size > MIN_SIZE) {
    size = Math.max(MIN_SIZE, Math.floor((size * ROOM * 4) / widest()) / 4);
    widths = columnWidths(table, size);
    groups = groupsThatFit(table, widths);
  }
  const content: Content[] = [
    { text: table.title, style: 'title' },
    { text: table.period },
    { text: table.dataPosition },
    ...groups.map((cols) => tableOf(table, cols, widths, size)),
    ...table.notes.map((n): Content => ({ text: n, italics: true, fontSize: 7.5, margin: [0, 0, 0, 3] })),
  ];
  if (table.summaries.length) {
    content.push(
      { text: 'Ringkasan', bold: true, margin: [0, 8, 0, 3] },
      ...table.summaries.map((s): Content => ({ text: s, margin: [0, 0, 0, 3] })),
    );
  }
  if (table.closing) content.push({ text: table.closing, margin: [0, 8, 0, 0] });

  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN.x, MARGIN.top, MARGIN.x, MARGIN.bottom],
    info: { title: table.title, subject: table.period, creator: 'Kinerja BPJS Ketenagakerjaan API', producer: 'pdfmake' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      header: { bold: true, fillColor: '#E7ECF2', alignment: 'center' },
    },
    content,
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: table.printed, alignment: 'left' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'center' },
        { text: table.title, alignment: 'right' },
      ],
      fontSize: 7.5,
      margin: [MARGIN.x, 14, MARGIN.x, 0],
    }),
  };
  return pdf.createPdf(doc).getBuffer();
}
