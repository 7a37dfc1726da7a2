import { isFigure } from './export.layout';
import { Cell, ExportTable, fullHeader, RowKind } from './export.table';

/**
 * The two CSV dialects (the `dialect` URL parameter):
 * - `excel-id` (default), for Excel and LibreOffice with Indonesian settings,
 *   where `,` is the decimal comma: UTF-8 with a BOM, `;` between fields,
 *   exact numbers with a decimal comma and no grouping ("4067826205816,00"),
 *   so that they are read as numbers;
 * - `machine`, for programs: UTF-8 without a BOM, `,` between fields, exact
 *   numbers with a decimal point ("4067826205816.00").
 * Both end lines with CRLF (RFC 4180) and quote a field only when it must.
 */
export const CSV_DIALECTS = ['excel-id', 'machine'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** The last column says what each line is, so that a program adding up the offices skips the totals. */
const ROW_KINDS: Readonly<Record<RowKind, string>> = { office: 'kantor', total: 'total', sum: 'jumlah_baris' };

/**
 * Each figure column becomes two: the exact number and its Indonesian writing
 * ("(teks)"); the status column its Indonesian words and its code ("(kode)").
 * For spreadsheets, a text that would start a formula (=, +, -, @: an office
 * name is typed by people) gets a leading apostrophe, as OWASP advises.
 */
export function renderCsv(table: ExportTable, dialect: CsvDialect): Buffer {
  const separator = dialect === 'excel-id' ? ';' : ',';
  const needsQuotes = new RegExp(`[${separator}"\\r\\n]`);
  const quote = (v: string | number | null) => {
    if (v === null) return '';
    const s = String(v);
    return needsQuotes.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const number = (value: string) => (dialect === 'excel-id' ? value.replace('.', ',') : value);
  const text = (value: string | number | null) =>
    dialect === 'excel-id' && typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

  const header: string[] = [];
  for (const c of table.columns) {
    const name = fullHeader(c);
    if (isFigure(c.kind)) header.push(name, `${name} (teks)`);
    else if (c.kind === 'status') header.push(name, `${name} (kode)`);
    else header.push(name);
  }
  const fields = (cells: Cell[]) =>
    cells.flatMap((v, i): (string | number | null)[] => {
      const kind = table.columns[i].kind;
      if (kind === 'text' || kind === 'int') return [text(v as string | number | null)];
      if (v === null) return [null, null];
      const f = v as { value: string; text: string };
      return kind === 'status' ? [f.text, f.value] : [number(f.value), f.text];
    });
  header.push('Baris');
  const lines = [header, ...table.rows.map((r) => [...fields(r.cells), ROW_KINDS[r.kind]])].map((l) => l.map(quote).join(separator));
  return Buffer.from((dialect === 'excel-id' ? '\ufeff' : '') + lines.join('\r\n') + '\r\n', 'utf8');
}
