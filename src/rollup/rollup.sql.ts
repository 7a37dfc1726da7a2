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

/** An office's own figure per query, from its series per segment ('' = the recorded total). */
function ownFromSeries(series: string, valueCols: string[]): string {
  const pick = (col: string) =>
    `case when bool_or(s.seg = q.qseg) then max(s.${col}) filter (where s.seg = q.qseg) else sum(s.${col}) end as ${col}`;
  return `
    select s.qid, s.unit,
      ${valueCols.map(pick).join(',\n      ')},
      bool_or(s.seg = q.qseg) as recorded,
      case when bool_or(s.seg = q.qseg) then max(s.until) filter (where s.seg = q.qseg) else max(s.until) end as until
    from ${series} s join q on q.qid = s.qid
    group by s.qid, s.unit`;
}

/** The levels of the tree, leaves first; org_unit_check_parent keeps every parent exactly one level up. */
const LEVELS_UP = ['WILAYAH', 'KANTOR_CABANG', 'KANWIL', 'NASIONAL'];

/**
 * The one rule, bottom-up one level at a time, as CTEs `${name}_<level>` and
 * `${name}` (all levels): an office with an own figure (a row of `own`) has
 * that figure, else the sum of its children's figures; `children` is the
 * children's sum either way, for reconciliation. The tree has four levels,
 * which the database enforces, so four steps of equality joins do it.
 */
function levels(name: string, own: string, valueCols: string[]): string {
  const step = (level: string, below: string | null) => {
    const cols = valueCols
      .map((c) => (below ? `case when o.unit is not null then o.${c} else sum(c.${c}) end as ${c}` : `o.${c}`))
      .join(', ');
    return `${name}_${level.toLowerCase()} as (
    select s.qid, s.code as unit, s.parent_code, ${cols},
      ${below ? 'case when o.unit is not null then o.until else max(c.until) end' : 'o.until'} as until,
      ${below ? `sum(c.${valueCols[0]})` : 'null::numeric'} as children
    from sub s left join ${own} o on o.qid = s.qid and o.unit = s.code
    ${below ? `left join ${below} c on c.qid = s.qid and c.parent_code = s.code` : ''}
    where s.level = '${level}'
    ${below ? `group by s.qid, s.code, s.parent_code, o.unit, ${valueCols.map((c) => `o.${c}`).join(', ')}, o.until` : ''}
  )`;
  };
  const names = LEVELS_UP.map((l) => `${name}_${l.toLowerCase()}`);
  return [
    ...LEVELS_UP.map((l, i) => step(l, i === 0 ? null : names[i - 1])),
    `${name} as (${names.map((n) => `select * from ${n}`).join(' union all ')})`,
  ].join(',\n  ');
}

/**
 * `name`: each office's facts of one kind and metric with a span inside
 * [need.lo, need.hi], read through one index range per office (a lateral
 * subquery kept apart by offset 0) and materialized once for every query.
 */
function officeFacts(name: string, kind: 'REALIZATION' | 'TARGET', lo: string, hi: string): string {
  return `${name} as materialized (
  select n.code, n.metric, f.segment, f.period_start, f.period_end, f.value
  from need n cross join lateral (
    select f.segment, f.period_start, f.period_end, f.value from fact f
    where f.unit_code = n.code and f.metric_code = n.metric and f.kind = '${kind}'
      and f.period_start >= n.${lo} and f.period_start <= n.${hi} and f.period_end <= n.${hi}
    offset 0) f
)`;
}

/**
 * The value at the latest date of a series: arrays compare element by
 * element, and a series has one position per date, so max() picks the latest
 * one without sorting the facts (an ordered array_agg sorted them all). Only
 * for stocks: an aggregate is computed for every row whatever CASE picks
 * afterwards, and building an array per flow fact cost more than the sum.
 */
const LATEST = `(max(array[(f.period_end - date '1970-01-01')::numeric, f.value]) filter (where q.agg = 'LAST'))[2]`;

export const ROLLUP_SQL = `
with recursive
q as (
  select i.qid, i.metric, i.segment, coalesce(i.segment, '') as qseg, i.pstart, i.pend, i.roots,
    m.time_aggregation as agg, i.scale,
    make_date(extract(year from i.pstart)::int, 1, 1) as ystart,
    make_date(extract(year from i.pstart)::int, 12, 31) as yend
  from jsonb_to_recordset(?::jsonb) as i(qid int, metric text, scale int, segment text, pstart date, pend date, roots text[])
  join metric m on m.code = i.metric
),
-- the offices each query computes: the subtrees of its roots (an office's figure depends on its
-- subtree only), found through the parent index one office at a time, so that nothing here reads
-- the whole tree when a request asks about one branch of it
sub as (
  select q.qid, u.code, u.parent_code, u.level from q join org_unit u on u.code = any(q.roots)
  union
  select s.qid, c.code, c.parent_code, c.level from sub s
  cross join lateral (select u.code, u.parent_code, u.level from org_unit u where u.parent_code = s.code offset 0) c
),
-- each office's facts of a metric, read once over the union of the periods of the queries that
-- need it (a 10-year series: one range, not 240), through one index range per office
-- (fact_natural_key: office, metric, kind, start), in a lateral subquery kept apart by offset 0: planned as a
-- join, the recursive CTEs' poor row estimates made PostgreSQL scan every fact of the table.
need as (
  select s.code, q.metric, min(q.pstart) as lo, max(q.pend) as hi, min(q.ystart) as ylo, max(q.yend) as yhi
  from q join sub s on s.qid = q.qid
  group by s.code, q.metric
),
${officeFacts('real_facts', 'REALIZATION', 'lo', 'hi')},
${officeFacts('target_facts', 'TARGET', 'ylo', 'yhi')},
-- realizations inside each period, one series per office and segment:
-- SUM metrics add the spans inside the period, LAST metrics take the latest position.
real_series as (
  select q.qid, f.code as unit, coalesce(f.segment, '') as seg,
    case when q.agg = 'SUM' then sum(f.value) else ${LATEST} end as value,
    max(f.period_end) as until
  from q join sub s on s.qid = q.qid
  join real_facts f on f.code = s.code and f.metric = q.metric
    and f.period_start >= q.pstart and f.period_end <= q.pend
    and (q.segment is null or f.segment = q.segment)
  group by q.qid, q.agg, f.code, coalesce(f.segment, '')
),
real_own as (${ownFromSeries('real_series', ['value'])}),
${levels('real_fig', 'real_own', ['value'])},
-- targets of the period's year, one series per office and segment:
--   year_value:   the yearly target, else the monthly ones added up (SUM) or the latest (LAST);
--   period_value: the monthly targets of the period (a month cut by the period counts pro rata),
--                 else the yearly target x days in the period / days in the year; LAST keeps the year's.
target_series as (
  select q.qid, f.code as unit, coalesce(f.segment, '') as seg,
    coalesce(
      max(f.value) filter (where f.period_start = q.ystart and f.period_end = q.yend),
      case when q.agg = 'SUM' then sum(f.value) else ${LATEST} end
    ) as year_value,
    round(case
      when q.agg = 'LAST' then coalesce(
        max(f.value) filter (where f.period_start = q.ystart and f.period_end = q.yend),
        ${LATEST})
      when bool_or(f.period_end < q.yend or f.period_start > q.ystart) then
        sum(f.value * greatest(0, least(f.period_end, q.pend) - greatest(f.period_start, q.pstart) + 1)
            / (f.period_end - f.period_start + 1))
          filter (where f.period_end < q.yend or f.period_start > q.ystart)
      else max(f.value) * (q.pend - q.pstart + 1) / (q.yend - q.ystart + 1)
    end, q.scale) as period_value,
    max(f.period_end) as until
  from q join sub s on s.qid = q.qid
  join target_facts f on f.code = s.code and f.metric = q.metric
    and f.period_start >= q.ystart and f.period_end <= q.yend
    and (q.segment is null or f.segment = q.segment)
  group by q.qid, q.agg, q.scale, q.ystart, q.yend, q.pstart, q.pend, f.code, coalesce(f.segment, '')
),
target_own as (${ownFromSeries('target_series', ['year_value', 'period_value'])}),
${levels('target_fig', 'target_own', ['year_value', 'period_value'])}
select s.qid, s.code as unit,
  rf.value::text as realization,
  rf.until::text as data_until,
  coalesce(ro.recorded, false) as realization_recorded,
  rf.children::text as children_realization,
  tf.year_value::text as target,
  tf.period_value::text as prorated_target,
  coalesce(tow.recorded, false) as target_recorded
from sub s
left join real_fig rf on rf.qid = s.qid and rf.unit = s.code
left join real_own ro on ro.qid = s.qid and ro.unit = s.code
left join target_fig tf on tf.qid = s.qid and tf.unit = s.code
left join target_own tow on tow.qid = s.qid and tow.unit = s.code
`;

export interface RollupRow {
  qid: number;
  unit: string;
  realization: string | null;
  data_until: string | null;
  realization_recorded: boolean;
  children_realization: string | null;
  target: string | null;
  prorated_target: string | null;
  target_recorded: boolean;
}
