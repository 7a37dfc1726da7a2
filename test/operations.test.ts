/**
 * Every operation in operations/ runs through the typed client over real
 * HTTP against seeded data, and the shape of its answer is snapshotted, so
 * a schema change that breaks a client's operation fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { ClientError, createClient } from '../src/client/client';
import * as documents from '../src/client/generated/graphql';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TestApp } from './support/app';
import { withPressFigures, withReferenceTree, withSynthetic } from './scenarios';

let app: TestApp;
let server: AppServer;

/** Example variables of each operation; an operation without an entry fails the test. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  Dashboard: { period: { year: 2024 } },
  KantorCabangPerformance: { code: 'PEKALONGAN', metric: 'IURAN', period: { year: 2024 } },
  YearToDate: { code: 'BANTEN', metric: 'IURAN', year: 2024, until: '2024-06-30' },
  Metrics: {},
  Report: {
    input: {
      parent: 'BANTEN',
      level: 'KANTOR_CABANG',
      metrics: ['IURAN', 'PESERTA_AKTIF'],
      period: { year: 2024 },
      sort: { metric: 'IURAN', field: 'ACHIEVEMENT', direction: 'DESC' },
    },
  },
  Series: { input: { unit: 'BANTEN', metric: 'IURAN', granularity: 'QUARTER', from: '2024-01-01', to: '2024-12-31' } },
  ReadmeRollupPath: {},
  ReadmeKantorCabang: {},
  ReadmeYearToDate: {},
};

function operationsIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')).definitions)
    .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

/** Keys and value types, not values: the first element stands for a list. */
function shape(v: unknown): unknown {
  if (v === null) return null;
  if (Array.isArray(v)) return v.length === 0 ? [] : [shape(v[0])];
  if (typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, shape((v as Record<string, unknown>)[k])]),
    );
  return typeof v;
}

beforeAll(async () => {
  app = await createTestApp();
  const units = await withReferenceTree(app);
  const keep = new Set(['NASIONAL', 'BANTEN', 'JATENG_DIY', 'PEKALONGAN']);
  for (const u of units) if (keep.has(u.parentCode ?? '') && u.parentCode !== 'NASIONAL' && u.parentCode !== 'JATENG_DIY') keep.add(u.code);
  for (const u of units) if (keep.has(u.parentCode ?? '') && u.level === 'WILAYAH') keep.add(u.code);
  await withSynthetic(
    app,
    units.filter((u) => keep.has(u.code)),
  );
  await withPressFigures(app);
  server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: { ...TEST_AUTH, mode: 'demo' } });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

const names = operationsIn(path.resolve(__dirname, '../operations'));

describe('operations/', () => {
  it('has example variables for every operation, and a typed document for each', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect(names.filter((n) => !(n in VARIABLES))).toEqual([]);
    expect(names.filter((n) => !(`${n}Document` in documents))).toEqual([]);
  });

  it.each(names)('%s runs through the typed client and keeps its shape', async (name) => {
    const client = createClient({ url: server.url });
    const document = (documents as Record<string, unknown>)[`${name}Document`] as Parameters<typeof client.request>[0];
    const data = await client.request(document, VARIABLES[name] ?? {});
    expect(shape(data)).toMatchSnapshot();
  });

  it("reports the server's errors with their code", async () => {
    const client = createClient({ url: server.url });
    const bad = client.request(documents.ReportDocument, {
      input: { parent: 'NOPE', level: 'KANWIL', metrics: ['IURAN'], period: { year: 2024 } } as never,
    });
    await expect(bad).rejects.toBeInstanceOf(ClientError);
    await expect(bad).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/unknown office code "NOPE"/) });
  });
});
