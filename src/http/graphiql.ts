import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';

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
    } as Parameters<typeof renderGraphiQL>[0]),
  );
  return page;
}
