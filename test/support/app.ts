/**
 * The application as tests drive it: a database of its own (cloned from the
 * run's template), the real schema and Apollo server, and a counter of the
 * SQL statements that requests send.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLFormattedError } from 'graphql';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Principal } from '../../src/auth/auth.model';
import { openDatabase, Orm } from '../../src/db/database';
import { createRequestContext, RequestContext } from '../../src/request/context';
import { createApollo } from '../../src/graphql/apollo';

export interface TestApp {
  orm: Orm;
  apollo: ApolloServer<RequestContext>;
  url: string;
  /** Runs an operation through the real schema, as HTTP would, with a fresh request context. */
  run<TData = Record<string, unknown>, TVars extends Record<string, unknown> = Record<string, unknown>>(
    query: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    /** The caller; anonymous in demo mode when omitted. */
    as?: Principal | null,
  ): Promise<{ data?: TData | null; errors?: readonly GraphQLFormattedError[] }>;
  /** The SQL statements sent while `fn` ran. */
  statementsDuring(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

async function cloneTemplate(): Promise<string> {
  const serverUrl = process.env.TEST_PG_SERVER_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (!serverUrl || !template) throw new Error('the Jest global setup did not run (TEST_PG_SERVER_URL is unset)');
  const parentPid = template.split('_').pop();
  const name = `kinerja_test_w${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}_${parentPid}`;
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(`create database "${name}" template "${template}"`);
  } finally {
    await c.end();
  }
  const url = new URL(serverUrl);
  url.pathname = '/' + name;
  return url.toString();
}

export const QUERY_LIMITS = { maxDepth: 15, maxFields: 2_000 };
/** The HS256 secret of the test runs (never used outside tests). */
export const TEST_SECRET = 'test-secret-for-the-integration-tests-only-0123456789';
export const TEST_AUTH = { mode: 'required' as const, jwtSecret: TEST_SECRET, jwksUrl: undefined };

export async function createTestApp(): Promise<TestApp> {
  const url = await cloneTemplate();
  let sink: string[] | null = null;
  const orm = await openDatabase(url, {
    onQuery: (message) => {
      if (sink && message.startsWith('[query]')) sink.push(message);
    },
  });
  const apollo = createApollo(QUERY_LIMITS, { log: () => undefined });
  await apollo.start();
  return {
    orm,
    apollo,
    url,
    async run(query, variables, as) {
      const caller = as === undefined ? { principal: null, mode: 'demo' as const } : { principal: as, mode: 'required' as const };
      const res = await apollo.executeOperation(
        { query: query as never, variables: variables as never },
        { contextValue: createRequestContext(orm, caller) },
      );
      if (res.body.kind !== 'single') throw new Error('incremental delivery is not expected here');
      return res.body.singleResult as never;
    },
    async statementsDuring(fn) {
      const seen: string[] = [];
      sink = seen;
      try {
        await fn();
      } finally {
        sink = null;
      }
      return seen;
    },
    async close() {
      await apollo.stop();
      await orm.close(true);
    },
  };
}
