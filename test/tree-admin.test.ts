/** ADMIN maintains the office tree: rollups follow at once, facts stay with their office, every change is audited. */
import { Principal, Role } from '../src/auth/auth.model';
import { UnitPerformanceDocument } from '../src/client/generated/graphql';
import { createTestApp, TestApp } from './support/app';
import { monthly, TINY_TREE, withTree, write } from './scenarios';

let app: TestApp;
const admin: Principal = { subject: 'ratna', role: Role.ADMIN, scope: 'NASIONAL' };

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
  await write(app, [
    monthly('99.01', 'IURAN', 2022, 1, '100.00'),
    monthly('99.02', 'IURAN', 2022, 1, '200.00'),
    monthly('99.71', 'IURAN', 2022, 1, '300.00'),
  ]);
});
afterAll(() => app.close());

const iuranOf = async (code: string) =>
  (await app.run(UnitPerformanceDocument, { code, metric: 'IURAN', period: { year: 2022 } })).data!.orgUnit!.performance.realization
    ?.value ?? null;

async function mutate(query: string, as: Principal = admin) {
  const res = await app.run<
    Record<
      string,
      {
        unit: { code: string; name: string; parent: { code: string } | null } | null;
        userErrors: { field: string; code: string; message: string }[];
      }
    >
  >(query, {}, as);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0];
}

describe('office tree maintenance', () => {
  it('adds a Kantor Cabang, moves a wilayah into it, and the rollups follow at once', async () => {
    const added = await mutate(
      `mutation { addOrgUnit(input: {code: "KC_D", name: "Kantor Cabang D", level: KANTOR_CABANG, parent: "K1"}) { unit { code name parent { code } } userErrors { field code message } } }`,
    );
    expect(added).toEqual({ unit: { code: 'KC_D', name: 'Kantor Cabang D', parent: { code: 'K1' } }, userErrors: [] });
    expect(await iuranOf('KC_A')).toBe('300.00');
    const moved = await mutate(
      `mutation { moveOrgUnit(code: "99.02", parent: "KC_D") { unit { code parent { code } } userErrors { code } } }`,
    );
    expect(moved.unit).toEqual({ code: '99.02', parent: { code: 'KC_D' } });
    expect(await iuranOf('KC_A')).toBe('100.00');
    expect(await iuranOf('KC_D')).toBe('200.00');
    expect(await iuranOf('K1')).toBe('600.00');
    // the fact stays with the wilayah it was recorded for
    expect(await iuranOf('99.02')).toBe('200.00');
  });

  it('renames an office; its code stays', async () => {
    // an office of the seeded tree, which no other test renames or reads by name
    const res = await mutate(
      `mutation { renameOrgUnit(code: "KC_B", name: "Kantor Cabang Baru") { unit { code name } userErrors { code } } }`,
    );
    expect(res.unit).toEqual({ code: 'KC_B', name: 'Kantor Cabang Baru' });
  });

  it.each([
    ['a duplicate code', `addOrgUnit(input: {code: "KC_A", name: "x", level: KANTOR_CABANG, parent: "K1"})`, 'DUPLICATE_CODE'],
    ['a parent on the wrong level', `addOrgUnit(input: {code: "KC_X", name: "x", level: KANTOR_CABANG, parent: "KC_A"})`, 'INVALID_PARENT'],
    ['a wilayah without a kind', `addOrgUnit(input: {code: "99.99", name: "x", level: WILAYAH, parent: "KC_A"})`, 'INVALID_KIND'],
    ['a second root', `addOrgUnit(input: {code: "ROOT2", name: "x", level: NASIONAL, parent: "NASIONAL"})`, 'INVALID_LEVEL'],
    ['a bad code', `addOrgUnit(input: {code: "kc a", name: "x", level: KANTOR_CABANG, parent: "K1"})`, 'INVALID_CODE'],
    ['moving a Kanwil', `moveOrgUnit(code: "K1", parent: "NASIONAL")`, 'INVALID_LEVEL'],
    ['moving a wilayah under a Kanwil', `moveOrgUnit(code: "99.01", parent: "K1")`, 'INVALID_PARENT'],
    ['moving to an unknown office', `moveOrgUnit(code: "99.01", parent: "NOPE")`, 'UNKNOWN_UNIT'],
    ['renaming to nothing', `renameOrgUnit(code: "KC_A", name: " ")`, 'NAME_REQUIRED'],
  ])('refuses %s', async (_, call, code) => {
    const res = await mutate(`mutation { ${call} { unit { code } userErrors { field code message } } }`);
    expect(res.unit).toBeNull();
    expect(res.userErrors).toEqual([expect.objectContaining({ code })]);
  });

  it('audits every change with its author', async () => {
    // changes of its own, by an admin no other test acts as: add KC_E, move 99.72 into it, rename it
    const sari: Principal = { subject: 'sari', role: Role.ADMIN, scope: 'NASIONAL' };
    expect(
      (
        await mutate(
          `mutation { addOrgUnit(input: {code: "KC_E", name: "Kantor Cabang E", level: KANTOR_CABANG, parent: "K1"}) { unit { code } userErrors { code } } }`,
          sari,
        )
      ).userErrors,
    ).toEqual([]);
    expect(
      (await mutate(`mutation { moveOrgUnit(code: "99.72", parent: "KC_E") { unit { code } userErrors { code } } }`, sari)).userErrors,
    ).toEqual([]);
    expect(
      (await mutate(`mutation { renameOrgUnit(code: "KC_E", name: "Kantor Cabang Empat") { unit { code } userErrors { code } } }`, sari))
        .userErrors,
    ).toEqual([]);
    const rows = await app.orm.em
      .getConnection()
      .execute<{ code: string; action: string; actor: string; old_parent: string | null; new_parent: string | null; new_name: string }[]>(
        `select code, action, actor, old_row->>'parent_code' as old_parent, new_row->>'parent_code' as new_parent, new_row->>'name' as new_name
       from org_unit_audit where actor = 'user:sari' order by id`,
      );
    expect(rows).toEqual([
      { code: 'KC_E', action: 'INSERT', actor: 'user:sari', old_parent: null, new_parent: 'K1', new_name: 'Kantor Cabang E' },
      { code: '99.72', action: 'UPDATE', actor: 'user:sari', old_parent: 'KC_B', new_parent: 'KC_E', new_name: 'Kota Empat' },
      { code: 'KC_E', action: 'UPDATE', actor: 'user:sari', old_parent: 'K1', new_parent: 'K1', new_name: 'Kantor Cabang Empat' },
    ]);
  });
});
