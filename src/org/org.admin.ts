/**
 * Office tree maintenance (ADMIN): add, rename, move. Every change is
 * audited by the database (org_unit_audit); rollups follow the new tree at
 * once, since they read the tree on every request; facts stay with the
 * office they were recorded for.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode, UserErrorInfo } from '../common/user-error';
import { Actor, inWriteTransaction, setAuditContext } from '../db/transaction';
import { OrgLevel, OrgUnitRow, parentLevel } from './org.model';
import { noteTreeChanged } from './org.events';
import { unitByCode } from './org.repository';

export interface OrgUnitResult {
  unit: OrgUnitRow | null;
  userErrors: UserErrorInfo[];
}

const CODE = /^[A-Z0-9][A-Z0-9_.]{0,39}$/;

function err(field: string, code: UserErrorCode, message: string): OrgUnitResult {
  return { unit: null, userErrors: [{ index: null, field, code, message }] };
}

async function write(em: EntityManager, actor: Actor, code: string, sql: string, params: unknown[]): Promise<OrgUnitResult> {
  const result = await inWriteTransaction(
    em,
    async (tem) => {
      await setAuditContext(tem, actor);
      await tem.getConnection().execute(sql, params, 'run', tem.getTransactionContext());
      return { unit: null, userErrors: [] as UserErrorInfo[] };
    },
    { unit: null },
  );
  if (result.userErrors.length > 0) return result;
  noteTreeChanged();
  // read it back once committed
  return { unit: await unitByCode(em, code), userErrors: [] };
}

export async function addOrgUnit(
  em: EntityManager,
  actor: Actor,
  input: { code: string; name: string; level: OrgLevel; parent: string; kind?: string | null; population?: number | null },
): Promise<OrgUnitResult> {
  if (!CODE.test(input.code))
    return err('code', 'INVALID_CODE', `an office code is 1 to 40 capital letters, digits, "_" or ".", got ${JSON.stringify(input.code)}`);
  if (!input.name.trim()) return err('name', 'NAME_REQUIRED', 'an office needs a name');
  if (input.level === OrgLevel.NASIONAL)
    return err('level', 'INVALID_LEVEL', 'there is one Kantor Pusat (NASIONAL); add a Kanwil, Kantor Cabang or wilayah');
  if (await unitByCode(em, input.code)) return err('code', 'DUPLICATE_CODE', `office ${input.code} exists already`);
  const parent = await unitByCode(em, input.parent);
  if (!parent) return err('parent', 'UNKNOWN_UNIT', `unknown office code ${JSON.stringify(input.parent)}`);
  if (parent.level !== parentLevel(input.level)) {
    return err(
      'parent',
      'INVALID_PARENT',
      `a ${input.level} belongs to a ${parentLevel(input.level)}, and ${parent.code} is a ${parent.level}`,
    );
  }
  const isWilayah = input.level === OrgLevel.WILAYAH;
  if (isWilayah && input.kind !== 'KABUPATEN' && input.kind !== 'KOTA')
    return err('kind', 'INVALID_KIND', 'a wilayah is a KABUPATEN or a KOTA');
  if (!isWilayah && input.kind != null) return err('kind', 'INVALID_KIND', 'only a wilayah has a kind (KABUPATEN or KOTA)');
  if (input.population != null && (!Number.isInteger(input.population) || input.population < 0))
    return err('population', 'INVALID_POPULATION', 'population is a whole number, not negative');
  return write(em, actor, input.code, 'insert into org_unit (code, name, level, parent_code, kind, population) values (?, ?, ?, ?, ?, ?)', [
    input.code,
    input.name.trim(),
    input.level,
    parent.code,
    input.kind ?? null,
    input.population ?? null,
  ]);
}

export async function renameOrgUnit(em: EntityManager, actor: Actor, code: string, name: string): Promise<OrgUnitResult> {
  if (!name.trim()) return err('name', 'NAME_REQUIRED', 'an office needs a name');
  if (!(await unitByCode(em, code))) return err('code', 'UNKNOWN_UNIT', `unknown office code ${JSON.stringify(code)}`);
  return write(em, actor, code, 'update org_unit set name = ? where code = ?', [name.trim(), code]);
}

/** Moves a wilayah to another Kantor Cabang, or a Kantor Cabang to another Kanwil. */
export async function moveOrgUnit(em: EntityManager, actor: Actor, code: string, newParent: string): Promise<OrgUnitResult> {
  const unit = await unitByCode(em, code);
  if (!unit) return err('code', 'UNKNOWN_UNIT', `unknown office code ${JSON.stringify(code)}`);
  if (unit.level !== OrgLevel.WILAYAH && unit.level !== OrgLevel.KANTOR_CABANG) {
    return err('code', 'INVALID_LEVEL', `only a wilayah or a Kantor Cabang moves; ${code} is a ${unit.level}`);
  }
  const parent = await unitByCode(em, newParent);
  if (!parent) return err('parent', 'UNKNOWN_UNIT', `unknown office code ${JSON.stringify(newParent)}`);
  if (parent.level !== parentLevel(unit.level)) {
    return err(
      'parent',
      'INVALID_PARENT',
      `a ${unit.level} belongs to a ${parentLevel(unit.level)}, and ${parent.code} is a ${parent.level}`,
    );
  }
  if (unit.parentCode === parent.code) return { unit, userErrors: [] };
  return write(em, actor, code, 'update org_unit set parent_code = ? where code = ?', [parent.code, code]);
}
