/**
 * The floor of the benchmark: for each request, the best plain SQL statement
 * I could write for the same figures, against the same tables. They know
 * what the API cannot assume (the tree is four levels deep, the request's
 * exact shape), so the API's figures are compared with them, not the other
 * way round. Each returns the figures the API returns for that request
 * (realization and target by the one rollup rule; stocks at their latest
 * position); the bench checks that the row counts agree.
 *
 * Parameters: $1 metric codes (text[]), $2 period start, $3 period end,
 * $4 root office (the subtree to compute; NASIONAL for the whole tree).
 */

/**
 * Each office's own figure per metric (a recorded total wins over the sum of
 * its segments), its facts read through its own index range. One range over
 * the metric's facts of the period was faster for the whole tree while
 * org_unit had no statistics; with them (as on any live server) PostgreSQL
 * scanned the whole fact table for it, and per office is 2-4x faster.
 */
const own = (ps: string, pe: string) => `
m as (select code, time_aggregation as agg from metric where code = any($1::text[])),
sub as (
  select code, parent_code, level from org_unit where code = $4
  union all select o.code, o.parent_code, o.level from org_unit o join sub s on o.parent_code = s.code),
rs as (
  select f.unit_code as u, f.metric_code as m, coalesce(f.segment, '') as seg,
    case when m.agg = 'SUM' then sum(f.value) else (max(array[(f.period_end - date '1970-01-01')::numeric, f.value]))[2] end as v
  from sub cross join m cross join lateral (
    select * from fact f where f.unit_code = sub.code and f.metric_code = m.code and f.kind = 'REALIZATION'
      and f.period_start between ${ps} and ${pe} and f.period_end <= ${pe} offset 0) f
  group by 1, 2, 3, m.agg),
ro as (select u, m, coalesce(max(v) filter (where seg = ''), sum(v)) as v from rs group by u, m),
ts as (
  select f.unit_code as u, f.metric_code as m, coalesce(f.segment, '') as seg,
    coalesce(max(f.value) filter (where f.period_end - f.period_start > 300),
      case when m.agg = 'SUM' then sum(f.value) else (max(array[(f.period_end - date '1970-01-01')::numeric, f.value]))[2] end) as v
  from sub cross join m cross join lateral (
    select * from fact f where f.unit_code = sub.code and f.metric_code = m.code and f.kind = 'TARGET'
      and f.period_start between date_trunc('year', ${ps}) and date_trunc('year', ${ps}) + interval '1 year - 1 day' offset 0) f
  group by 1, 2, 3, m.agg),
tw as (select u, m, coalesce(max(v) filter (where seg = ''), sum(v)) as v from ts group by u, m),
own as (
  select s.code, s.parent_code, s.level, m.code as m, r.v as rv, t.v as tv
  from sub s cross join m left join ro r on r.u = s.code and r.m = m.code left join tw t on t.u = s.code and t.m = m.code),`;
const OWN = own('$2::date', '$3::date');

/** Level by level up a four-level tree: an office's own figure, else the sum of its children's. */
const UP = (level: string, from: string) => `
  select o.code, o.parent_code, o.m, coalesce(o.rv, sum(c.rv)) as rv, coalesce(o.tv, sum(c.tv)) as tv
  from own o left join ${from} c on c.parent_code = o.code and c.m = o.m
  where o.level = '${level}' group by o.code, o.parent_code, o.m, o.rv, o.tv`;

const treeOf = (ps: string, pe: string) => `with recursive ${own(ps, pe)}
w as (select code, parent_code, m, rv, tv from own where level = 'WILAYAH'),
kc as (${UP('KANTOR_CABANG', 'w')}),
kw as (${UP('KANWIL', 'kc')}),
na as (${UP('NASIONAL', 'kw')})
select * from na union all select * from kw union all select * from kc union all select * from w`;

export const FLOOR_TREE = treeOf('$2::date', '$3::date');

/** The same, with last year's figures for growth and each office's parent's for its share. */
export const FLOOR_TREE_GROWTH = `with now as (${treeOf('$2::date', '$3::date')}),
before as (${treeOf("($2::date - interval '1 year')::date", "($3::date - interval '1 year')::date")})
select n.code, n.m, n.rv, n.tv, round((n.rv - b.rv) * 100 / nullif(b.rv, 0), 4) as growth, round(n.rv * 100 / nullif(p.rv, 0), 4) as share
from now n left join before b on b.code = n.code and b.m = n.m left join now p on p.code = n.parent_code and p.m = n.m`;

/** One office: its own subtree only ($4), the figures of the office itself. */
export const FLOOR_ONE = `with recursive ${OWN}
w as (select code, parent_code, m, rv, tv from own where level = 'WILAYAH'),
kc as (${UP('KANTOR_CABANG', 'w')})
select * from kc where code = $4`;

/** A Kanwil's Kantor Cabang ($4 = the Kanwil) and the Kanwil's totals. */
export const FLOOR_REPORT = `with recursive ${OWN}
w as (select code, parent_code, m, rv, tv from own where level = 'WILAYAH'),
kc as (${UP('KANTOR_CABANG', 'w')}),
kw as (${UP('KANWIL', 'kc')})
select * from kw union all select * from kc`;

/**
 * A monthly series of one Kantor Cabang ($4) and one flow metric (($1::text[])[1]) from
 * $2 to $3, one GROUP BY over months, with each year's target and the
 * year-to-date sum per month.
 */
export const FLOOR_SERIES = `with recursive
sub as (
  select code, parent_code, level from org_unit where code = $4
  union all select o.code, o.parent_code, o.level from org_unit o join sub s on o.parent_code = s.code),
months as (select generate_series(date_trunc('month', $2::date), $3::date, interval '1 month')::date as mo),
own as (
  select f.unit_code as u, date_trunc('month', f.period_start)::date as mo, sum(f.value) as v
  from sub cross join lateral (
    select * from fact f where f.unit_code = sub.code and f.metric_code = ($1::text[])[1] and f.kind = 'REALIZATION'
      and f.period_start between $2::date and $3::date and f.period_end <= $3::date offset 0) f
  where f.segment is null and date_trunc('month', f.period_start) = date_trunc('month', f.period_end)
  group by 1, 2),
fig as (
  select m.mo, coalesce(max(o.v) filter (where o.u = $4), sum(o.v) filter (where o.u <> $4)) as v
  from months m left join own o on o.mo = m.mo group by m.mo),
tgt as (
  select extract(year from f.period_start) as y, max(f.value) as v
  from fact f where f.unit_code = $4 and f.metric_code = ($1::text[])[1] and f.kind = 'TARGET' and f.segment is null
    and f.period_start >= date_trunc('year', $2::date) and f.period_end <= $3::date
  group by 1)
select f.mo, f.v, t.v as target, sum(f.v) over (partition by extract(year from f.mo) order by f.mo) as ytd
from fig f left join tgt t on t.y = extract(year from f.mo) order by f.mo`;
