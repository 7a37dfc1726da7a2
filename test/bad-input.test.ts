/** Bad input gets BAD_USER_INPUT with a message that names the problem; unknown codes give null. */
import { LookupsDocument, UnitPerformanceDocument } from '../src/client/generated/graphql';
import { createTestApp, TestApp } from './support/app';
import { monthly, TINY_TREE, withTree, write, yearTarget } from './scenarios';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
});
afterAll(() => app.close());

async function expectBadInput(variables: Record<string, unknown>, message: RegExp, field?: string) {
  const res = await app.run(UnitPerformanceDocument, { code: 'K1', metric: 'IURAN', period: { year: 2021 }, ...variables } as never);
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0].message).toMatch(message);
  if (field) expect(res.errors![0].extensions?.field).toBe(field);
}

describe('bad input', () => {
  it('month 13', () =>
    expectBadInput({ period: { year: 2021, month: 13 } }, /period\.month must be a whole number from 1 to 12, got 13/, 'period.month'));

  it('two of month, quarter and until at once', () =>
    expectBadInput({ period: { year: 2021, month: 1, quarter: 1 } }, /at most one of month, quarter and until, got month and quarter/));

  it('until outside the year', () =>
    expectBadInput({ period: { year: 2021, until: '2022-01-05' } }, /until \(2022-01-05\) must lie inside the year 2021/));

  it('an until that is no date', () =>
    expectBadInput({ period: { year: 2021, until: '2021-02-30' } }, /LocalDate must be a calendar date/));

  it('an unknown metric, listing the valid codes', () =>
    expectBadInput(
      { metric: 'IURANN' },
      /unknown metric "IURANN"; valid codes: IURAN, PESERTA_AKTIF, PERUSAHAAN_AKTIF, PERUSAHAAN_BARU, TENAGA_KERJA_BARU/,
      'metric',
    ));

  it('a segment on a metric without segments', () =>
    expectBadInput({ metric: 'IURAN', segment: 'PU' }, /metric IURAN cannot be broken down by segment PU: it has no segments/, 'segment'));

  it('fractionDigits outside 0 to 6', async () => {
    await write(app, [yearTarget('99.01', 'IURAN', 2021, '10.00'), monthly('99.01', 'IURAN', 2021, 1, '5.00')]);
    for (const [field, digits] of [
      ['target { formatted', 7],
      ['achievement { formatted', -1],
    ] as const) {
      const res = await app.run(
        `{ orgUnit(code: "99.01") { performance(metric: "IURAN", period: {year: 2021}) { ${field}(fractionDigits: ${digits}) } } } }`,
      );
      expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(new RegExp(`fractionDigits must be a whole number from 0 to 6, got ${digits}`));
    }
  });

  it('a period year out of range', async () => {
    await expectBadInput({ period: { year: 1800 } }, /period\.year must be a whole number from 1990 to 2100/);
  });

  it('unknown office codes in lookups return null, also at the wrong level', async () => {
    const res = await app.run(LookupsDocument, { code: 'NOPE' });
    expect(res).toEqual({ data: { kanwil: null, kantorCabang: null, wilayah: null, orgUnit: null } });
    const wrongLevel = await app.run(LookupsDocument, { code: 'KC_A' });
    expect(wrongLevel.data).toEqual({ kanwil: null, kantorCabang: { code: 'KC_A' }, wilayah: null, orgUnit: { code: 'KC_A' } });
  });

  it('a query deeper than the limit is refused before it runs', async () => {
    let q = '{ code }';
    for (let i = 0; i < 16; i++) q = `{ children ${q} }`;
    const res = await app.run(`{ nasional ${q} }`);
    expect(res.errors![0].message).toMatch(/levels deep; the limit is 15/);
    expect(res.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
