/**
 * The rollup of one office along a series of periods (the `series` query):
 * the same rule and the same figures as ROLLUP_SQL, for every point and every
 * point's year to date, in one pass over the months instead of one rollup per
 * period.
 *
 * ROLLUP_SQL answers each (office, period) of the subtree; a 10-year monthly
 * series is 230 such periods (points and years to date), 1 150 office-periods
 * for a Kantor Cabang: 12.5 ms of PostgreSQL, against 2.4 ms for the plain
 * GROUP BY over months of the bench's floor. This statement takes 6 ms
 * (docs/performance.md). Here:
 * - each realization meets the one point it ends in (an equality on the
 *   point's start: date_trunc of the fact's end). The point's own figure is
 *   made of the facts that start in it too; the year to date of a point is
 *   the running total, over the points of its year, of the facts that end in
 *   each (a window, not one aggregation per year to date);
 * - each target meets the points of its year, and the targets are the very
 *   aggregates of ROLLUP_SQL (targetFigures);
 * - the rule is applied level by level as in ROLLUP_SQL, over the offices
 *   with figures only, and the root's level gives one row per point.
 * The metric's time aggregation is written into the statement (one statement
 * per aggregation): PostgreSQL folds away the other aggregation's aggregates.
 * test/series-rule.test.ts checks every figure against ROLLUP_SQL on random
 * figures of every shape.
 *
 * One jsonb parameter (as ROLLUP_SQL: PostgreSQL keeps one generic plan; the
 * custom plans it made for array parameters were now and then 20 times
 * slower): {metric, scale (decimals of the metric's unit), segment or null,
 * unit (the office), granularity ('month', 'quarter' or 'year', as date_trunc
 * names it), points: [[start, end], ...] (whole months, quarters or years, in
 * order, none across a year)}. Output: one row per point (i from 1), values as
 * exact numeric text: the point's figures as ROLLUP_SQL gives them, and the
 * realization of its year to date (January 1 of the point's year to the
 * point's end).
 */
import { ALL_SEGMENTS, TimeAggregation } from '../metric/metric.model';
import { OfficeFigures, ownSeries, segmentSeries, targetFigures } from './rollup.sql';

const select = (figures: [string, string][]) => figures.map(([expr, alias]) => `${expr} as ${alias}`).join(',\n    ');
/**
 * The columns of the points and offices that the target aggregates read
 * outside an aggregate: the point and the office first (the rest follows from
 * them, so that a sort compares no further).
 */
const POINT_KEY = 'q.i, f.code, f.leaf, f.depth, f.a1, f.a2, f.a3, q.scale, q.pstart, q.pend, q.ystart, q.yend';

/**
 * Realizations by the point where the facts end: the parts of
 * realizationFigures (rollup.sql.ts) that add up over facts (\`parts\`), and
 * the figures made of them (\`figures\`): a point's own from the parts of its
 * facts that start in it too ('p'), its year to date from the running totals
 * of its year's parts ('y'). The same figures as realizationFigures over the
 * point's or the year to date's facts (the series test checks them against
 * ROLLUP_SQL), written out because an aggregate cannot run over a window of
 * aggregates: aggregating the facts once per point and once per year to date
 * cost half of the statement. Rows \`x\` hold a fact (value, segment, span)
 * or none (a grid row), and the query's segment as \`qs\`; which series a fact
 * is of is rollup.sql.ts's ownSeries and segmentSeries.
 */
function parts(agg: TimeAggregation, k: 'p' | 'y', inside: string): string {
  const t = ownSeries('x.qs', 'x.segment');
  const s = (seg: string) => segmentSeries(seg, 'x.qs', 'x.segment');
  const fact = `x.value is not null and ${inside}`;
  const latestOf = (p: string) => `max(array[(x.period_end - date '1970-01-01')::numeric, x.value]) filter (where ${fact} and ${p})`;
  const out = [
    `count(*) filter (where ${fact}) as ${k}_n`,
    `coalesce(bool_or(${t}) filter (where ${fact}), false) as ${k}_t`,
    `max(x.period_end) filter (where ${fact} and ${t}) as ${k}_until_t`,
    `max(x.period_end) filter (where ${fact}) as ${k}_until_any`,
  ];
  if (agg === TimeAggregation.SUM) {
    out.push(
      `sum(x.value) filter (where ${fact} and ${t}) as ${k}_sum_t`,
      `sum(x.value) filter (where ${fact} and not ${t}) as ${k}_sum_s`,
    );
  } else {
    out.push(`${latestOf(t)} as ${k}_last_t`, ...ALL_SEGMENTS.map((seg) => `${latestOf(s(seg))} as ${k}_last_${seg.toLowerCase()}`));
  }
  return out.join(',\n    ');
}

/** The figures of kind \`k\` from its parts, each part read through \`over\` (a running total for 'y'). */
function figures(agg: TimeAggregation, k: 'p' | 'y', over: (aggregate: string, part: string) => string): string {
  const part = (fn: string, name: string) => over(fn, `${k}_${name}`);
  const t = part('bool_or', 't');
  const own = agg === TimeAggregation.SUM ? part('sum', 'sum_t') : `(${part('max', 'last_t')})[2]`;
  const segments =
    agg === TimeAggregation.SUM
      ? part('sum', 'sum_s')
      : ALL_SEGMENTS.map((seg) => `coalesce((${part('max', `last_${seg.toLowerCase()}`)})[2], 0)`).join(' + ');
  return [
    `${part('sum', 'n')} as ${k}_n`,
    `case when ${t} then ${own} else ${segments} end as ${k}_value`,
    `case when ${t} then ${part('max', 'until_t')} else ${part('max', 'until_any')} end as ${k}_until`,
    `${t} as ${k}_recorded`,
  ].join(',\n      ');
}

/** The depth of the tree below an office: four levels (org_unit_check_parent keeps every parent one level up). */
const MAX_DEPTH = 3;

/** The kinds of figures of a row, by the column that says whether the row has one of its own. */
const FIGURES = {
  r: { key: 'r_value', columns: { r_value: 'sum', r_until: 'max' } },
  y: { key: 'y_value', columns: { y_value: 'sum', y_until: 'max' } },
  t: { key: 't_year', columns: { t_year: 'sum', t_period: 'sum' } },
} as const;
type Kind = keyof typeof FIGURES;
const KINDS = Object.keys(FIGURES) as Kind[];
const COLUMNS = KINDS.flatMap((k) => [...Object.keys(FIGURES[k].columns), `${k}_recorded`]);

/**
 * The rule for one column of kind \`k\`: the office's own (a row t = 1 with a
 * figure of that kind: own figures are never null) if it has one, else its
 * children's (t = 2) added up (sum; max for a date).
 */
function rule(k: Kind, col: string): string {
  const { key, columns } = FIGURES[k];
  const own = `t = 1 and ${key} is not null`;
  const below = (columns as Record<string, string>)[col];
  return `case when bool_or(${own}) then max(${col}) filter (where ${own}) else ${below}(${col}) filter (where t = 2) end`;
}
const recorded = (k: Kind) => `coalesce(bool_or(${k}_recorded) filter (where t = 1 and ${FIGURES[k].key} is not null), false)`;

/** Every column of every kind by the rule, as the columns themselves. */
const ruled = () =>
  KINDS.flatMap((k) => [...Object.keys(FIGURES[k].columns).map((c) => `${rule(k, c)} as ${c}`), `${recorded(k)} as ${k}_recorded`]).join(
    ',\n    ',
  );

// the depths of the ancestors an office can have below the root: 1 to MAX_DEPTH
const ANCESTORS = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);

/** The rows of an aggregation at depth d: the own figures of its offices (t = 1), and their children's (t = 2). */
function rowsAt(d: number): string {
  // an office at depth d has its ancestors in a1..a<d>; lifted to its parent (a<d>), it keeps a1..a<d - 1>
  const lifted = ANCESTORS.map((n) => (n <= d ? `a${n}` : 'null')).join(', ');
  const values = COLUMNS.map((c) => (c.endsWith('_recorded') ? 'null' : c)).join(', ');
  const up = (from: string) => `select a${d + 1}, ${lifted}, i, 2, ${values} from ${from}`;
  return [
    `select code as unit, a1, a2, a3, i, 1 as t, ${COLUMNS.join(', ')}
    from own where depth = ${d}${d > 0 ? ' and not leaf' : ''}`,
    ...(d < MAX_DEPTH ? [up(`lvl_${d + 1}`), up(`own where depth = ${d + 1} and leaf`)] : []),
  ].join('\n    union all\n    ');
}

/**
 * The one rule, bottom-up one depth below the root at a time, over the own
 * figures only (\`own\`: an office with no own figure and nothing below it has
 * no row), as CTEs \`lvl_<depth>\` from the deepest to depth 1 (the root's
 * step is the statement's last select): at each depth, ONE aggregation per
 * office and point of its own figures (t = 1) and its children's (t = 2,
 * keyed by their parent: a<depth>). An office with its own figure of a kind
 * has it, else its children's sum. A kabupaten/kota has no children, so its
 * figures are its own: they go to its parent's aggregation as they are
 * (aggregating them was a third of a Kantor Cabang's series). Aggregations
 * only: the joins of CTEs that an earlier version used were planned as
 * nested loops when PostgreSQL guessed one row (30 ms instead of 1).
 */
function levels(): string {
  const step = (d: number) => `lvl_${d} as (
  select unit, ${ANCESTORS.map((n) => `max(a${n}) as a${n}`).join(', ')}, i,
    ${ruled()}
  from (
    ${rowsAt(d)}
  ) x
  group by i, unit
)`;
  const steps: string[] = [];
  for (let d = MAX_DEPTH; d >= 1; d--) steps.push(step(d));
  return steps.join(',\n');
}

/** The statement for a metric that adds up over time (SUM) or takes its latest position (LAST). */
export const seriesSql = (agg: TimeAggregation): string => `
with recursive
-- the points, named q as in ROLLUP_SQL: the shared target aggregates read the segment, the scale
-- and the spans from q
par as (
  select a->>'metric' as metric, (a->>'scale')::int as scale, a->>'segment' as segment, a->>'unit' as unit,
    a->>'granularity' as granularity, a->'points' as points
  from (select $1::jsonb as a) x
),
q as (
  select x.i::int as i, (x.p->>0)::date as pstart, (x.p->>1)::date as pend, par.segment, par.scale,
    date_part('year', (x.p->>0)::date)::int as y,
    make_date(date_part('year', (x.p->>0)::date)::int, 1, 1) as ystart,
    make_date(date_part('year', (x.p->>0)::date)::int, 12, 31) as yend
  from par cross join jsonb_array_elements(par.points) with ordinality as x(p, i)
),
span as (select min(ystart) as lo, max(pend) as hi, max(yend) as yhi, (select granularity from par) as granularity from q),
-- the office's subtree through the parent index, each office with its depth below the root and its
-- ancestors up to the root (a<n>: the one at depth n - 1; a1 is the root, a<depth> the parent)
walk as (
  select u.code, u.level = 'WILAYAH' as leaf, 0 as depth, null::text as a1, null::text as a2, null::text as a3
  from org_unit u where u.code = (select unit from par)
  union all
  select c.code, c.level = 'WILAYAH', w.depth + 1, ${ANCESTORS.map((n) => `case when w.depth = ${n - 1} then w.code else w.a${n} end`).join(', ')}
  from walk w cross join lateral (select u.code, u.level from org_unit u where u.parent_code = w.code offset 0) c
),
-- the subtree's facts from January 1 of the first point's year (the first point's year to date
-- starts there) to the last point's end; targets to the end of the last point's year. One index
-- range of fact_natural_key per office and kind, as in ROLLUP_SQL.
real_facts as (
  select w.code, w.leaf, w.depth, w.a1, w.a2, w.a3, f.segment, f.period_start, f.period_end, f.value,
    -- its year, and the start of the point it ends in
    date_part('year', f.period_start)::int as y, date_trunc(span.granularity, f.period_end::timestamp)::date as end_point
  from walk w cross join span cross join lateral (
    select f.segment, f.period_start, f.period_end, f.value from fact f
    where f.unit_code = w.code and f.metric_code = (select metric from par) and f.kind = 'REALIZATION'
      and f.period_start >= span.lo and f.period_start <= span.hi and f.period_end <= span.hi
      and ((select segment from par) is null or f.segment = (select segment from par))
    offset 0) f
),
target_facts as (
  select w.code, w.leaf, w.depth, w.a1, w.a2, w.a3, f.segment, f.period_start, f.period_end, f.value,
    date_part('year', f.period_start)::int as y
  from walk w cross join span cross join lateral (
    select f.segment, f.period_start, f.period_end, f.value from fact f
    where f.unit_code = w.code and f.metric_code = (select metric from par) and f.kind = 'TARGET'
      and f.period_start >= span.lo and f.period_start <= span.yhi
      and ((select segment from par) is null or f.segment = (select segment from par))
    offset 0) f
),
-- each office's realizations by the point they end in (the first point, for facts that end before
-- it): a point's own are those that start in it too; a fact counts in the year to date of the
-- points of its year that end on or after it, so the year to date of a point is the running total
-- of these up to it. Every point is there for each office with realizations, so that the running
-- total reaches the points where nothing ends.
real_by_end as (
  select x.i, x.code, x.leaf, x.depth, x.a1, x.a2, x.a3, x.y,
    ${parts(agg, 'p', 'x.period_start >= x.pstart')},
    ${parts(agg, 'y', 'true')}
  from (
    select q.i, f.code, f.leaf, f.depth, f.a1, f.a2, f.a3, q.y, q.pstart, q.segment as qs,
      f.segment, f.period_start, f.period_end, f.value
    from real_facts f join q on q.y = f.y and q.pstart = greatest(f.end_point, (select min(pstart) from q))
    union all
    select q.i, o.code, o.leaf, o.depth, o.a1, o.a2, o.a3, q.y, q.pstart, q.segment, null, null, null, null
    from (select distinct code, leaf, depth, a1, a2, a3 from real_facts) o cross join q
  ) x
  group by x.i, x.code, x.leaf, x.depth, x.a1, x.a2, x.a3, x.y
),
-- each office's own realization of each point and of each point's year to date
real_own as (
  select i, code, leaf, depth, a1, a2, a3,
    ${figures(agg, 'p', (_, part) => part)},
    ${figures(agg, 'y', (fn, part) => `${fn}(${part}) over w`)}
  from real_by_end
  window w as (partition by code, y order by i rows unbounded preceding)
),
-- each office's own targets of each point's year
target_point as (
  select ${POINT_KEY},
    ${select(targetFigures(`'${agg}'`))}
  from target_facts f join q on q.y = f.y and f.period_end <= q.yend
  group by ${POINT_KEY}
),
-- each office's own figures of each point, one row per office and point, a kind's columns null
-- where the office has none of that kind
own as (
  select code, leaf, depth, a1, a2, a3, i,
    -- none of a kind where the office has no facts of it (a LAST figure would add up to 0)
    case when p_n > 0 then p_value end as r_value, p_until as r_until, p_recorded as r_recorded,
    case when y_n > 0 then y_value end as y_value, y_until, y_recorded,
    null::numeric as t_year, null::numeric as t_period, null::boolean as t_recorded
  from real_own where p_n > 0 or y_n > 0
  union all
  select code, leaf, depth, a1, a2, a3, i, null, null, null, null, null, null, year_value, period_value, recorded
  from target_point
),
${levels()}
-- the root (depth 0): the same rule, per point; every point is there (q)
select i,
  (${rule('r', 'r_value')})::text as realization,
  (${rule('r', 'r_until')})::text as data_until,
  ${recorded('r')} as realization_recorded,
  (sum(r_value) filter (where t = 2))::text as children_realization,
  (${rule('t', 't_year')})::text as target,
  (${rule('t', 't_period')})::text as prorated_target,
  ${recorded('t')} as target_recorded,
  (${rule('y', 'y_value')})::text as ytd_realization,
  (${rule('y', 'y_until')})::text as ytd_data_until,
  ${recorded('y')} as ytd_recorded
from (
  select null as unit, null as a1, null as a2, null as a3, i, 0 as t, ${COLUMNS.map(
    (c) => `${c.endsWith('_recorded') ? 'null::boolean' : c.endsWith('_until') ? 'null::date' : 'null::numeric'} as ${c}`,
  ).join(', ')}
  from q
  union all
  ${rowsAt(0)}
) x
group by i
order by i
`;

/** A point's figures (i from 1) and the realization of its year to date. */
export interface SeriesRow extends OfficeFigures {
  i: number;
  ytd_realization: string | null;
  ytd_data_until: string | null;
  ytd_recorded: boolean;
}
