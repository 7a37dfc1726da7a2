/** Every SQL lookup of offices: by code, by parent, and down a subtree. */
import { EntityManager } from '@mikro-orm/postgresql';
import { OrgLevel, OrgUnitRow } from './org.model';

const COLUMNS = `code, name, level, parent_code as "parentCode", kind, population`;

/** The offices with these codes, one statement (inside `em`'s transaction, if any). */
export async function unitsByCode(em: EntityManager, codes: readonly string[]): Promise<OrgUnitRow[]> {
  return em
    .getConnection()
    .execute<OrgUnitRow[]>(
      `select ${COLUMNS} from org_unit where code in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(codes)],
      'all',
      em.getTransactionContext(),
    );
}

/** The office with this code, or null. */
export async function unitByCode(em: EntityManager, code: string): Promise<OrgUnitRow | null> {
  return (await unitsByCode(em, [code]))[0] ?? null;
}

/** The children of these offices, ordered by code, one statement. */
export async function childrenOf(em: EntityManager, parents: readonly string[]): Promise<OrgUnitRow[]> {
  return em
    .getConnection()
    .execute<OrgUnitRow[]>(
      `select ${COLUMNS} from org_unit where parent_code in (select jsonb_array_elements_text(?::jsonb)) order by code`,
      [JSON.stringify(parents)],
    );
}

/** The office with this code and everything below it. */
const SUBTREE = `with recursive sub as (
  select code from org_unit where code = ?
  union all select u.code from org_unit u join sub on u.parent_code = sub.code)`;

/** The codes of an office's subtree, itself included, one statement. */
export async function subtreeCodes(em: EntityManager, code: string): Promise<Set<string>> {
  const rows = await em.getConnection().execute<{ code: string }[]>(`${SUBTREE} select code from sub`, [code]);
  return new Set(rows.map((r) => r.code));
}

/** The descendants of an office at a level below it, ordered by code, one statement. */
export async function descendantsAt(em: EntityManager, ancestor: string, level: OrgLevel): Promise<OrgUnitRow[]> {
  return em
    .getConnection()
    .execute<OrgUnitRow[]>(
      `${SUBTREE} select ${COLUMNS.replace(/(^|, )(\w)/g, '$1u.$2')} from org_unit u join sub on sub.code = u.code where u.level = ? order by u.code`,
      [ancestor, level],
    );
}

/** Every office's code, level and parent: the shape of the tree (645 rows on the national tree). */
export async function treeLinks(em: EntityManager): Promise<Pick<OrgUnitRow, 'code' | 'level' | 'parentCode'>[]> {
  return em.getConnection().execute(`select code, level, parent_code as "parentCode" from org_unit`, [], 'all', em.getTransactionContext());
}
