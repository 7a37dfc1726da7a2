import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { Segment } from '../metric/metric.model';
import { Amount } from '../rollup/amount.type';
import { AmountFigure } from '../rollup/performance.model';
import { AuditAction } from './audit.entity';
import { ChangeRecord } from './audit.service';

registerEnumType(AuditAction, {
  name: 'ChangeAction',
  description: 'What a change did to a stored target or realization.',
  valuesConfig: {
    INSERT: { description: 'First recorded.' },
    UPDATE: { description: 'Corrected: the value or the note changed.' },
    DELETE: { description: 'Deleted, with a note saying why.' },
  },
});

/** `atLabel` is resolved in audit.resolver.ts. */
@ObjectType('FactChange', { description: 'One change of a stored target or realization: who, when, old and new value, and why.' })
export class FactChange implements ChangeRecord {
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
  oldValue!: AmountFigure | null;

  @Field(() => Amount, { nullable: true, description: 'The value after; null for a deletion.' })
  newValue!: AmountFigure | null;

  @Field(() => String, { nullable: true, description: 'The note of the write, or the reason of a deletion.' })
  note!: string | null;

  @Field(() => String, { description: 'Who: user:<token subject>, cli:import:<os user>, or system.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The request that made the change (X-Request-Id when the client sent one).' })
  requestId!: string | null;

  @Field(() => String, { description: 'When, as an ISO 8601 instant.' })
  at!: string;
}
