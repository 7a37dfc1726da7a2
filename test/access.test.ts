/**
 * Who may see and change what: each role against each scope, the forbidden
 * paths, and no leak of figures outside the scope through rollups, shares
 * or parents. Tokens are checked over real HTTP.
 */
import { SignJWT } from 'jose';
import { Principal, Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { RecordRealizationsDocument, UnitPerformanceDocument } from '../src/client/generated/graphql';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { monthly, TINY_TREE, withTree, write, yearTarget } from './scenarios';

let app: TestApp;
const P = (role: Role, scope: string): Principal => ({ subject: `${role.toLowerCase()}-${scope}`, role, scope });
const period = { year: 2022 };
/**
 * The read tests below expect the figures of 2022 written in beforeAll; every
 * write test writes into another year, so no write changes what a read sees,
 * whatever order the tests run in.
 */
const WRITE_YEAR = 2021;

// NASIONAL -> K1 -> KC_A -> 99.01, 99.02 ; K1 -> KC_B -> 99.71, 99.72 ; and a second Kanwil K2 -> KC_C -> 98.01
const TREE = [
  ...TINY_TREE,
  { code: 'K2', name: 'Kanwil Dua', level: 'KANWIL' as never, parentCode: 'NASIONAL' },
  { code: 'KC_C', name: 'Kantor Cabang C', level: 'KANTOR_CABANG' as never, parentCode: 'K2' },
  { code: '98.01', name: 'Kabupaten Lain', level: 'WILAYAH' as never, parentCode: 'KC_C', kind: 'KABUPATEN' },
];

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TREE);
  await write(app, [
    monthly('99.01', 'IURAN', 2022, 1, '100.00'),
    monthly('99.02', 'IURAN', 2022, 1, '200.00'),
    monthly('99.71', 'IURAN', 2022, 1, '300.00'),
    monthly('98.01', 'IURAN', 2022, 1, '900.00'),
    yearTarget('K1', 'IURAN', 2022, '1000.00'),
  ]);
});
afterAll(() => app.close());

const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('a VIEWER reads only their scope', () => {
  const viewer = P(Role.VIEWER, 'KC_A');

  it('reads its own office and everything below it', async () => {
    const res = await app.run(
      `{ kantorCabang(code: "KC_A") { code wilayah { code performance(metric: "IURAN", period: {year: 2022}) { realization { value } shareOfParent { value } } } } }`,
      {},
      viewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      kantorCabang: {
        code: 'KC_A',
        wilayah: [
          { code: '99.01', performance: { realization: { value: '100.00' }, shareOfParent: { value: '33.3333' } } },
          { code: '99.02', performance: { realization: { value: '200.00' }, shareOfParent: { value: '66.6667' } } },
        ],
      },
    });
  });

  it.each([
    ['the national rollup', `{ nasional { code } }`],
    [
      "a sibling's rollup",
      `{ kantorCabang(code: "KC_B") { performance(metric: "IURAN", period: {year: 2022}) { realization { value } } } }`,
    ],
    ['another Kanwil', `{ kanwil(code: "K2") { code } }`],
    ['its own Kanwil', `{ orgUnit(code: "K1") { code } }`],
    ['a parent above the scope', `{ kantorCabang(code: "KC_A") { parent { code } } }`],
    ["its Kantor Cabang's Kanwil", `{ kantorCabang(code: "KC_A") { kanwil { code } } }`],
    ['a wilayah of another branch', `{ wilayah(code: "99.71") { code } }`],
  ])('is FORBIDDEN %s', async (_, query) => {
    const res = await app.run(query, {}, viewer);
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/outside your scope \(KC_A\)/);
    expect(JSON.stringify(res.data ?? null)).not.toMatch(/300|900|1000/);
  });

  it('leaks no figure of its parent: no share of the parent, a path that starts at its scope', async () => {
    const res = await app.run(UnitPerformanceDocument, { code: 'KC_A', metric: 'IURAN', period }, viewer);
    const p = res.data!.orgUnit!.performance;
    expect(p.realization!.value).toBe('300.00');
    expect(p.shareOfParent).toBeNull();
    expect(p.childrenRealization!.value).toBe('300.00');
    const path = await app.run(`{ wilayah(code: "99.02") { path { code } } }`, {}, viewer);
    expect(path.data).toEqual({ wilayah: { path: [{ code: 'KC_A' }, { code: '99.02' }] } });
  });

  it('still gets null for an unknown code', async () => {
    expect((await app.run(`{ orgUnit(code: "NOPE") { code } }`, {}, viewer)).data).toEqual({ orgUnit: null });
  });

  it('writes nothing', async () => {
    const res = await app.run(
      RecordRealizationsDocument,
      { input: [{ unit: '99.01', metric: 'IURAN', periodStart: `${WRITE_YEAR}-02-01`, periodEnd: `${WRITE_YEAR}-02-28`, value: '1.00' }] },
      viewer,
    );
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/needs the role EDITOR or ADMIN; you are VIEWER/);
  });
});

describe('a national VIEWER reads everything', () => {
  it('reads the national rollup and every Kanwil', async () => {
    const res = await app.run(
      `{ nasional { performance(metric: "IURAN", period: {year: 2022}) { realization { value } } kanwil { code } } }`,
      {},
      P(Role.VIEWER, 'NASIONAL'),
    );
    expect(res.data).toEqual({
      nasional: { performance: { realization: { value: '1500.00' } }, kanwil: [{ code: 'K1' }, { code: 'K2' }] },
    });
  });
});

describe('an EDITOR writes inside their scope only', () => {
  const editor = P(Role.EDITOR, 'K1');
  const row = (unit: string, month: number) => ({
    unit,
    metric: 'IURAN',
    periodStart: `${WRITE_YEAR}-0${month}-01`,
    periodEnd: `${WRITE_YEAR}-0${month}-28`,
    value: '5.00',
  });

  it('writes inside', async () => {
    const res = await app.run(RecordRealizationsDocument, { input: [row('99.01', 3), row('KC_B', 3)] }, editor);
    expect(res.data!.recordRealizations).toMatchObject({ inserted: 2, userErrors: [] });
  });

  it('refuses the whole batch when one row is outside', async () => {
    const res = await app.run(RecordRealizationsDocument, { input: [row('99.02', 4), row('98.01', 4)] }, editor);
    expect(res.data!.recordRealizations).toMatchObject({ inserted: 0, userErrors: [{ index: 1, field: 'unit', code: 'FORBIDDEN' }] });
    const [{ n }] = await app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from fact where period_start = '${WRITE_YEAR}-04-01'`);
    expect(n).toBe(0);
  });

  it('does not manage the office tree', async () => {
    const res = await app.run(`mutation { renameOrgUnit(code: "KC_A", name: "x") { unit { name } } }`, {}, editor);
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/needs the role ADMIN/);
  });
});

describe('an ADMIN writes anywhere', () => {
  it('writes in any office', async () => {
    const res = await app.run(
      RecordRealizationsDocument,
      { input: [{ unit: '98.01', metric: 'IURAN', periodStart: `${WRITE_YEAR}-05-01`, periodEnd: `${WRITE_YEAR}-05-31`, value: '1.00' }] },
      P(Role.ADMIN, 'NASIONAL'),
    );
    expect(res.data!.recordRealizations.inserted).toBe(1);
  });
});

describe('tokens over HTTP', () => {
  let required: AppServer;
  let demo: AppServer;

  beforeAll(async () => {
    required = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH });
    demo = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: { ...TEST_AUTH, mode: 'demo' } });
  });
  afterAll(async () => {
    await required?.stop();
    await demo?.stop();
  });

  async function post(server: AppServer, query: string, token?: string) {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
    };
  }

  it('answers UNAUTHENTICATED (401) without a token, with a bad one, an expired one or one signed with another key', async () => {
    const none = await post(required, '{ metrics { code } }');
    expect(none.status).toBe(401);
    expect(none.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(required, '{ metrics { code } }', 'not-a-jwt')).status).toBe(401);
    const expired = await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL' }, -10);
    expect((await post(required, '{ metrics { code } }', expired.token)).body.errors![0].message).toMatch(/invalid token.*exp/);
    const forged = await mintToken('another-secret-another-secret-another-secret', { role: Role.ADMIN, scope: 'NASIONAL' });
    expect((await post(required, '{ metrics { code } }', forged.token)).status).toBe(401);
  });

  it('refuses tokens without exp or valid for too long, checks iss and aud when configured, and needs sub to write', async () => {
    const key = new TextEncoder().encode(TEST_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>, edit: (j: SignJWT) => SignJWT = (j) => j) =>
      edit(new SignJWT({ role: Role.EDITOR, scope: 'NASIONAL', ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now)).sign(
        key,
      );
    const noExp = await sign({ sub: 'ani' });
    expect((await post(required, '{ metrics { code } }', noExp)).body.errors![0]).toMatchObject({
      message: expect.stringMatching(/no exp claim/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const tooLong = await sign({ sub: 'ani' }, (j) => j.setExpirationTime(now + 721 * 3600));
    expect((await post(required, '{ metrics { code } }', tooLong)).body.errors![0].message).toMatch(/more than 720 hours/);
    // without sub: reads, but never writes as an unknown author
    const noSub = await sign({}, (j) => j.setExpirationTime(now + 3600));
    expect((await post(required, '{ metrics { code } }', noSub)).status).toBe(200);
    const write = await post(
      required,
      'mutation { deleteFact(input: {unit: "99.01", metric: "IURAN", kind: REALIZATION, periodStart: "2022-01-01", periodEnd: "2022-01-31", note: "x"}) { deleted } }',
      noSub,
    );
    expect(write.body.errors![0]).toMatchObject({ message: expect.stringMatching(/sub claim/), extensions: { code: 'UNAUTHENTICATED' } });
    // iss and aud, when the server is told them
    const strict = await startServer(app.orm, {
      port: 0,
      host: '127.0.0.1',
      limits: QUERY_LIMITS,
      auth: { ...TEST_AUTH, issuer: 'sso.bpjsketenagakerjaan.go.id', audience: 'kinerja' },
    });
    try {
      const good = await sign({ sub: 'ani' }, (j) =>
        j
          .setExpirationTime(now + 3600)
          .setIssuer('sso.bpjsketenagakerjaan.go.id')
          .setAudience('kinerja'),
      );
      expect((await post(strict, '{ metrics { code } }', good)).status).toBe(200);
      const otherAudience = await sign({ sub: 'ani' }, (j) =>
        j
          .setExpirationTime(now + 3600)
          .setIssuer('sso.bpjsketenagakerjaan.go.id')
          .setAudience('other'),
      );
      expect((await post(strict, '{ metrics { code } }', otherAudience)).body.errors![0].message).toMatch(/invalid token.*aud/);
      const minted = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL' })).token;
      expect((await post(strict, '{ metrics { code } }', minted)).status).toBe(401);
    } finally {
      await strict.stop();
    }
  });

  it('applies the role and scope of a valid token', async () => {
    const { token } = await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'K2' });
    const ok = await post(required, '{ kanwil(code: "K2") { code } }', token);
    expect(ok.body).toEqual({ data: { kanwil: { code: 'K2' } } });
    const forbidden = await post(required, '{ kanwil(code: "K1") { code } }', token);
    expect(forbidden.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('in demo mode reads anonymously but writes only with a token', async () => {
    expect((await post(demo, '{ nasional { code } }')).body).toEqual({ data: { nasional: { code: 'NASIONAL' } } });
    const write = await post(
      demo,
      'mutation { deleteFact(input: {unit: "99.01", metric: "IURAN", kind: REALIZATION, periodStart: "2022-01-01", periodEnd: "2022-01-31", note: "x"}) { deleted } }',
    );
    expect(write.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
