import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Access } from '../auth/access';
import { Principal } from '../auth/auth.types';
import { AuthMode } from '../config';
import { Orm } from '../db/database';
import { createLoaders, Loaders } from './loaders';

/** What every resolver receives: one EntityManager fork, one set of loaders and the caller's access, per request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  access: Access;
}

export interface Caller {
  principal: Principal | null;
  mode: AuthMode;
  requestId?: string;
}

/** Without a caller: anonymous in demo mode (reads everything, writes nothing). */
export function createContext(orm: Orm, caller: Caller = { principal: null, mode: 'demo' }): Context {
  const em = orm.em.fork() as EntityManager;
  const requestId = caller.requestId || randomUUID();
  return { em, loaders: createLoaders(em), requestId, access: new Access(em, caller.principal, caller.mode, requestId) };
}
