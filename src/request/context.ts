/**
 * The state of one request, whatever serves it (GraphQL, a file export, a
 * test): one EntityManager fork, one set of loaders and the caller's access.
 * Services take it; nothing in it knows GraphQL or HTTP.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Access } from '../auth/access';
import { Principal } from '../auth/auth.model';
import { AuthMode, DEFAULT_MAX_NOTE_LENGTH } from '../config';
import { readDataVersion } from '../db/data-version';
import { Orm } from '../db/database';
import type { LiveSubscriptions } from '../live/live.service';
import { createLoaders, Loaders } from './loaders';

export interface RequestContext {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  access: Access;
  /** The data version (src/db/data-version.ts), read once per request, when first asked for. */
  dataVersion: () => Promise<string>;
  /**
   * What the request turned out to be, for the deadline and the request log: an object, shared by
   * the copies Apollo makes of the context.
   */
  operation: OperationTrace;
  /** Aborted when the client has gone away or the request passed its deadline. */
  signal?: AbortSignal;
  /** The settings the services need (src/config.ts). */
  settings: RequestSettings;
  /** Live updates, on a WebSocket's context (src/http/websocket.ts); absent over HTTP. */
  live?: LiveSubscriptions;
}

/** The GraphQL operation of a request once Apollo knows it, and the error codes of its answer. */
export interface OperationTrace {
  /** 'query', 'mutation'. */
  kind?: string;
  /** The operation's name, if it has one. */
  name?: string;
  errors?: string[];
  /** The first database failure its answer reported (a replica that failed is then replaced by the primary). */
  failure?: unknown;
}

/** The settings a request's services read. */
export interface RequestSettings {
  maxNoteLength: number;
}

export const DEFAULT_REQUEST_SETTINGS: RequestSettings = { maxNoteLength: DEFAULT_MAX_NOTE_LENGTH };

/** Who is asking, as the transport established it. */
export interface Caller {
  principal: Principal | null;
  mode: AuthMode;
  requestId?: string;
  /** Aborted when the client goes away before its answer: the rollup in flight is cancelled. */
  signal?: AbortSignal;
}

/** Without a caller: anonymous in demo mode (reads everything, writes nothing). */
export function createRequestContext(
  orm: Orm,
  caller: Caller = { principal: null, mode: 'demo' },
  settings: RequestSettings = DEFAULT_REQUEST_SETTINGS,
): RequestContext {
  const em = orm.em.fork() as EntityManager;
  const requestId = caller.requestId || randomUUID();
  let version: Promise<string> | undefined;
  return {
    em,
    loaders: createLoaders(em, caller.signal),
    requestId,
    access: new Access(em, caller.principal, caller.mode, requestId),
    dataVersion: () => (version ??= readDataVersion(em)),
    signal: caller.signal,
    operation: {},
    settings,
  };
}
