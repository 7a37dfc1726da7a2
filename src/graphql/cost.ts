/**
 * What a query will cost, estimated before it runs (graphql-query-complexity
 * with our own estimator), so that one request cannot fan out over the office
 * tree until the process runs out of memory.
 *
 * - A field costs 1, plus what it selects.
 * - A list costs its real fan-out times what each element selects: the
 *   Kanwil under Kantor Pusat, the Kantor Cabang of the largest Kanwil, the
 *   wilayah of the largest Kantor Cabang, a path's offices (at most 4), a
 *   report's rows (the offices at its level), a series' points, the metrics
 *   asked for. Nested lists multiply.
 * - Each distinct (metric, segment, period) that a query asks figures for
 *   adds ROLLUP_COST (last year's too when growth is selected): each is one
 *   more rollup of the offices asked about.
 *
 * The fan-outs come from the tree (TreeShape): the reference tree's, or the
 * database's when it is larger. Nothing here reads the database: a refused
 * query runs no resolver and sends no SQL.
 */
import { GraphQLError, GraphQLSchema, DocumentNode, isListType, getNullableType, GraphQLOutputType } from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_HISTORY_LIMIT } from '../audit/audit.service';
import { isValidDate } from '../calendar/calendar';
import { METRIC_CATALOGUE } from '../metric/metric.catalogue';
import { ALL_SEGMENTS } from '../metric/metric.model';
import { LEVEL_ORDER, levelDepth, OrgLevel } from '../org/org.model';
import { Granularity } from '../report/report.model';
import { seriesPeriods } from '../report/report.service';

/** How wide the office tree is: what the list fields fan out to. */
export interface TreeShape {
  /** Offices per level. */
  count: Record<OrgLevel, number>;
  /** The most children one office of each level has. */
  maxChildren: Record<OrgLevel, number>;
  /** The offices of each office's subtree, itself included. */
  subtree: ReadonlyMap<string, number>;
}

/** The shape of a list of offices (code, level, parent code). */
export function shapeOf(units: readonly { code: string; level: OrgLevel; parentCode: string | null }[]): TreeShape {
  const count = { NASIONAL: 0, KANWIL: 0, KANTOR_CABANG: 0, WILAYAH: 0 } as Record<OrgLevel, number>;
  const maxChildren = { NASIONAL: 0, KANWIL: 0, KANTOR_CABANG: 0, WILAYAH: 0 } as Record<OrgLevel, number>;
  const levelOf = new Map(units.map((u) => [u.code, u.level]));
  const children = new Map<string, number>();
  for (const u of units) {
    count[u.level]++;
    if (u.parentCode) children.set(u.parentCode, (children.get(u.parentCode) ?? 0) + 1);
  }
  for (const [parent, n] of children) {
    const level = levelOf.get(parent);
    if (level) maxChildren[level] = Math.max(maxChildren[level], n);
  }
  // subtree sizes, leaves first (every parent is one level up)
  const subtree = new Map(units.map((u) => [u.code, 1]));
  for (const level of LEVEL_ORDER.slice(1).reverse()) {
    for (const u of units) {
      if (u.level === level && u.parentCode) subtree.set(u.parentCode, (subtree.get(u.parentCode) ?? 1) + subtree.get(u.code)!);
    }
  }
  return { count, maxChildren, subtree };
}

/** The wider of two shapes, level by level. */
export function widest(a: TreeShape, b: TreeShape): TreeShape {
  const pick = (x: Record<OrgLevel, number>, y: Record<OrgLevel, number>) =>
    Object.fromEntries(Object.values(OrgLevel).map((l) => [l, Math.max(x[l], y[l])])) as Record<OrgLevel, number>;
  const subtree = new Map(a.subtree);
  for (const [code, n] of b.subtree) subtree.set(code, Math.max(n, subtree.get(code) ?? 0));
  return { count: pick(a.count, b.count), maxChildren: pick(a.maxChildren, b.maxChildren), subtree };
}

/**
 * One more rollup of the offices asked about, in the units of a field: about
 * what the statement for the whole tree costs (a field is a few microseconds
 * of Node; a whole-tree rollup about 10 ms of SQL).
 */
export const ROLLUP_COST = 2_000;

const LEVEL_OF_TYPE: Record<string, OrgLevel> = {
  Nasional: OrgLevel.NASIONAL,
  Kanwil: OrgLevel.KANWIL,
  KantorCabang: OrgLevel.KANTOR_CABANG,
  Wilayah: OrgLevel.WILAYAH,
};
const CATALOGUE_SIZE = METRIC_CATALOGUE.length;
/** The offices on a path from Kantor Pusat down to an office of this level, itself included. */
const pathLength = (level: OrgLevel | undefined) => levelDepth(level ?? OrgLevel.WILAYAH) + 1;

/** A series' points, as the series resolver makes them (bad input is refused there; here it counts one). */
function seriesPoints(input: { granularity?: Granularity; from?: string; to?: string } | undefined): number {
  if (!input?.granularity || !isValidDate(input.from) || !isValidDate(input.to) || input.to < input.from) return 1;
  return seriesPeriods(input.granularity, input.from, input.to).length;
}

/**
 * The estimator: the fan-out of each list field (and of the fields that
 * return several figures), and a rollup's cost for each distinct
 * (metric, segment, period) the query asks for. `seen` holds those already
 * counted in this query.
 */
function estimator(shape: TreeShape, seen: Set<string>): ComplexityEstimator {
  const childrenOf = (type: string) => {
    const level = LEVEL_OF_TYPE[type];
    return level ? shape.maxChildren[level] : Math.max(...Object.values(shape.maxChildren));
  };
  const rollup = (key: string) => {
    if (seen.has(key)) return 0;
    seen.add(key);
    return ROLLUP_COST;
  };
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
    const name = `${type.name}.${field.name}`;
    const fanOut = (n: number) => 1 + Math.max(0, n) * childComplexity;
    switch (field.name) {
      case 'children':
        return fanOut(childrenOf(type.name));
      case 'path':
        return fanOut(pathLength(LEVEL_OF_TYPE[type.name]));
      case 'kanwil':
        if (type.name === 'Nasional') return fanOut(shape.count.KANWIL);
        break;
      case 'kantorCabang':
        if (type.name === 'Kanwil') return fanOut(shape.maxChildren.KANWIL);
        break;
      case 'wilayah':
        if (type.name === 'KantorCabang') return fanOut(shape.maxChildren.KANTOR_CABANG);
        break;
      case 'performance':
        if (type.name !== 'SeriesPoint') {
          return 1 + childComplexity + rollup(JSON.stringify([args.metric, args.segment ?? null, args.period]));
        }
        break;
      case 'performances': {
        // without a list: every metric of the catalogue, each its own rollup
        const metrics: unknown[] = Array.isArray(args.metrics)
          ? args.metrics
          : Array.from({ length: CATALOGUE_SIZE }, (_, i) => `metric ${i}`);
        const rollups = metrics.reduce<number>((sum, m) => sum + rollup(JSON.stringify([m, null, args.period])), 0);
        return fanOut(metrics.length) + rollups;
      }
      case 'growth':
        // last year's rollup: counted once per query, like any other period
        return 1 + childComplexity + rollup(`growth:${name}`);
      case 'history':
      case 'factHistory':
        return fanOut(typeof args.limit === 'number' ? args.limit : DEFAULT_HISTORY_LIMIT);
      case 'series': {
        const points = seriesPoints(args.input);
        // each point: its period and the year to date, each a rollup of the office's subtree
        const total = Object.values(shape.count).reduce((a, b) => a + b, 0) || 1;
        const offices = shape.subtree.get(String(args.input?.unit)) ?? 1;
        return fanOut(points) + Math.ceil((2 * points * ROLLUP_COST * offices) / total);
      }
      case 'report': {
        const level = args.input?.level as OrgLevel | undefined;
        const rows = level && shape.count[level] !== undefined ? shape.count[level] : shape.count.WILAYAH;
        const metrics = Array.isArray(args.input?.metrics) ? args.input.metrics.length : CATALOGUE_SIZE;
        // every row holds one cell per metric; the rows' own complexity counts one cell
        return 1 + rows * Math.max(1, metrics) * childComplexity + metrics * ROLLUP_COST;
      }
      case 'metrics':
      case 'totals':
        if (isList(field.type)) return fanOut(CATALOGUE_SIZE);
        break;
      case 'segments':
        return fanOut(ALL_SEGMENTS.length);
    }
    if (isList(field.type)) return fanOut(1);
    return 1 + childComplexity;
  };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

/** The estimated cost of an operation. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  shape: TreeShape,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator(shape, new Set())] });
}

/** The error of a query over the budget: a user error, before anything runs. */
export function tooComplex(cost: number, max: number): GraphQLError {
  return new GraphQLError(
    `this query would cost about ${Math.round(cost).toLocaleString('en-US')} (fields times the offices, points and rows they fan out to, plus ${ROLLUP_COST.toLocaleString('en-US')} per distinct metric and period); the limit is ${max.toLocaleString('en-US')}: ask for fewer levels, aliases or periods at once`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost: Math.round(cost), maxCost: max } },
  );
}
