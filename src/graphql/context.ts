import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Orm } from '../db/database';
import { createLoaders, Loaders } from './loaders';

/** What every resolver receives: one EntityManager fork and one set of loaders per request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
}

export function createContext(orm: Orm, requestId: string = randomUUID()): Context {
  const em = orm.em.fork() as EntityManager;
  return { em, loaders: createLoaders(em), requestId };
}
