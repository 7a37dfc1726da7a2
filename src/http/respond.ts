import http from 'node:http';
import { ClientError } from '../common/errors';

export function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** An error in the GraphQL-over-HTTP shape: {"errors": [{message, extensions: {code}}]}. */
export function sendGraphQLError(
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }));
}

/** A client error at its HTTP status, in the GraphQL-over-HTTP shape. */
export function sendClientError(res: http.ServerResponse, e: ClientError): void {
  sendGraphQLError(res, e.httpStatus, e.kind, e.message, e.details());
}
