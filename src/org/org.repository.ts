import { EntityManager } from '@mikro-orm/postgresql';
import { OrgLevel } from './org-level';
import { OrgUnitRow } from './org-unit.type';

const COLUMNS = `code, name, level, parent_code as "parentCode", kind, population`;

/** The offices with these codes, one statement. */
export async function unitsByCode(em: EntityManager, codes: readonly string[]): Promise<OrgUnitRow[]> {
  return em.getConnection().execute<OrgUnitRow[]>(
    `select ${COLUMNS} from org_unit where code in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(codes)],
  );
}

/** The children of these offices, ordered by code, one statement. */
export async function childrenOf(em: EntityManager, parents: readonly string[]): Promise<OrgUnitRow[]> {
  return em.getConnection().execute<OrgUnitRow[]>(
    `select ${COLUMNS} from org_unit where parent_code in (select jsonb_array_elements_text(?::jsonb)) order by code`,
    [JSON.stringify(parents)],
  );
}

/** The descendants of an office at a level below it, ordered by code, one statement. */
export async function descendantsAt(em: EntityManager, ancestor: string, level: OrgLevel): Promise<OrgUnitRow[]> {
  return em.getConnection().execute<OrgUnitRow[]>(
    `with recursive sub as (
       select code from org_unit where code = ?
       union all select u.code from org_unit u join sub on u.parent_code = sub.code)
     select ${COLUMNS.replace(/(^|, )(\w)/g, '$1u.$2')} from org_unit u join sub on sub.code = u.code where u.level = ? order by u.code`,
    [ancestor, level],
  );
}
