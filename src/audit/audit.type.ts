import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { formatTimestamp } from '../format';
import { ValueSource } from '../graphql/enums';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { MetricUnit, Segment, unitScale } from '../metric/metric.types';
import { atScale } from '../rollup/performance.math';
import { Amount } from '../rollup/amount.type';
import { AuditAction } from './audit.entity';
import { ChangeRow } from './audit.repository';

registerEnumType(AuditAction, {
  name: 'ChangeAction',
  description: 'What a change did to a stored target or realization.',
  valuesConfig: {
    INSERT: { description: 'First recorded.' },
    UPDATE: { description: 'Corrected: the value or the note changed.' },
    DELETE: { description: 'Deleted, with a note saying why.' },
  },
});

@ObjectType('FactChange', { description: 'One change of a stored target or realization: who, when, old and new value, and why.' })
export class FactChange {
  @Field(() => ID, { description: 'Identifier of this change in the audit trail (fact_audit).' })
  id!: string;

  @Field(() => AuditAction, { description: 'INSERT (first recorded), UPDATE (corrected) or DELETE.' })
  action!: AuditAction;

  @Field(() => ID, { description: 'Office code.' })
  unit!: string;

  @Field(() => ID, { description: 'Metric code.' })
  metric!: string;

  @Field(() => Segment, { nullable: true, description: 'The participant segment (PU, BPU, JAKON, PMI), or null for a total.' })
  segment!: Segment | null;

  @Field(() => String, { description: 'TARGET or REALIZATION.' })
  kind!: string;

  @Field(() => LocalDateScalar, { description: 'First day of the span of the changed figure.' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the span of the changed figure (the position date for a stock).' })
  periodEnd!: string;

  @Field(() => Amount, { nullable: true, description: 'The value before; null for a first record.' })
  oldValue!: Amount | null;

  @Field(() => Amount, { nullable: true, description: 'The value after; null for a deletion.' })
  newValue!: Amount | null;

  @Field(() => String, { nullable: true, description: 'The note of the write, or the reason of a deletion.' })
  note!: string | null;

  @Field(() => String, { description: 'Who: user:<token subject>, cli:import:<os user>, or system.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The request that made the change (X-Request-Id when the client sent one).' })
  requestId!: string | null;

  @Field(() => String, { description: 'When, as an ISO 8601 instant.' })
  at!: string;

  @Field(() => String, { description: 'When, in Asia/Jakarta: 19 Desember 2019 14.05 WIB.' })
  atLabel!: string;

  static from(row: ChangeRow): FactChange {
    const c = new FactChange();
    const unit = row.metric_unit as MetricUnit;
    Object.assign(c, {
      id: row.id,
      action: row.action as AuditAction,
      unit: row.unit_code,
      metric: row.metric_code,
      segment: row.segment as Segment | null,
      kind: row.kind,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      oldValue: row.old_value === null ? null : new Amount(atScale(row.old_value, unitScale(unit))!, unit, ValueSource.RECORDED),
      newValue: row.new_value === null ? null : new Amount(atScale(row.new_value, unitScale(unit))!, unit, ValueSource.RECORDED),
      note: row.note,
      actor: row.actor,
      requestId: row.request_id,
      at: new Date(row.at).toISOString(),
      atLabel: formatTimestamp(new Date(row.at)),
    });
    return c;
  }
}
