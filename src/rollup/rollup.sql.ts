/**
 * The rollup read model: all of its SQL lives here.
 *
 * The one rule (docs/domain.md §4): an office's figure is its own recorded
 * figure if it has one, otherwise the sum of its children's figures, applied
 * bottom-up one level at a time (the tree has four levels), for every
 * requested query at once.
 *
 * Input (one jsonb parameter): [{qid, metric, scale, segment|null, pstart,
 * pend, roots}], one per distinct query, `roots` the offices asked for.
 * Output: one row per query and office of the roots' subtrees, values as
 * exact numeric text. An office's figure depends only on its own subtree, so
 * a request computes what it asks about and no more: one office's figures
 * read its subtree's facts, never the whole tree's; and every office below
 * a root is answered too, so deeper levels of a nested query cost nothing.
 */

import { ALL_SEGMENTS } from '../metric/metric.model';

/** The levels of the tree, leaves first; org_unit_check_parent keeps every parent exactly one level up. */
const LEVELS_UP = ['WILAYAH', 'KANTOR_CABANG', 'KANWIL', 'NASIONAL'];

/**
 * The one rule, bottom-up one level at a time, for realizations and targets
 * together, as CTEs `fig_<level>` and `fig` (all levels). Each level is ONE
 * aggregation over the rows that concern its offices, with no join: the
 * level's offices (t = 0, from `sub`, with their parent), their own figures
 * (t = 1, from `real_own`, k = 'r', and `target_own`, k = 't') and the
 * figures of the level below, keyed by their parent (t = 2). An office with
 * an own realization has it, else its children's sum; the same for its
 * targets, on their own. `children` is the children's realization either way,
 * for reconciliation.
 *
 * Joins between CTEs are what PostgreSQL plans worst: it cannot see into
 * them, and once org_unit had statistics it took nested loops over CTE scans
 * (the whole tree: 92 -> 126 ms; the dashboard 0.5 -> 1.4 s). Aggregations
 * leave it nothing to get wrong.
 */
function levels(): string {
  const own = (k: 'r' | 't') => `t = 1 and k = '${k}'`;
  const rule = (k: 'r' | 't', col: string) =>
    `case when bool_or(${own(k)}) then max(${col}) filter (where ${own(k)}) else sum(${col}) filter (where t = 2) end`;
  const step = (level: string, below: string | null) => `fig_${level.toLowerCase()} as (
    select qid, unit, max(parent_code) as parent_code,
      ${rule('r', 'value')} as value,
      case when bool_or(${own('r')}) then max(until) filter (where ${own('r')}) else max(until) filter (where t = 2) end as until,
      coalesce(bool_or(recorded) filter (where ${own('r')}), false) as recorded,
      sum(value) filter (where t = 2) as children,
      ${rule('t', 'year_value')} as year_value,
      ${rule('t', 'period_value')} as period_value,
      coalesce(bool_or(recorded) filter (where ${own('t')}), false) as target_recorded
    from (
      select qid, code as unit, parent_code, 0 as t, null as k, null::numeric as value, null::date as until,
          null::boolean as recorded, null::numeric as year_value, null::numeric as period_value
        from sub where level = '${level}'
      union all
      select qid, code, null, 1, 'r', value, until, recorded, null, null from real_own where level = '${level}'
      union all
      select qid, code, null, 1, 't', null, null, recorded, year_value, period_value from target_own where level = '${level}'
      ${
        below
          ? `union all
      select qid, parent_code, null, 2, null, value, until, null, year_value, period_value from ${below}`
          : ''
      }
    ) x
    group by qid, unit
    having bool_or(t = 0)
  )`;
  const names = LEVELS_UP.map((l) => `fig_${l.toLowerCase()}`);
  return [
    ...LEVELS_UP.map((l, i) => step(l, i === 0 ? null : names[i - 1])),
    `fig as (${names.map((n) => `select * from ${n}`).join(' union all ')})`,
  ].join(',\n  ');
}

/**
 * The facts of one kind of office \`n\` with a span inside [lo, hi] and of
 * query \`q\`'s segment (any, if none): one index range of fact_natural_key
 * (office, metric, kind, start), in a subquery kept apart by offset 0 so that
 * PostgreSQL cannot plan it as a join (it then scanned every fact of the
 * metric).
 */
function officeFacts(kind: 'REALIZATION' | 'TARGET', lo: string, hi: string): string {
  return `(
      select f.segment, f.period_start, f.period_end, f.value from fact f
      where f.unit_code = n.code and f.metric_code = n.metric and f.kind = '${kind}'
        and f.period_start >= ${lo} and f.period_start <= ${hi} and f.period_end <= ${hi}
        and (q.segment is null or f.segment = q.segment)
      offset 0) f`;
}

/**
 * The metric's time aggregation ('SUM' or 'LAST') as SQL: \`q.agg\` where
 * queries of several metrics share a statement, a literal where a statement
 * has one metric (PostgreSQL then folds the CASEs, and the aggregates of the
 * other branch are not computed).
 */
type Agg = string;

/**
 * The value at the latest date of the facts matching \`p\`: arrays compare
 * element by element, and a series has one position per date, so max() picks
 * the latest one without sorting the facts (an ordered array_agg sorted them
 * all). Only for stocks: an aggregate is computed for every row whatever CASE
 * picks afterwards, and building an array per flow fact cost more than the sum.
 */
const latest = (agg: Agg) => (p: string) =>
  `(max(array[(f.period_end - date '1970-01-01')::numeric, f.value]) filter (where ${agg} = 'LAST' and ${p}))[2]`;

/**
 * An office's own figure for a query comes from its series: the query's own
 * (\`T\`: the recorded total, or every fact of the asked segment) if it has
 * one, else the series of each segment (\`S(s)\`) added up. Computed in one
 * aggregate over the office's facts of the period, without GROUP BY: a sort
 * per office and query cost more than the figures.
 */
/** Whether a fact (its segment \`fact\`) is of the query's own series (the query's segment \`asked\`). */
export const ownSeries = (asked = 'q.segment', fact = 'f.segment') => `(${asked} is not null or ${fact} is null)`;
/** Whether a fact is of segment \`segment\`'s series, for a query of all segments. */
export const segmentSeries = (segment: string, asked = 'q.segment', fact = 'f.segment') => `(${asked} is null and ${fact} = '${segment}')`;
const T = ownSeries();
const S = (segment: string) => segmentSeries(segment);
// the segments a fact may have: fact_segment_check keeps them to these (a new one needs a migration
// there and an entry in ALL_SEGMENTS)
const addedUp = (term: (p: string) => string) => ALL_SEGMENTS.map((seg) => `coalesce(${term(S(seg))}, 0)`).join(' + ');
const ownOr = (own: string, segments: string) => `case when bool_or(${T}) then ${own} else ${segments} end`;

/** A realization series: SUM metrics add the spans inside the period, LAST metrics take the latest position. */
const realValue = (agg: Agg) => (p: string) => `case when ${agg} = 'SUM' then sum(f.value) filter (where ${p}) else ${latest(agg)(p)} end`;

/** The yearly target of a series, if it has one. */
const yearly = (p: string) => `max(f.value) filter (where ${p} and f.period_start = q.ystart and f.period_end = q.yend)`;
/** A target series over the year: the yearly target, else the monthly ones added up (SUM) or the latest (LAST). */
const yearValue = (agg: Agg) => (p: string) =>
  `coalesce(${yearly(p)}, case when ${agg} = 'SUM' then sum(f.value) filter (where ${p}) else ${latest(agg)(p)} end)`;
/**
 * A target series over the period: the monthly targets of the period (a
 * month cut by the period counts pro rata), else the yearly target x days in
 * the period / days in the year; LAST keeps the year's. Rounded to the
 * metric's scale per series.
 */
const partial = `(f.period_end < q.yend or f.period_start > q.ystart)`;
const periodValue = (agg: Agg) => (p: string) => `round(case
        when ${agg} = 'LAST' then coalesce(${yearly(p)}, ${latest(agg)(p)})
        when bool_or(${p} and ${partial}) then
          sum(f.value * greatest(0, least(f.period_end, q.pend) - greatest(f.period_start, q.pstart) + 1)
              / (f.period_end - f.period_start + 1)) filter (where ${p} and ${partial})
        else ${yearly(p)} * (q.pend - q.pstart + 1) / (q.yend - q.ystart + 1)
      end, q.scale)`;

/** Whether the figure is the office's own series (recorded), and its last date. */
const RECORDED_UNTIL: [string, string][] = [
  [`bool_or(${T})`, 'recorded'],
  [ownOr(`max(f.period_end) filter (where ${T})`, 'max(f.period_end)'), 'until'],
];

/**
 * An office's own realization for a query, as aggregates over its facts \`f\`
 * of the period (SUM metrics add the spans inside the period, LAST metrics
 * take the latest position), with whether it is recorded and its last date.
 * \`q\` holds the query: segment (and agg, unless \`agg\` is a literal). The
 * series statement computes the same figures from their parts (series.sql.ts:
 * parts, figures); a change here needs the same change there.
 */
const realizationFigures = (agg: Agg = 'q.agg'): [string, string][] => [
  [
    ownOr(realValue(agg)(T), `case when ${agg} = 'SUM' then sum(f.value) filter (where not ${T}) else ${addedUp(latest(agg))} end`),
    'value',
  ],
  ...RECORDED_UNTIL,
];

/**
 * An office's own targets of the period's year for a query, as aggregates
 * over its target facts \`f\` of that year (year_value: the year's;
 * period_value: the period's). \`q\` holds the query: segment, scale, pstart,
 * pend, ystart, yend (and agg, unless \`agg\` is a literal). Shared with the
 * series statement.
 */
export const targetFigures = (agg: Agg = 'q.agg'): [string, string][] => [
  [ownOr(yearValue(agg)(T), addedUp(yearValue(agg))), 'year_value'],
  [ownOr(periodValue(agg)(T), addedUp(periodValue(agg))), 'period_value'],
  ...RECORDED_UNTIL,
];

/** Queries that share their root set, metric and year with more than this many others share one read of the year's facts. */
const SHARED_FROM = 4;

/**
 * CTE \`name\`: each office's own figure (\`figures\`: aggregates over its facts
 * \`f\` of kind \`kind\` with a span inside [lo, hi], and the query \`q\`) for
 * each query, by one of two reads:
 * - a query alone in its year (a tree, a dashboard, a report): one index
 *   range per office and query, aggregated where it is read, without GROUP
 *   BY, so that no fact row outlives it (a sort of the dashboard's 68 000
 *   facts cost more than the figures);
 * - queries that share their year with many others (a monthly series: 24 a
 *   year with the year-to-date ones): one index range per office and year,
 *   then each fact meets the queries of its year. Reading per query made a
 *   10-year series 2 400 short reads.
 */
function ownFigures(name: string, kind: 'REALIZATION' | 'TARGET', lo: string, hi: string, figures: [string, string][]): string {
  const select = figures.map(([expr, alias]) => `${expr} as ${alias}`).join(',\n      ');
  return `${name}_alone as (
  select q.qid, n.code, n.parent_code, n.level, ${figures.map(([, alias]) => `o.${alias}`).join(', ')}
  from need n join q on q.gid = n.gid and not q.shared
  cross join lateral (
    select ${select}
    from ${officeFacts(kind, lo, hi)}
    having count(*) > 0
  ) o
),
${name}_year_facts as materialized (
  select n.code, n.parent_code, n.level, n.gid, y.y, f.segment, f.period_start, f.period_end, f.value
  from need n join (select distinct gid, y from q where shared) y on y.gid = n.gid
  cross join lateral (
    select f.segment, f.period_start, f.period_end, f.value from fact f
    where f.unit_code = n.code and f.metric_code = n.metric and f.kind = '${kind}'
      and f.period_start >= make_date(y.y, 1, 1) and f.period_start <= make_date(y.y, 12, 31)
    offset 0) f
),
${name} as (
  select * from ${name}_alone
  union all
  select q.qid, f.code, f.parent_code, f.level,
      ${select}
  from q join ${name}_year_facts f on f.gid = q.gid and f.y = q.y
    and f.period_start >= ${lo} and f.period_start <= ${hi} and f.period_end <= ${hi}
    and (q.segment is null or f.segment = q.segment)
  where q.shared
  group by q.qid, q.agg, q.scale, q.pstart, q.pend, q.ystart, q.yend, f.code, f.parent_code, f.level
)`;
}

export const ROLLUP_SQL = `
with recursive
q as (
  select i.qid, i.metric, i.segment, coalesce(i.segment, '') as qseg, i.pstart, i.pend, i.roots,
    m.time_aggregation as agg, i.scale,
    dense_rank() over (order by i.roots) as rid,
    dense_rank() over (order by i.roots, i.metric) as gid,
    extract(year from i.pstart)::int as y,
    count(*) over (partition by i.roots, i.metric, extract(year from i.pstart)) > ${SHARED_FROM} as shared,
    make_date(extract(year from i.pstart)::int, 1, 1) as ystart,
    make_date(extract(year from i.pstart)::int, 12, 31) as yend
  from jsonb_to_recordset(?::jsonb) as i(qid int, metric text, scale int, segment text, pstart date, pend date, roots text[])
  join metric m on m.code = i.metric
),
-- the offices of each set of roots: their subtrees (an office's figure depends on its subtree
-- only), found through the parent index one office at a time, so that nothing here reads the
-- whole tree when a request asks about one branch of it; once per set, however many queries share it
walk as (
  select r.rid, u.code, u.parent_code, u.level from (select distinct rid, roots from q) r
  join org_unit u on u.code = any(r.roots)
  union
  select w.rid, c.code, c.parent_code, c.level from walk w
  cross join lateral (select u.code, u.parent_code, u.level from org_unit u where u.parent_code = w.code offset 0) c
),
-- the offices each query computes
sub as (select q.qid, w.code, w.parent_code, w.level from q join walk w on w.rid = q.rid),
-- each office of each root set, once per metric asked about (gid: the root set and metric)
need as (
  select w.code, w.parent_code, w.level, g.gid, g.metric
  from (select distinct gid, rid, metric from q) g join walk w on w.rid = g.rid
),
-- each office's own realization for each query (SUM metrics add the spans inside the period, LAST
-- metrics take the latest position)
${ownFigures('real_own', 'REALIZATION', 'q.pstart', 'q.pend', realizationFigures())},
-- each office's own targets of the period's year for each query (year_value: the year's;
-- period_value: the period's)
${ownFigures('target_own', 'TARGET', 'q.ystart', 'q.yend', targetFigures())},
${levels()}
select qid, unit,
  value::text as realization,
  until::text as data_until,
  recorded as realization_recorded,
  children::text as children_realization,
  year_value::text as target,
  period_value::text as prorated_target,
  target_recorded
from fig
`;

/** One office's figures for one query, as the rollup statements give them (exact numeric text). */
export interface OfficeFigures {
  realization: string | null;
  data_until: string | null;
  realization_recorded: boolean;
  children_realization: string | null;
  target: string | null;
  prorated_target: string | null;
  target_recorded: boolean;
}

export interface RollupRow extends OfficeFigures {
  qid: number;
  unit: string;
}
