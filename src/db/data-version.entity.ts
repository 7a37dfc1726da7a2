import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: a number that every transaction writing a fact, an office or a
 * metric raises once, as it commits (a deferred trigger, see the migration
 * set_based_fact_rules). A reader that reads it first and keys a
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

/** A transaction's pending change of the data version, until its deferred trigger raises it at commit. */
@Entity({ tableName: 'data_version_pending' })
export class DataVersionPendingEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;
}
