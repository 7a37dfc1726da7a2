/**
 * A small typed client for the operations in operations/ (and any other
 * typed document): codegen gives each operation's result and variables
 * types, so a schema change breaks the frontend's build, not its users.
 *
 *   import { createClient } from './client';
 *   import { ReportDocument } from './generated/graphql';
 *   const api = createClient({ url: 'http://localhost:4000/graphql', token });
 *   const { report } = await api.request(ReportDocument, { input: { ... } });  // fully typed
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface ClientOptions {
  /** The /graphql endpoint. */
  url: string;
  /** A bearer token (npm run token), if the server requires one. */
  token?: string;
  fetch?: typeof fetch;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The server answered with errors (BAD_USER_INPUT, FORBIDDEN, ...), or not with GraphQL at all. */
export class ClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLErrorBody[],
  ) {
    super(message);
    this.name = 'ClientError';
  }

  /** The code of the first error, e.g. BAD_USER_INPUT. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface Client {
  request<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<TData>;
}

export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? fetch;
  const printed = new WeakMap<object, string>();
  return {
    async request(document, variables) {
      let query = printed.get(document);
      if (!query) {
        query = print(document);
        printed.set(document, query);
      }
      const res = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: { data?: unknown; errors?: GraphQLErrorBody[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new ClientError(`the server answered ${res.status} without JSON: ${text.slice(0, 200)}`, res.status, []);
      }
      if (body.errors?.length) throw new ClientError(body.errors.map((e) => e.message).join('; '), res.status, body.errors);
      if (body.data === undefined || body.data === null)
        throw new ClientError(`the server answered ${res.status} without data`, res.status, []);
      return body.data as never;
    },
  };
}
