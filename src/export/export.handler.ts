/**
 * GET /export/report.csv and /export/report.xlsx: the `report` query as a
 * file, with the same parameters as ReportInput and the same authentication
 * as /graphql. Bad parameters: 400 naming the parameter.
 */
import { GraphQLError } from 'graphql';
import http from 'node:http';
import { ForbiddenError } from '../auth/auth.errors';
import { InputError } from '../common/input-error';
import { Context } from '../graphql/context';
import { buildReport } from '../report/report.service';
import { renderCsv } from './export.csv';
import { ExportParamError, paramOf, parseExportParams } from './export.params';
import { reportTable } from './export.table';
import { renderXlsx } from './export.xlsx';

export const EXPORT_PATHS = ['/export/report.csv', '/export/report.xlsx'];

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function handleExport(url: URL, res: http.ServerResponse, context: () => Promise<Context>): Promise<void> {
  try {
    const input = parseExportParams(url.searchParams);
    const ctx = await context();
    const table = reportTable(await buildReport(ctx, input));
    const xlsx = url.pathname.endsWith('.xlsx');
    const body = xlsx ? await renderXlsx(table) : renderCsv(table);
    res.writeHead(200, {
      'content-type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${table.fileName}.${xlsx ? 'xlsx' : 'csv'}"`,
      'content-length': body.length,
    });
    res.end(body);
  } catch (e) {
    if (e instanceof ExportParamError) return json(res, 400, { error: { code: 'BAD_USER_INPUT', param: e.param, message: e.message } });
    if (e instanceof InputError) return json(res, 400, { error: { code: 'BAD_USER_INPUT', param: paramOf(e.field), message: e.message } });
    if (e instanceof ForbiddenError) return json(res, 403, { error: { code: 'FORBIDDEN', message: e.message } });
    if (e instanceof GraphQLError && e.extensions.code === 'UNAUTHENTICATED') return json(res, 401, { error: { code: 'UNAUTHENTICATED', message: e.message } });
    throw e;
  }
}
