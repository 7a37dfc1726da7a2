import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { StaticFile } from './respond';

/** The example query GraphiQL opens on. */
export const EXAMPLE_QUERY = `# Kanwil Banten, its Kantor Cabang and their iuran against target.
# Press the play button (or Ctrl-Enter). The Docs button explains every field.
query KanwilIuran {
  kanwil(code: "BANTEN") {
    name
    performance(metric: "IURAN", period: { year: 2024 }) {
      period { label }
      realization { value formatted source }
      target { formatted }
      achievement { formatted }
      status
    }
    kantorCabang {
      name
      performance(metric: "IURAN", period: { year: 2024 }) {
        realization { formatted(style: SHORT) }
        target { formatted(style: SHORT) }
        achievement { formatted }
        gap { formatted(style: SHORT) }
        status
      }
    }
  }
}
`;

let page: Promise<string> | undefined;

/**
 * One self-contained page: scripts and styles inline, nothing loaded from a
 * CDN. Its renderer (100 ms to load) is loaded on the first request for it,
 * not at start-up.
 */
export function graphiqlPage(endpoint: string): Promise<string> {
  page ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL: render }) =>
    render({
      title: 'Kinerja BPJS Ketenagakerjaan: GraphiQL',
      endpoint,
      defaultQuery: EXAMPLE_QUERY,
      // subscriptions over WebSocket (graphql-ws) on the same path, as the server speaks them
      subscriptionsProtocol: 'WS',
    } as Parameters<typeof renderGraphiQL>[0]),
  );
  return page;
}

let file: Promise<StaticFile> | undefined;

/**
 * The page as a file to serve: 9 MB of inline scripts, compressed once (brotli
 * 1.9 MB, gzip 2.4 MB; about a second, off the event loop, on the first
 * request for it) and served with an ETag, so that a browser that has it asks
 * again in one round trip and gets a 304.
 */
export function graphiqlFile(endpoint: string): Promise<StaticFile> {
  file ??= graphiqlPage(endpoint).then(async (html) => {
    const body = Buffer.from(html);
    const [br, gzip] = await Promise.all([
      promisify(zlib.brotliCompress)(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
      promisify(zlib.gzip)(body, { level: 9 }),
    ]);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    return { type: 'text/html; charset=utf-8', etag, identity: body, br, gzip };
  });
  return file;
}
