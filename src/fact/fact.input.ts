import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { Segment } from '../metric/metric.types';

@InputType('TargetInput', { description: 'A target for a whole year (month omitted) or for one month.' })
export class TargetInput {
  @Field(() => ID, { description: 'Office code.' })
  unit!: string;

  @Field(() => ID, { description: 'Metric code.' })
  metric!: string;

  @Field(() => Segment, { nullable: true, description: 'Only for metrics with segments; omitted for the total.' })
  segment?: Segment | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 to 12 for a monthly target; omitted for the whole year.' })
  month?: number | null;

  @Field(() => DecimalScalar, { description: 'Rupiah with at most 2 decimals, counts whole; never negative.' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Why or where from; kept in the history.' })
  note?: string | null;
}

@InputType('RealizationInput', {
  description: 'A realization: a flow over [periodStart, periodEnd], or a stock position at periodStart = periodEnd.',
})
export class RealizationInput {
  @Field(() => ID)
  unit!: string;

  @Field(() => ID)
  metric!: string;

  @Field(() => Segment, { nullable: true })
  segment?: Segment | null;

  @Field(() => LocalDateScalar, { description: 'First day the figure covers.' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day it covers; equal to periodStart for a stock (a position at that date).' })
  periodEnd!: string;

  @Field(() => DecimalScalar)
  value!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export enum FactKindInput {
  TARGET = 'TARGET',
  REALIZATION = 'REALIZATION',
}

@InputType('FactKeyInput', { description: 'One stored target or realization, by its natural key.' })
export class FactKeyInput {
  @Field(() => ID)
  unit!: string;

  @Field(() => ID)
  metric!: string;

  @Field(() => Segment, { nullable: true })
  segment?: Segment | null;

  @Field(() => FactKindInput)
  kind!: FactKindInput;

  @Field(() => LocalDateScalar)
  periodStart!: string;

  @Field(() => LocalDateScalar)
  periodEnd!: string;
}

@InputType('DeleteFactInput', { description: 'Deletes one target or realization; the note saying why is required and kept in the history.' })
export class DeleteFactInput extends FactKeyInput {
  @Field(() => String)
  note!: string;
}
