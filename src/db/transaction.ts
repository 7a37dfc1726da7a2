/**
 * Write transactions and their audit context, for every write path (facts,
 * the office tree, the seeders). The database's audit triggers read the
 * actor, request id and note set here; a batch refused inside its
 * transaction, or a constraint that catches what the checks missed, comes
 * back as user errors, never as a 500.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode, UserErrorInfo } from '../common/user-error';

/** Who writes, for the audit trail. */
export interface Actor {
  /** e.g. "user:ani@bpjs" or "cli:import". */
  id: string;
  requestId?: string | null;
  /** Offices this actor may write; undefined for anywhere. */
  writableUnits?: ReadonlySet<string>;
}

export const SYSTEM_ACTOR: Actor = { id: 'system' };

/** Names the actor, request and note for the audit triggers, for this transaction only. */
export async function setAuditContext(em: EntityManager, actor: Actor, note: string | null = null): Promise<void> {
  await em
    .getConnection()
    .execute(
      `select set_config('kinerja.actor', ?, true), set_config('kinerja.request_id', ?, true), set_config('kinerja.note', ?, true)`,
      [actor.id, actor.requestId ?? '', note ?? ''],
      'all',
      em.getTransactionContext(),
    );
}

/** A batch refused inside its transaction: the transaction rolls back, the errors go to the client. */
export class RejectedBatch extends Error {
  constructor(readonly errors: UserErrorInfo[]) {
    super(`batch rejected: ${errors.length} errors`);
  }
}

const CONSTRAINT_CODES: Readonly<Record<string, UserErrorCode>> = {
  '23P01': 'OVERLAP',
  '23505': 'DUPLICATE_ROW',
  '23514': 'CONSTRAINT_VIOLATION',
  '23503': 'UNKNOWN_REFERENCE',
};

/** Turns a constraint violation that slipped past validation into a user error, never a 500. */
export function constraintError(e: unknown): UserErrorInfo | null {
  const pg = e as { code?: string; constraint?: string; detail?: string; message?: string };
  const code = pg.code ? CONSTRAINT_CODES[pg.code] : undefined;
  if (!code) return null;
  const what = pg.constraint ? ` (${pg.constraint})` : '';
  const message = (pg.detail || pg.message || 'constraint violated').replace(/^.* - /, '');
  return { index: null, field: null, code, message: `the database refused the batch${what}: ${message}` };
}

/** Runs `work` in a transaction; a rejected batch or a constraint violation becomes user errors. */
export async function inWriteTransaction<T extends { userErrors: UserErrorInfo[] }>(
  em: EntityManager,
  work: (tem: EntityManager) => Promise<T>,
  none: Omit<T, 'userErrors'>,
): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (e) {
    if (e instanceof RejectedBatch) return { ...none, userErrors: e.errors } as T;
    const asUserError = constraintError(e);
    if (asUserError) return { ...none, userErrors: [asUserError] } as T;
    throw e;
  }
}
