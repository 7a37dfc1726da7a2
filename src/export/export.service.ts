/**
 * A report as a file: the `report` table (same parameters as ReportInput, as
 * URL parameters) written as CSV, XLSX or PDF. Transport-free: the HTTP route
 * sends what this returns.
 */
import { RequestContext } from '../request/context';
import { buildReport } from '../report/report.service';
import { summaryOf } from '../rollup/performance.service';
import { renderCsv } from './export.csv';
import { ExportParamError, parseExportParams } from './export.params';
import { renderPdf } from './export.pdf';
import { reportTable } from './export.table';
import { renderXlsx } from './export.xlsx';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Throws ExportParamError or another InputError for bad parameters, ForbiddenError outside the caller's scope. */
export async function exportReport(ctx: RequestContext, params: URLSearchParams, format: ExportFormat): Promise<ExportFile> {
  const { input, dialect } = parseExportParams(params);
  if (dialect !== null && format !== 'csv') throw new ExportParamError('dialect', 'dialect applies to the CSV export only');
  const report = await buildReport(ctx, input);
  // the printed files close with the totals as sentences; a CSV is data only
  const summaries = format === 'csv' ? [] : await Promise.all(report.totals.map((t) => summaryOf(ctx, t)));
  const table = reportTable(report, { summaries, now: new Date() });
  const body =
    format === 'xlsx' ? await renderXlsx(table) : format === 'pdf' ? await renderPdf(table) : renderCsv(table, dialect ?? 'excel-id');
  return { body, contentType: CONTENT_TYPES[format], fileName: `${table.fileName}.${format}` };
}
