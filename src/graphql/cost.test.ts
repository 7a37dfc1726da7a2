import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { DEFAULT_MAX_QUERY_COST } from '../config';
import { OrgLevel } from '../org/org.model';
import { referenceTreeShape } from './apollo';
import { queryCost, ROLLUP_COST, shapeOf, widest } from './cost';
import { buildAppSchema } from './schema';

const schema = buildAppSchema();
const shape = referenceTreeShape();
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), shape, variables);
const operation = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../operations', `${name}.graphql`), 'utf8');

describe('the tree shape', () => {
  it('counts the offices of each level, the widest fan-out and every subtree', () => {
    expect(shape.count).toEqual({ NASIONAL: 1, KANWIL: 11, KANTOR_CABANG: 119, WILAYAH: 514 });
    expect(shape.maxChildren.NASIONAL).toBe(11);
    expect(shape.maxChildren.WILAYAH).toBe(0);
    expect(shape.subtree.get('NASIONAL')).toBe(645);
    const small = shapeOf([
      { code: 'N', level: OrgLevel.NASIONAL, parentCode: null },
      { code: 'K', level: OrgLevel.KANWIL, parentCode: 'N' },
      { code: 'C', level: OrgLevel.KANTOR_CABANG, parentCode: 'K' },
      { code: 'W1', level: OrgLevel.WILAYAH, parentCode: 'C' },
      { code: 'W2', level: OrgLevel.WILAYAH, parentCode: 'C' },
    ]);
    expect(Object.fromEntries(small.subtree)).toEqual({ N: 5, K: 4, C: 3, W1: 1, W2: 1 });
    // a tree grown past the reference one widens it
    expect(widest(shape, small).subtree.get('N')).toBe(5);
    expect(widest(shape, { ...small, maxChildren: { ...small.maxChildren, KANTOR_CABANG: 40 } }).maxChildren.KANTOR_CABANG).toBe(40);
  });
});

describe('the cost of a query', () => {
  it('multiplies nested lists by their fan-out and adds a rollup per distinct period', () => {
    // nasional + 11 kanwil x (kanwil + code)
    expect(cost('{ nasional { kanwil { code } } }')).toBe(1 + 1 + 11 * 1);
    const one = cost('{ nasional { performance(metric: "IURAN", period: { year: 2024 }) { status } } }');
    expect(one).toBe(1 + 1 + 1 + ROLLUP_COST);
    // the same period twice is one rollup; another period is another
    expect(
      cost(
        '{ a: nasional { performance(metric: "IURAN", period: { year: 2024 }) { status } } b: nasional { performance(metric: "IURAN", period: { year: 2024 }) { status } } }',
      ),
    ).toBe(2 * one - ROLLUP_COST);
    expect(
      cost(
        '{ a: nasional { performance(metric: "IURAN", period: { year: 2024 }) { status } } b: nasional { performance(metric: "IURAN", period: { year: 2023 }) { status } } }',
      ),
    ).toBe(2 * one);
  });

  it("weighs a series by its points and its office's subtree", () => {
    const series = (unit: string) =>
      cost('query S($input: SeriesInput!) { series(input: $input) { period { label } } }', {
        input: { unit, metric: 'IURAN', granularity: 'MONTH', from: '2015-01-01', to: '2024-12-31' },
      });
    expect(series('NASIONAL')).toBeGreaterThan(100 * series('PEKALONGAN'));
  });

  it.each([
    ['dashboard', { period: { year: 2024 } }],
    [
      'report',
      {
        input: {
          parent: 'NASIONAL',
          level: 'WILAYAH',
          metrics: ['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_AKTIF', 'PERUSAHAAN_BARU', 'TENAGA_KERJA_BARU'],
          period: { year: 2024 },
        },
      },
    ],
    ['series', { input: { unit: 'NASIONAL', metric: 'IURAN', granularity: 'MONTH', from: '2015-01-01', to: '2024-12-31' } }],
  ])('admits operations/%s.graphql at its largest', (name, variables) => {
    const c = cost(operation(name), variables);
    console.log(`operations/${name}.graphql at its largest costs ${c}`);
    expect(c).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
  });

  it('puts the dashboard at about 143 000, as the README says', () => {
    expect(Math.round(cost(operation('dashboard'), { period: { year: 2024 } }) / 1000)).toBe(143);
  });
});
