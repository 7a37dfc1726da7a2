import Negotiator from 'negotiator';
import http from 'node:http';

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

/** A file served as it is, in each encoding, with an ETag (GraphiQL's page). */
export interface StaticFile {
  type: string;
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/**
 * Serves a StaticFile: 304 when the browser has this version, else the
 * encoding it prefers of brotli, gzip and none. Cache-Control: no-cache makes
 * the browser ask each time, which the ETag answers in one round trip.
 */
export function sendStatic(req: http.IncomingMessage, res: http.ServerResponse, file: StaticFile): void {
  res.setHeader('etag', file.etag);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('vary', 'accept-encoding');
  const known = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
  if (known.includes(file.etag) || known.includes('*')) {
    res.statusCode = 304;
    res.end();
    return;
  }
  // the server's preference among those the client rates alike: brotli is the smallest
  // (negotiator 0.6.4 takes the preference as a second argument; its types do not say so)
  const negotiator = new Negotiator(req) as unknown as { encoding(available: string[], preferred: string[]): string | undefined };
  const encoding = negotiator.encoding(['br', 'gzip', 'identity'], ['br', 'gzip', 'identity']) ?? 'identity';
  const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.identity;
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
  send(res, 200, file.type, body);
}
