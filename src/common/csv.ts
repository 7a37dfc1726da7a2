/** The one CSV reader of the project (RFC 4180). */

export interface CsvRecord {
  fields: string[];
  /** Line of the file where the record starts (1-based). */
  line: number;
  /** Set when the record is not well-formed CSV. */
  malformed?: string;
}

/**
 * RFC 4180 records with the line each starts on: quoted fields, doubled
 * quotes, CRLF or LF, a BOM. Blank lines are skipped but still counted, so
 * line numbers in messages are the file's own.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let malformed: string | undefined;
  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && !wasQuoted && field.trim() === '';
    if (!blank) records.push(malformed ? { fields, line: start, malformed } : { fields, line: start });
    fields = [];
    field = '';
    wasQuoted = false;
    malformed = undefined;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = body[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            malformed ??= 'text after the closing quote of a field';
          }
        }
      } else {
        if (c === '\n' || (c === '\r' && body[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"') {
      if (field.trim() !== '') malformed ??= 'a quote inside an unquoted field';
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) malformed = 'a quoted field is not closed before the end of the file';
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return records;
}

/** Rows of fields, blank lines skipped. */
export function parseCsv(text: string): string[][] {
  return readCsvRecords(text).map((r) => r.fields);
}

/** Rows as objects keyed by the header line. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}
