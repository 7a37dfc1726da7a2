import { Migration } from '@mikro-orm/migrations';

export class Migration20261121104002 extends Migration {
  override async up(): Promise<void> {
    // the exclusion constraint on facts compares text columns with = inside a GiST index
    this.addSql(`create extension if not exists btree_gist;`);

    this.addSql(
      `create table "metric" ("code" text not null, "name" text not null, "unit" text check ("unit" in ('RUPIAH', 'ORANG', 'PERUSAHAAN')) not null, "time_aggregation" text check ("time_aggregation" in ('SUM', 'LAST')) not null, "segments" text[] not null default '{}', "sort_order" int not null default 0, constraint "metric_pkey" primary key ("code"), constraint metric_segments_known check (segments <@ array['PU','BPU','JAKON','PMI']::text[]));`,
    );

    this.addSql(
      `create table "org_unit" ("code" text not null, "name" text not null, "level" text check ("level" in ('NASIONAL', 'KANWIL', 'KANTOR_CABANG', 'WILAYAH')) not null, "parent_code" text null, "kind" text null, "province_code" text null, "population" int null, "city" text null, constraint "org_unit_pkey" primary key ("code"), constraint org_unit_population_not_negative check (population >= 0), constraint org_unit_kind_only_on_wilayah check (kind is null or level = 'WILAYAH'), constraint org_unit_root_has_no_parent check ((level = 'NASIONAL') = (parent_code is null)));`,
    );
    this.addSql(`create index "org_unit_parent_code_idx" on "org_unit" ("parent_code");`);

    this.addSql(
      `create table "fact" ("id" bigserial primary key, "unit_code" text not null, "metric_code" text not null, "segment" text check ("segment" in ('PU', 'BPU', 'JAKON', 'PMI')) null, "kind" text check ("kind" in ('TARGET', 'REALIZATION')) not null, "period_start" date not null, "period_end" date not null, "value" numeric(24,2) not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint fact_value_not_negative check (value >= 0), constraint fact_span_ordered check (period_end >= period_start));`,
    );
    this.addSql(`create index "fact_metric_kind_period_idx" on "fact" ("metric_code", "kind", "period_start", "period_end");`);
    this.addSql(
      `alter table "fact" add constraint "fact_realization_no_overlap" exclude using gist ("unit_code" with =, "metric_code" with =, (coalesce("segment", '')) with =, daterange("period_start", "period_end", '[]') with &&) where ("kind" = 'REALIZATION');`,
    );
    this.addSql(
      `create unique index "fact_natural_key" on "fact" ("unit_code", "metric_code", (coalesce("segment", '')), "kind", "period_start", "period_end");`,
    );

    this.addSql(
      `alter table "org_unit" add constraint "org_unit_parent_code_foreign" foreign key ("parent_code") references "org_unit" ("code") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "fact" add constraint "fact_unit_code_foreign" foreign key ("unit_code") references "org_unit" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "fact" add constraint "fact_metric_code_foreign" foreign key ("metric_code") references "metric" ("code") on update cascade on delete restrict;`,
    );

    // Rules that span tables, so a CHECK cannot hold them: the database stays the last line of defence.
    this.addSql(`create function org_unit_check_parent() returns trigger language plpgsql as $$
declare
  parent_level text;
begin
  if new.parent_code is null then
    return new;
  end if;
  select level into parent_level from org_unit where code = new.parent_code;
  if parent_level is distinct from (case new.level
      when 'KANWIL' then 'NASIONAL' when 'KANTOR_CABANG' then 'KANWIL' when 'WILAYAH' then 'KANTOR_CABANG' end) then
    raise exception 'office % (%) cannot have % (%) as its parent', new.code, new.level, new.parent_code, coalesce(parent_level, 'unknown')
      using errcode = '23514', constraint = 'org_unit_parent_level';
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger org_unit_check_parent before insert or update of parent_code, level on org_unit
  for each row execute function org_unit_check_parent();`);

    this.addSql(`create function fact_check_metric() returns trigger language plpgsql as $$
declare
  m metric%rowtype;
begin
  select * into m from metric where code = new.metric_code;
  if not found then
    return new; -- the foreign key reports it
  end if;
  if new.segment is not null and not (new.segment = any (m.segments)) then
    raise exception 'metric % has no segment %', m.code, new.segment
      using errcode = '23514', constraint = 'fact_segment_allowed';
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
    raise exception 'metric % counts whole %, got %', m.code, lower(m.unit), new.value
      using errcode = '23514', constraint = 'fact_count_is_whole';
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger fact_check_metric before insert or update on fact
  for each row execute function fact_check_metric();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fact" cascade;`);
    this.addSql(`drop table if exists "org_unit" cascade;`);
    this.addSql(`drop table if exists "metric" cascade;`);
    this.addSql(`drop function if exists fact_check_metric();`);
    this.addSql(`drop function if exists org_unit_check_parent();`);
  }
}
