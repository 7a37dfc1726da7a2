/**
 * A report as a file: the `report` table (same parameters as ReportInput, as
 * URL parameters) written as CSV or XLSX. Transport-free: the HTTP route
 * sends what this returns.
 */
import { RequestContext } from '../request/context';
import { buildReport } from '../report/report.service';
import { renderCsv } from './export.csv';
import { parseExportParams } from './export.params';
import { reportTable } from './export.table';
import { renderXlsx } from './export.xlsx';

export type ExportFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Throws ExportParamError or another InputError for bad parameters, ForbiddenError outside the caller's scope. */
export async function exportReport(ctx: RequestContext, params: URLSearchParams, format: ExportFormat): Promise<ExportFile> {
  const input = parseExportParams(params);
  const table = reportTable(await buildReport(ctx, input));
  const body = format === 'xlsx' ? await renderXlsx(table) : renderCsv(table);
  return { body, contentType: CONTENT_TYPES[format], fileName: `${table.fileName}.${format}` };
}
