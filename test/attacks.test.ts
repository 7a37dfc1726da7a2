/**
 * The attacks of the robustness issue, over real HTTP against the real
 * server with the national office tree, as a VIEWER with a valid token: each
 * is refused by the cost model (src/graphql/cost.ts) before it runs, with
 * QUERY_TOO_COMPLEX and HTTP 400, no resolver and no SQL statement; and every
 * operation the project ships is admitted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../src/auth/auth.model';
import { mintToken } from '../src/auth/auth.token';
import { DEFAULT_MAX_QUERY_COST } from '../src/config';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { withPressFigures, withReferenceTree } from './scenarios';

let app: TestApp;
let server: AppServer;
let viewer: string;
let bantenViewer: string;

beforeAll(async () => {
  app = await createTestApp();
  await withReferenceTree(app);
  await withPressFigures(app);
  server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH });
  viewer = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL', subject: 'attacker' })).token;
  bantenViewer = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'BANTEN', subject: 'attacker' })).token;
});
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

interface Answer {
  status: number;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  statements: string[];
}

async function post(query: string, variables: Record<string, unknown> = {}, token = viewer): Promise<Answer> {
  let answer: Omit<Answer, 'statements'> | undefined;
  const statements = await app.statementsDuring(async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    answer = { status: res.status, json: await res.json() };
  });
  return { ...answer!, statements };
}

/** Refused before anything ran: HTTP 400, QUERY_TOO_COMPLEX with the cost and the limit, no data, no SQL. */
function expectRefused(answer: Answer, atLeast: number): void {
  expect(answer.status).toBe(400);
  expect(answer.json.data).toBeUndefined();
  expect(answer.json.errors).toHaveLength(1);
  const [error] = answer.json.errors!;
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: DEFAULT_MAX_QUERY_COST });
  expect(error.extensions!.cost).toBeGreaterThanOrEqual(atLeast);
  expect(error.message).toMatch(/would cost about [\d,]+ .*the limit is 500,000/);
  expect(answer.statements).toEqual([]);
}

const ROOT = path.resolve(__dirname, '..');
const operation = (name: string) => fs.readFileSync(path.join(ROOT, 'operations', `${name}.graphql`), 'utf8');

describe('the cost model refuses what would sink the process', () => {
  it('refuses the 144-byte query that nests children and path five times', async () => {
    const query =
      '{ nasional { children { path { children { path { children { path { children { path { children { path { code } } } } } } } } } } } }';
    const answer = await post(query);
    expectRefused(answer, 1_000_000_000);
    console.log(`the 5-level children/path query: cost ${answer.json.errors![0].extensions!.cost}, refused in one request`);
    // four levels answered 10 MB in 19.7 s before
    expectRefused(
      await post('{ nasional { children { path { children { path { children { path { children { path { code } } } } } } } } } }'),
      10_000_000,
    );
  });

  it('refuses it from a VIEWER scoped to one Kanwil, with two aliases', async () => {
    const nest = 'children { path { children { path { children { path { children { path { code } } } } } } } }';
    expectRefused(
      await post(`{ a: kanwil(code: "BANTEN") { ${nest} } b: kanwil(code: "BANTEN") { ${nest} } }`, {}, bantenViewer),
      1_000_000,
    );
  });

  it('refuses the dashboard repeated in 29 aliases, under the field limit', async () => {
    const dashboard = operation('dashboard');
    const fragments = dashboard.slice(dashboard.indexOf('fragment'));
    const one = 'nasional { ...DashboardUnit kanwil { ...DashboardUnit kantorCabang { ...DashboardUnit wilayah { ...DashboardUnit } } } }';
    const query = `query D($period: PeriodInput!) { ${Array.from({ length: 29 }, (_, i) => `d${i}: ${one}`).join(' ')} } ${fragments}`;
    expectRefused(await post(query, { period: { year: 2024 } }), 29 * 100_000);
  });

  it('refuses 300 figures of Kantor Pusat for 300 different periods (each a rollup of the whole tree)', async () => {
    const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
    const query = `{ ${Array.from({ length: 300 }, (_, i) => `p${i}: nasional { performance(metric: "IURAN", period: { year: 2024, until: "${day(i)}" }) { realization { value } } }`).join(' ')} }`;
    expectRefused(await post(query), 600_000);
  });

  it('costs the same document by its variables, each time it is sent', async () => {
    const defs = Array.from({ length: 300 }, (_, i) => `$p${i}: PeriodInput!`).join(', ');
    const query = `query Q(${defs}) { ${Array.from({ length: 300 }, (_, i) => `p${i}: nasional { performance(metric: "IURAN", period: $p${i}) { realization { value } } }`).join(' ')} }`;
    const same = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, { year: 2017 }]));
    const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
    const distinct = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, { year: 2024, until: day(i) }]));
    for (let attempt = 0; attempt < 2; attempt++) {
      const admitted = await post(query, same);
      expect(admitted.status).toBe(200);
      expect(admitted.json.errors).toBeUndefined();
      expectRefused(await post(query, distinct), 600_000);
    }
  });

  it('counts one period asked many times once', async () => {
    const query = `{ ${Array.from({ length: 300 }, (_, i) => `p${i}: nasional { performance(metric: "IURAN", period: { year: 2017 }) { realization { value } } }`).join(' ')} }`;
    const answer = await post(query);
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
  });
});

describe('the process stays responsive', () => {
  it('answers /health while heavy requests run', async () => {
    const dashboard = operation('dashboard');
    const heavy = Array.from({ length: 4 }, () => post(dashboard, { period: { year: 2019 } }));
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    const health = await fetch(server.url.replace('/graphql', '/health'), { signal: AbortSignal.timeout(30_000) });
    const ms = Date.now() - started;
    const answers = await Promise.all(heavy);
    console.log(`/health answered in ${ms} ms while 4 dashboards ran`);
    expect(health.status).toBe(200);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });
});

describe('the cost model admits what the project ships', () => {
  const variables: Record<string, Record<string, unknown>> = {
    dashboard: { period: { year: 2024 } },
    report: { input: { parent: 'BANTEN', level: 'KANTOR_CABANG', metrics: ['IURAN', 'PESERTA_AKTIF'], period: { year: 2024 } } },
    series: { input: { unit: 'NASIONAL', metric: 'IURAN', granularity: 'MONTH', from: '2015-01-01', to: '2024-12-31' } },
  };

  it.each(['dashboard', 'report', 'series'])('operations/%s.graphql, at its largest', async (name) => {
    const answer = await post(operation(name), variables[name]);
    expect(answer.json.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('a whole report of every kabupaten/kota with five metrics', async () => {
    const answer = await post(operation('report'), {
      input: {
        parent: 'NASIONAL',
        level: 'WILAYAH',
        metrics: ['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_AKTIF', 'PERUSAHAAN_BARU', 'TENAGA_KERJA_BARU'],
        period: { year: 2024 },
      },
    });
    expect(answer.json.errors).toBeUndefined();
  });
});

describe('input hygiene', () => {
  const recordOne =
    'mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted userErrors { index field code message } } }';
  const row = (change: Record<string, unknown>) => ({
    unit: 'BANTEN',
    metric: 'IURAN',
    periodStart: '2022-03-01',
    periodEnd: '2022-03-31',
    value: '1.00',
    ...change,
  });
  let editor: string;
  beforeAll(async () => {
    editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'hygiene' })).token;
  });

  it.each([
    ['a NUL in a code', { code: 'BANT\u0000EN' }, 'variable code'],
    ['a lone surrogate in a code', { code: 'BANTEN\udc00' }, 'variable code'],
  ])('refuses %s before it runs: BAD_USER_INPUT, 400, no SQL', async (_, variables, where) => {
    const answer = await post('query ($code: ID!) { kanwil(code: $code) { name } }', variables);
    expect(answer.status).toBe(400);
    expect(answer.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: where });
    expect(answer.statements).toEqual([]);
  });

  it('refuses a lone surrogate in the note of a write, naming the row', async () => {
    const answer = await post(recordOne, { input: [row({}), row({ note: 'laporan \ud800' })] }, editor);
    expect(answer.status).toBe(400);
    expect(answer.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variable input[1].note' });
  });

  it('refuses a note over 1 000 characters, and a date outside 1990 to 2100, as user errors', async () => {
    const answer = await post(
      recordOne,
      { input: [row({ note: 'x'.repeat(1_001) }), row({ periodStart: '1000-01-01', periodEnd: '1000-01-31' })] },
      editor,
    );
    expect(answer.status).toBe(200);
    const payload = (
      answer.json.data as { recordRealizations: { inserted: number; userErrors: { index: number; field: string; code: string }[] } }
    ).recordRealizations;
    expect(payload.inserted).toBe(0);
    expect(payload.userErrors.map((e) => [e.index, e.field, e.code])).toEqual([
      [0, 'note', 'NOTE_TOO_LONG'],
      [1, 'periodStart', 'INVALID_YEAR'],
    ]);
  });
});

describe('a server with its own MAX_NOTE_LENGTH', () => {
  it('refuses a note over that length, and takes one at it', async () => {
    const strict = await startServer(app.orm, {
      port: 0,
      host: '127.0.0.1',
      limits: QUERY_LIMITS,
      auth: TEST_AUTH,
      settings: { maxNoteLength: 20 },
    });
    try {
      const editor = (await mintToken(TEST_SECRET, { role: Role.EDITOR, scope: 'NASIONAL', subject: 'notes' })).token;
      const write = async (note: string) => {
        const res = await fetch(strict.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
          body: JSON.stringify({
            query: 'mutation ($input: [RealizationInput!]!) { recordRealizations(input: $input) { inserted userErrors { code message } } }',
            variables: {
              input: [{ unit: 'BANTEN', metric: 'IURAN', periodStart: '2022-04-01', periodEnd: '2022-04-30', value: '1.00', note }],
            },
          }),
        });
        return ((await res.json()) as { data: { recordRealizations: unknown } }).data.recordRealizations;
      };
      expect(await write('x'.repeat(21))).toEqual({
        inserted: 0,
        userErrors: [{ code: 'NOTE_TOO_LONG', message: 'a note has at most 20 characters, got 21' }],
      });
      expect(await write('x'.repeat(20))).toEqual({ inserted: 1, userErrors: [] });
    } finally {
      await strict.stop();
    }
  });
});

describe('what a scoped VIEWER can learn', () => {
  it('gets the same answer for an office outside the scope whether or not it exists', async () => {
    const lookup = async (code: string) => (await post('query ($code: ID!) { kanwil(code: $code) { name } }', { code }, bantenViewer)).json;
    const existing = await lookup('JATIM');
    const unknown = await lookup('NOPE');
    expect(existing.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(unknown.errors![0].extensions!.code).toBe('FORBIDDEN');
    // the same words, but for the code itself
    expect(unknown.errors![0].message).toBe(existing.errors![0].message.replace('JATIM', 'NOPE'));
    // a report of another Kanwil, or of a code that does not exist: the same
    const report = async (parent: string) =>
      (
        await post(
          operation('report'),
          { input: { parent, level: 'KANTOR_CABANG', metrics: ['IURAN'], period: { year: 2024 } } },
          bantenViewer,
        )
      ).json;
    expect((await report('JATIM')).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await report('NOPE')).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await report('BANTEN')).errors).toBeUndefined();
  });
});
