import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Segment } from '../metric/metric.model';

export enum AuditAction {
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

/**
 * One change of one fact: who, when, old and new value, note, request id.
 * Written by statement-level triggers on `fact` (see the audit migration),
 * so no write path can skip it. The fact's natural key is copied: the row
 * outlives a deleted fact.
 */
@Entity({ tableName: 'fact_audit' })
@Index({ name: 'fact_audit_series_idx', properties: ['unit', 'metric', 'periodStart'] })
export class FactAuditEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index({ name: 'fact_audit_fact_id_idx' })
  @Property({ type: 'bigint' })
  factId!: string;

  @Property({ type: 'text', fieldName: 'unit_code' })
  unit!: string;

  @Property({ type: 'text', fieldName: 'metric_code' })
  metric!: string;

  @Enum({ items: () => Segment, nullable: true })
  segment?: Segment | null;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Property({ type: 'decimal', precision: 24, scale: 2, nullable: true })
  oldValue?: string | null;

  @Property({ type: 'decimal', precision: 24, scale: 2, nullable: true })
  newValue?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at?: Date;
}

/** One change of the office tree (add, rename, move), as old and new rows. */
@Entity({ tableName: 'org_unit_audit' })
export class OrgUnitAuditEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index({ name: 'org_unit_audit_code_idx' })
  @Property({ type: 'text' })
  code!: string;

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Property({ type: 'jsonb', nullable: true })
  oldRow?: unknown;

  @Property({ type: 'jsonb', nullable: true })
  newRow?: unknown;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at?: Date;
}
