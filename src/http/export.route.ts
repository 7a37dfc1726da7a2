/**
 * GET /export/report.csv, .xlsx and .pdf: the `report` query as a
 * file, with the same authentication as /graphql. Errors in the shape and
 * with the codes of GraphQL's: bad parameters 400 BAD_USER_INPUT naming the
 * parameter (extensions.param); outside the caller's scope 403 FORBIDDEN.
 */
import http from 'node:http';
import { ClientError, InputError } from '../common/errors';
import { ExportFormat, exportReport } from '../export/export.service';
import { paramOf } from '../export/export.params';
import { RequestContext } from '../request/context';
import { send } from './respond';

export const EXPORT_PATHS: Readonly<Record<string, ExportFormat>> = {
  '/export/report.csv': 'csv',
  '/export/report.xlsx': 'xlsx',
  '/export/report.pdf': 'pdf',
};

export async function handleExport(
  url: URL,
  res: http.ServerResponse,
  ctx: RequestContext,
  fail: (status: number, code: string, message: string, details?: Record<string, unknown>) => void,
): Promise<void> {
  try {
    const file = await exportReport(ctx, url.searchParams, EXPORT_PATHS[url.pathname]);
    send(res, 200, file.contentType, file.body, { 'content-disposition': `attachment; filename="${file.fileName}"` });
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    fail(e.httpStatus, e.kind, e.message, e instanceof InputError ? { param: paramOf(e) } : {});
  }
}
