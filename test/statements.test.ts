/**
 * The nested dashboard query (nasional -> kanwil -> kantor cabang -> wilayah,
 * every level with performances for all metrics) issues the same number of
 * SQL statements on a 1x2x4 tree as on the full 11x119x514 tree: one batch
 * per level, whatever the number of offices.
 */
import { DashboardDocument, DashboardQuery } from '../src/client/generated/graphql';
import { OrgLevel } from '../src/org/org.model';
import { referenceTree } from '../src/seed/reference.seed';
import { createTestApp, TestApp } from './support/app';
import { TINY_TREE, withReferenceTree, withSynthetic, withTree } from './scenarios';

let tiny: TestApp;
let full: TestApp;

beforeAll(async () => {
  [tiny, full] = await Promise.all([createTestApp(), createTestApp()]);
  await withTree(tiny, TINY_TREE);
  await withSynthetic(tiny, TINY_TREE);
  const units = await withReferenceTree(full);
  // figures for every 10th wilayah keep the load short; the statement count depends on the tree, not the figures
  let i = 0;
  await withSynthetic(
    full,
    units.filter((u) => u.level !== OrgLevel.WILAYAH || i++ % 10 === 0),
  );
}, 120_000);
afterAll(async () => {
  await Promise.all([tiny?.close(), full?.close()]);
});

async function dashboard(app: TestApp): Promise<{ statements: number; data: DashboardQuery }> {
  let data: DashboardQuery | undefined;
  const statements = await app.statementsDuring(async () => {
    const res = await app.run(DashboardDocument, { period: { year: 2024 } });
    expect(res.errors).toBeUndefined();
    data = res.data!;
  });
  return { statements: statements.length, data: data! };
}

function count(data: DashboardQuery) {
  const kanwil = data.nasional.kanwil;
  const kc = kanwil.flatMap((k) => k.kantorCabang);
  const wilayah = kc.flatMap((k) => k.wilayah);
  const performances = [data.nasional, ...kanwil, ...kc, ...wilayah].reduce((n, u) => n + u.performances.length, 0);
  return { kanwil: kanwil.length, kantorCabang: kc.length, wilayah: wilayah.length, performances };
}

describe('statements per nested query', () => {
  it('is the same on the 1x2x4 tree and on the full tree, and small', async () => {
    const small = await dashboard(tiny);
    const large = await dashboard(full);
    expect(count(small.data)).toEqual({ kanwil: 1, kantorCabang: 2, wilayah: 4, performances: 8 * 5 });
    const units = referenceTree();
    const n = (level: OrgLevel) => units.filter((u) => u.level === level).length;
    expect(count(large.data)).toEqual({
      kanwil: 11,
      kantorCabang: n(OrgLevel.KANTOR_CABANG),
      wilayah: 514,
      performances: (1 + 11 + n(OrgLevel.KANTOR_CABANG) + 514) * 5,
    });
    expect(large.statements).toBe(small.statements);
    // the catalogue, the root, the children of each level (3), and one rollup for the whole tree
    expect(small.statements).toBeLessThanOrEqual(6);
  });

  it('rolls the synthetic figures up to the national total', async () => {
    const { data } = await dashboard(tiny);
    const iuran = (u: { performances: DashboardQuery['nasional']['performances'] }) =>
      u.performances.find((p) => p.metric.code === 'IURAN')!;
    const wilayahSum = data.nasional.kanwil
      .flatMap((k) => k.kantorCabang)
      .flatMap((k) => k.wilayah)
      .reduce((s, w) => s + BigInt(iuran(w).realization!.value.replace('.', '')), 0n);
    expect(BigInt(iuran(data.nasional).realization!.value.replace('.', ''))).toBe(wilayahSum);
    expect(iuran(data.nasional).realization!.source).toBe('ROLLED_UP');
    expect(iuran(data.nasional).target!.value).toMatch(/^\d+\.00$/);
  });
});
