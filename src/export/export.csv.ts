import { ExportTable } from './export.table';

/**
 * CSV for Excel with Indonesian regional settings: UTF-8 with a BOM, `;` as
 * separator (the list separator where `,` is the decimal comma), CRLF.
 * Raw columns keep the exact decimal text ("4067826205816.00"); the
 * "(teks)" columns carry the Indonesian writing.
 */
export function renderCsv(table: ExportTable): Buffer {
  const quote = (v: string | number | null) => {
    if (v === null) return '';
    const s = String(v);
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [table.columns.map((c) => quote(c.header)).join(';'), ...table.rows.map((r) => r.map(quote).join(';'))];
  return Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');
}
