import { Migration } from '@mikro-orm/migrations';

export class Migration20261121112830_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "fact_audit" ("id" bigserial primary key, "fact_id" bigint not null, "unit_code" text not null, "metric_code" text not null, "segment" text check ("segment" in ('PU', 'BPU', 'JAKON', 'PMI')) null, "kind" text not null, "period_start" date not null, "period_end" date not null, "action" text check ("action" in ('INSERT', 'UPDATE', 'DELETE')) not null, "old_value" numeric(24,2) null, "new_value" numeric(24,2) null, "note" text null, "actor" text not null, "request_id" text null, "at" timestamptz not null default clock_timestamp());`,
    );
    this.addSql(`create index "fact_audit_fact_id_idx" on "fact_audit" ("fact_id");`);
    this.addSql(`create index "fact_audit_series_idx" on "fact_audit" ("unit_code", "metric_code", "period_start");`);

    this.addSql(
      `create table "org_unit_audit" ("id" bigserial primary key, "code" text not null, "action" text check ("action" in ('INSERT', 'UPDATE', 'DELETE')) not null, "old_row" jsonb null, "new_row" jsonb null, "actor" text not null, "request_id" text null, "at" timestamptz not null default clock_timestamp());`,
    );
    this.addSql(`create index "org_unit_audit_code_idx" on "org_unit_audit" ("code");`);

    // Every change of a fact or an office is recorded by the database itself, whatever
    // path wrote it: statement-level triggers with transition tables (one insert per
    // statement, so bulk writes stay fast). The application names the actor, the request
    // and, for deletions, the note, with set_config('kinerja.*', ..., true) in its transaction.
    this.addSql(`create function kinerja_actor() returns text language sql stable as $$
  select coalesce(nullif(current_setting('kinerja.actor', true), ''), 'db:' || current_user)
$$;`);
    this.addSql(`create function fact_audit_insert() returns trigger language plpgsql as $$
begin
  insert into fact_audit (fact_id, unit_code, metric_code, segment, kind, period_start, period_end, action, old_value, new_value, note, actor, request_id)
  select n.id, n.unit_code, n.metric_code, n.segment, n.kind, n.period_start, n.period_end, 'INSERT', null, n.value, n.note,
    kinerja_actor(), nullif(current_setting('kinerja.request_id', true), '')
  from new_rows n;
  return null;
end $$;`);
    this.addSql(`create function fact_audit_update() returns trigger language plpgsql as $$
begin
  insert into fact_audit (fact_id, unit_code, metric_code, segment, kind, period_start, period_end, action, old_value, new_value, note, actor, request_id)
  select n.id, n.unit_code, n.metric_code, n.segment, n.kind, n.period_start, n.period_end, 'UPDATE', o.value, n.value, n.note,
    kinerja_actor(), nullif(current_setting('kinerja.request_id', true), '')
  from new_rows n join old_rows o on o.id = n.id;
  return null;
end $$;`);
    this.addSql(`create function fact_audit_delete() returns trigger language plpgsql as $$
begin
  insert into fact_audit (fact_id, unit_code, metric_code, segment, kind, period_start, period_end, action, old_value, new_value, note, actor, request_id)
  select o.id, o.unit_code, o.metric_code, o.segment, o.kind, o.period_start, o.period_end, 'DELETE', o.value, null,
    nullif(current_setting('kinerja.note', true), ''), kinerja_actor(), nullif(current_setting('kinerja.request_id', true), '')
  from old_rows o;
  return null;
end $$;`);
    this.addSql(`create trigger fact_audit_insert after insert on fact referencing new table as new_rows
  for each statement execute function fact_audit_insert();`);
    this.addSql(`create trigger fact_audit_update after update on fact referencing old table as old_rows new table as new_rows
  for each statement execute function fact_audit_update();`);
    this.addSql(`create trigger fact_audit_delete after delete on fact referencing old table as old_rows
  for each statement execute function fact_audit_delete();`);

    this.addSql(`create function org_unit_audit_row() returns trigger language plpgsql as $$
begin
  insert into org_unit_audit (code, action, old_row, new_row, actor, request_id)
  values (coalesce(new.code, old.code), tg_op,
    case when tg_op = 'INSERT' then null else to_jsonb(old) end,
    case when tg_op = 'DELETE' then null else to_jsonb(new) end,
    kinerja_actor(), nullif(current_setting('kinerja.request_id', true), ''));
  return null;
end $$;`);
    this.addSql(`create trigger org_unit_audit_row after insert or update or delete on org_unit
  for each row execute function org_unit_audit_row();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fact_audit" cascade;`);

    this.addSql(`drop table if exists "org_unit_audit" cascade;`);
    this.addSql(`drop trigger if exists fact_audit_insert on fact;`);
    this.addSql(`drop trigger if exists fact_audit_update on fact;`);
    this.addSql(`drop trigger if exists fact_audit_delete on fact;`);
    this.addSql(`drop trigger if exists org_unit_audit_row on org_unit;`);
    this.addSql(
      `drop function if exists fact_audit_insert(), fact_audit_update(), fact_audit_delete(), org_unit_audit_row(), kinerja_actor();`,
    );
  }
}
