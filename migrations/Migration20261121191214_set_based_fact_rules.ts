import { Migration } from '@mikro-orm/migrations';

/**
 * Fact rules checked once per statement over all of its rows, not once per row:
 * a 700 000-row import spent most of its time in the per-row trigger and in the
 * GiST index behind the exclusion constraint (COPY of 142 146 rows: 19.7 s, of
 * which 14 s GiST). The rules themselves are unchanged, and so are the
 * constraint names and SQLSTATEs that clients and the write path see.
 *
 * And a data version that every write raises, for caches keyed by it.
 */
/** The statement-level rule trigger's function as this migration made it (a later one replaces its overlap check). */
export const FACT_CHECK_ROWS_V1 = `create function fact_check_rows() returns trigger language plpgsql as $$
declare
  r record;
begin
  -- the first row that breaks a metric's rule, if any (an unknown metric is the foreign key's to report)
  select n.metric_code, n.segment, n.kind, n.period_start, n.period_end, n.value, m.unit, m.time_aggregation,
    case
      when n.segment is not null and not (n.segment = any (m.segments)) then 'fact_segment_allowed'
      when n.kind = 'REALIZATION' and m.time_aggregation = 'LAST' and n.period_start <> n.period_end then 'fact_stock_is_a_position'
      when n.kind = 'TARGET' and not (extract(day from n.period_start) = 1 and (
          (extract(month from n.period_start) = 1 and n.period_end = (n.period_start + interval '1 year' - interval '1 day')::date)
          or n.period_end = (n.period_start + interval '1 month' - interval '1 day')::date)) then 'fact_target_whole_year_or_month'
      when m.unit <> 'RUPIAH' and n.value <> trunc(n.value) then 'fact_count_is_whole'
    end as rule
  into r
  from new_rows n join metric m on m.code = n.metric_code
  where (n.segment is not null and not (n.segment = any (m.segments)))
    or (n.kind = 'REALIZATION' and m.time_aggregation = 'LAST' and n.period_start <> n.period_end)
    or (n.kind = 'TARGET' and not (extract(day from n.period_start) = 1 and (
          (extract(month from n.period_start) = 1 and n.period_end = (n.period_start + interval '1 year' - interval '1 day')::date)
          or n.period_end = (n.period_start + interval '1 month' - interval '1 day')::date)))
    or (m.unit <> 'RUPIAH' and n.value <> trunc(n.value))
  limit 1;
  if found then
    case r.rule
      when 'fact_segment_allowed' then
        raise exception 'metric % has no segment %', r.metric_code, r.segment using errcode = '23514', constraint = r.rule;
      when 'fact_stock_is_a_position' then
        raise exception 'metric % is a stock: a realization is a position at one date, got % to %', r.metric_code, r.period_start, r.period_end
          using errcode = '23514', constraint = r.rule;
      when 'fact_target_whole_year_or_month' then
        raise exception 'a target covers a whole year or a whole month, got % to %', r.period_start, r.period_end
          using errcode = '23514', constraint = r.rule;
      else
        raise exception 'metric % counts whole %, got %', r.metric_code, lower(r.unit), r.value using errcode = '23514', constraint = r.rule;
    end case;
  end if;

  -- Realizations of one office, metric and segment never overlap in time. Checked after the
  -- statement, under the advisory lock of each series it wrote (the write path's lockSeries takes
  -- the same locks, in the same order, before it writes): of two concurrent writers, the second
  -- to get the lock waits for the first to commit, and in READ COMMITTED each query here takes a
  -- new snapshot, so it sees the first one's rows. A longer-lived snapshot could miss them.
  if exists (select 1 from new_rows where kind = 'REALIZATION') then
    if current_setting('transaction_isolation') <> 'read committed' then
      raise exception 'realizations are written in READ COMMITTED transactions (the overlap check needs a fresh snapshot), not %',
        upper(current_setting('transaction_isolation')) using errcode = '0A000';
    end if;
    perform pg_advisory_xact_lock(hashtextextended(k, 0))
    from (select distinct unit_code || '|' || metric_code as k from new_rows where kind = 'REALIZATION') s
    order by k;
    -- one index probe per written row (fact_natural_key); an overlapping
    -- realization starts in the row's year, since every fact lies inside one calendar year
    select n.unit_code, n.metric_code, n.segment, n.period_start, n.period_end, f.period_start as f_start, f.period_end as f_end
    into r
    from new_rows n
    cross join lateral (
      select f.period_start, f.period_end from fact f
      where f.unit_code = n.unit_code and f.metric_code = n.metric_code and f.kind = 'REALIZATION'
        and f.period_start >= date_trunc('year', n.period_start)::date and f.period_start <= n.period_end
        and f.period_end >= n.period_start and coalesce(f.segment, '') = coalesce(n.segment, '') and f.id <> n.id
      limit 1) f
    where n.kind = 'REALIZATION'
    limit 1;
    if found then
      raise exception 'conflicting key value violates exclusion constraint "fact_realization_no_overlap"'
        using errcode = '23P01', constraint = 'fact_realization_no_overlap',
          detail = format('Realization of %s %s%s from %s to %s overlaps the one from %s to %s.', r.unit_code, r.metric_code,
            coalesce(' ' || r.segment, ''), r.period_start, r.period_end, r.f_start, r.f_end);
    end if;
  end if;
  return null;
end $$
-- The probes above go through an office's index range whatever the statistics say: a bulk load into
-- a table without statistics yet must not be planned as a scan of fact per written row.
set enable_seqscan = off;`;

export class Migration20261121191214_set_based_fact_rules extends Migration {
  override async up(): Promise<void> {
    // ---------------------------------------------------------------- the data version
    this.addSql(
      `create table "data_version" ("id" boolean not null default true, "version" bigint not null, constraint "data_version_pkey" primary key ("id"), constraint data_version_one_row check (id = true));`,
    );
    this.addSql(`insert into data_version (id, version) values (true, 1);`);
    // Raised once by every transaction that writes a table the figures are made of, when it commits:
    // readers see the new number exactly when they can see the new rows. Taken at commit, by a
    // deferred trigger, the row is locked only while the writer commits: writers of different
    // series do not wait for each other, and a writer never holds it while it waits for anything else.
    // The first write of a transaction notes a pending change (one row, kept by a transaction-local
    // setting from being noted twice); the deferred trigger on that row raises the version.
    this.addSql(`create table "data_version_pending" ("id" bigserial primary key);`);
    this.addSql(`create function note_data_change() returns trigger language plpgsql as $$
begin
  -- the transaction's own id, not a flag: a session-wide SET of the name cannot switch the bump off
  if current_setting('kinerja.data_changed', true) is distinct from pg_current_xact_id()::text then
    perform set_config('kinerja.data_changed', pg_current_xact_id()::text, true);
    insert into data_version_pending default values;
  end if;
  return null;
end $$;`);
    this.addSql(`create function bump_data_version() returns trigger language plpgsql as $$
begin
  update data_version set version = version + 1;
  delete from data_version_pending where id = new.id;
  return null;
end $$;`);
    this.addSql(`create constraint trigger data_version_bump after insert on data_version_pending
  deferrable initially deferred for each row execute function bump_data_version();`);
    for (const table of ['fact', 'org_unit', 'metric']) {
      this.addSql(`create trigger ${table}_data_change after insert or update or delete or truncate on ${table}
  for each statement execute function note_data_change();`);
    }

    // ---------------------------------------------------------------- one calendar year
    // The overlap check below looks for overlapping realizations from the start of the row's year;
    // every fact lies inside one calendar year (a target is a whole month or year), now a CHECK.
    this.addSql(
      `alter table "fact" add constraint fact_within_one_year check(extract(year from period_start) = extract(year from period_end));`,
    );

    // ---------------------------------------------------------------- the metric's rules, per statement
    this.addSql(`drop trigger fact_check_metric on fact;`);
    this.addSql(`drop function fact_check_metric();`);
    this.addSql(FACT_CHECK_ROWS_V1);
    this.addSql(`create trigger fact_check_rows_insert after insert on fact referencing new table as new_rows
  for each statement execute function fact_check_rows();`);
    this.addSql(`create trigger fact_check_rows_update after update on fact referencing new table as new_rows
  for each statement execute function fact_check_rows();`);
    this.addSql(`alter table "fact" drop constraint "fact_realization_no_overlap";`);
    // Its only reader was the old overlap check. Left in place, the planner took it for the new
    // one's probes when a bulk load into an empty table had no statistics yet (66 s for the demo
    // data: every probe read the metric's facts of every office), and every write paid for it.
    this.addSql(`drop index "fact_metric_kind_period_idx";`);
    // One index fewer for every write: the natural key, ordered office, metric, kind, start, serves
    // the reads that had an index of their own (one office's facts of a metric in a period).
    this.addSql(`drop index "fact_natural_key";`);
    this.addSql(
      `create unique index "fact_natural_key" on "fact" ("unit_code", "metric_code", "kind", "period_start", "period_end", (coalesce("segment", '')));`,
    );
    this.addSql(`drop index "fact_unit_metric_kind_start_idx";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "fact_unit_metric_kind_start_idx" on "fact" ("unit_code", "metric_code", "kind", "period_start");`);
    this.addSql(`drop index "fact_natural_key";`);
    this.addSql(
      `create unique index "fact_natural_key" on "fact" ("unit_code", "metric_code", (coalesce("segment", '')), "kind", "period_start", "period_end");`,
    );
    this.addSql(`create index "fact_metric_kind_period_idx" on "fact" ("metric_code", "kind", "period_start", "period_end");`);
    this.addSql(`drop trigger fact_check_rows_insert on fact;`);
    this.addSql(`drop trigger fact_check_rows_update on fact;`);
    this.addSql(`drop function fact_check_rows();`);
    this.addSql(`create function fact_check_metric() returns trigger language plpgsql as $$
declare
  m metric%rowtype;
begin
  select * into m from metric where code = new.metric_code;
  if not found then
    return new;
  end if;
  if new.segment is not null and not (new.segment = any (m.segments)) then
    raise exception 'metric % has no segment %', m.code, new.segment using errcode = '23514', constraint = 'fact_segment_allowed';
  end if;
  if new.kind = 'REALIZATION' and m.time_aggregation = 'LAST' and new.period_start <> new.period_end then
    raise exception 'metric % is a stock: a realization is a position at one date, got % to %', m.code, new.period_start, new.period_end
      using errcode = '23514', constraint = 'fact_stock_is_a_position';
  end if;
  if new.kind = 'TARGET' and not (extract(day from new.period_start) = 1 and (
      (extract(month from new.period_start) = 1 and new.period_end = (new.period_start + interval '1 year' - interval '1 day')::date)
      or new.period_end = (new.period_start + interval '1 month' - interval '1 day')::date)) then
    raise exception 'a target covers a whole year or a whole month, got % to %', new.period_start, new.period_end
      using errcode = '23514', constraint = 'fact_target_whole_year_or_month';
  end if;
  if m.unit <> 'RUPIAH' and new.value <> trunc(new.value) then
    raise exception 'metric % counts whole %, got %', m.code, lower(m.unit), new.value using errcode = '23514', constraint = 'fact_count_is_whole';
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger fact_check_metric before insert or update on fact for each row execute function fact_check_metric();`);
    this.addSql(
      `alter table "fact" add constraint "fact_realization_no_overlap" exclude using gist ("unit_code" with =, "metric_code" with =, (coalesce("segment", '')) with =, daterange("period_start", "period_end", '[]') with &&) where ("kind" = 'REALIZATION');`,
    );
    this.addSql(`alter table "fact" drop constraint fact_within_one_year;`);
    for (const table of ['fact', 'org_unit', 'metric']) this.addSql(`drop trigger ${table}_data_change on ${table};`);
    this.addSql(`drop table "data_version_pending";`);
    this.addSql(`drop function note_data_change(), bump_data_version();`);
    this.addSql(`drop table if exists "data_version" cascade;`);
  }
}
