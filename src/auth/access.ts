/**
 * What one request may see and change. A VIEWER reads their scope's subtree
 * only; an EDITOR also writes facts inside it; an ADMIN writes anywhere and
 * manages the office tree. In demo mode an anonymous request reads
 * everything and writes nothing.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import { AuthMode } from '../config';
import { Actor } from '../db/transaction';
import { ROOT_CODE } from '../org/org.model';
import { subtreeCodes } from '../org/org.repository';
import { Principal, Role } from './auth.model';

export class Access {
  private subtree: Promise<ReadonlySet<string>> | undefined;

  constructor(
    private readonly em: EntityManager,
    readonly principal: Principal | null,
    readonly mode: AuthMode,
    readonly requestId: string,
  ) {}

  /** Reads everything: the national scope, or anonymous in demo mode. */
  private get readsAll(): boolean {
    return this.principal === null ? this.mode === 'demo' : this.principal.scope === ROOT_CODE;
  }

  /** The codes of the scope's office and everything below it (one statement, once per request). */
  private scopeSubtree(): Promise<ReadonlySet<string>> {
    this.subtree ??= subtreeCodes(this.em, this.principal!.scope);
    return this.subtree;
  }

  /**
   * What an answer to a query may depend on about the caller: the scope it
   * reads. Queries return figures and offices, never who asks, so callers with
   * the same scope may share answers (src/graphql/response-cache.ts).
   */
  get readScope(): string {
    if (this.readsAll) return 'all';
    return this.principal === null ? 'none' : `scope:${this.principal.scope}`;
  }

  async canRead(code: string): Promise<boolean> {
    if (this.readsAll) return true;
    if (this.principal === null) return false;
    return (await this.scopeSubtree()).has(code);
  }

  /** Throws FORBIDDEN for an office outside the scope. */
  async assertRead(code: string): Promise<void> {
    if (this.principal === null && this.mode !== 'demo') throw new UnauthenticatedError('a bearer token is required');
    if (!(await this.canRead(code))) {
      throw new ForbiddenError(`office ${code} is outside your scope (${this.principal!.scope})`);
    }
  }

  private requireRole(roles: Role[], what: string): Principal {
    if (this.principal === null) throw new UnauthenticatedError(`${what} needs a bearer token`);
    if (!roles.includes(this.principal.role)) {
      throw new ForbiddenError(`${what} needs the role ${roles.join(' or ')}; you are ${this.principal.role}`);
    }
    // every write names its author in the history
    if (this.principal.subject === '')
      throw new UnauthenticatedError(`${what} needs a token with a sub claim: the history names who wrote`);
    return this.principal;
  }

  /** The actor of a fact write: EDITOR inside the scope, ADMIN anywhere. */
  async writer(): Promise<Actor> {
    const p = this.requireRole([Role.EDITOR, Role.ADMIN], 'writing figures');
    const writableUnits = p.role === Role.ADMIN || p.scope === ROOT_CODE ? undefined : await this.scopeSubtree();
    return { id: `user:${p.subject}`, requestId: this.requestId, writableUnits };
  }

  /** The actor of an office-tree change: ADMIN only. */
  admin(): Actor {
    const p = this.requireRole([Role.ADMIN], 'changing the office tree');
    return { id: `user:${p.subject}`, requestId: this.requestId };
  }
}
