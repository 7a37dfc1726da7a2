/**
 * 20 concurrent writers send overlapping batches for the same office over
 * real HTTP. Every acknowledged write is readable afterwards, no overlap
 * exists in the database, and no request gets a 500.
 */
import { mintToken } from '../src/auth/auth.token';
import { Role } from '../src/auth/auth.model';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
let server: AppServer;

beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
  server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH });
});
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

const MUTATION = `mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted updated unchanged userErrors { index code message } } }`;
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (m: number) => new Date(Date.UTC(2022, m, 0)).getUTCDate();

/** Writer i: even writers send months, odd writers send quarters; they overlap each other. */
function batch(i: number) {
  if (i % 2 === 0) {
    return [1, 2, 3, 4].map((k) => {
      const m = ((i / 2 + k) % 12) + 1;
      return {
        unit: '99.01',
        metric: 'IURAN',
        periodStart: `2022-${pad(m)}-01`,
        periodEnd: `2022-${pad(m)}-${lastDay(m)}`,
        value: `${i * 100 + m}.00`,
      };
    });
  }
  const q = ((i - 1) / 2) % 4;
  return [
    {
      unit: '99.01',
      metric: 'IURAN',
      periodStart: `2022-${pad(q * 3 + 1)}-01`,
      periodEnd: `2022-${pad(q * 3 + 3)}-${lastDay(q * 3 + 3)}`,
      value: `${i}000.00`,
    },
  ];
}

describe('20 concurrent writers on one office', () => {
  it('acknowledges only what it keeps, and keeps no overlap', async () => {
    const { token } = await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'K1', subject: 'writer' });
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const res = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: MUTATION, variables: { input: batch(i) } }),
        });
        return {
          i,
          status: res.status,
          body: (await res.json()) as {
            data?: { recordRealizations: { inserted: number; updated: number; userErrors: { code: string }[] } };
            errors?: unknown[];
          },
        };
      }),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(results.filter((r) => r.body.errors)).toEqual([]);
    const acknowledged = results.filter((r) => r.body.data!.recordRealizations.userErrors.length === 0);
    const rejected = results.filter((r) => r.body.data!.recordRealizations.userErrors.length > 0);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const r of rejected) expect(r.body.data!.recordRealizations.userErrors.every((e) => e.code === 'OVERLAP')).toBe(true);

    const stored = await app.orm.em
      .getConnection()
      .execute<{ period_start: string; period_end: string; value: string }[]>(
        `select period_start::text, period_end::text, value::text from fact where unit_code = '99.01' and metric_code = 'IURAN'`,
      );
    const byKey = new Map(stored.map((s) => [`${s.period_start}/${s.period_end}`, s.value]));
    // every acknowledged row is there, with its value or that of a later acknowledged write of the same span
    for (const r of acknowledged) {
      for (const row of batch(r.i)) {
        const key = `${row.periodStart}/${row.periodEnd}`;
        expect(byKey.has(key)).toBe(true);
        const candidates = acknowledged
          .flatMap((a) => batch(a.i))
          .filter((x) => `${x.periodStart}/${x.periodEnd}` === key)
          .map((x) => x.value);
        expect(candidates).toContain(byKey.get(key));
      }
    }
    const [{ n }] = await app.orm.em.getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from fact a join fact b on a.id < b.id and a.unit_code = b.unit_code and a.metric_code = b.metric_code
         and coalesce(a.segment, '') = coalesce(b.segment, '') and a.kind = 'REALIZATION' and b.kind = 'REALIZATION'
         and daterange(a.period_start, a.period_end, '[]') && daterange(b.period_start, b.period_end, '[]')`,
    );
    expect(n).toBe(0);
    // nothing was written that was not acknowledged
    const acknowledgedKeys = new Set(acknowledged.flatMap((a) => batch(a.i)).map((x) => `${x.periodStart}/${x.periodEnd}`));
    expect([...byKey.keys()].every((k) => acknowledgedKeys.has(k))).toBe(true);
  });
});
