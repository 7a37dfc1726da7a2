/**
 * GET /export/report.csv and /export/report.xlsx: the `report` query as a
 * file, with the same authentication as /graphql. Bad parameters: 400
 * naming the parameter; outside the caller's scope: 403.
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
};

export async function handleExport(url: URL, res: http.ServerResponse, ctx: RequestContext): Promise<void> {
  try {
    const file = await exportReport(ctx, url.searchParams, EXPORT_PATHS[url.pathname]);
    send(res, 200, file.contentType, file.body, { 'content-disposition': `attachment; filename="${file.fileName}"` });
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    const param = e instanceof InputError ? { param: paramOf(e) } : {};
    const text = JSON.stringify({ error: { code: e.kind, ...param, message: e.message } });
    send(res, e.httpStatus, 'application/json; charset=utf-8', text);
  }
}
