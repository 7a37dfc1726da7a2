import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: a number that every statement writing a fact, an office or a
 * metric raises, in its own transaction (statement triggers, see the
 * migration set_based_fact_rules). A reader that reads it first and keys a
 * cache by it can never serve a figure older than a committed write, in any
 * process on the same database (src/db/data-version.ts).
 */
@Entity({ tableName: 'data_version' })
@Check({ name: 'data_version_one_row', expression: 'id = true' })
export class DataVersionEntity {
  @PrimaryKey({ type: 'boolean', default: true })
  id!: boolean;

  @Property({ type: 'bigint' })
  version!: string;
}
