import { Migration } from '@mikro-orm/migrations';

export class Migration20261121182126_unit_period_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "fact_unit_metric_kind_start_idx" on "fact" ("unit_code", "metric_code", "kind", "period_start");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "fact_unit_metric_kind_start_idx";`);
  }
}
