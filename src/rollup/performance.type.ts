import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { Segment } from '../metric/metric.types';
import { Amount } from './amount.type';
import { AchievementStatus } from './performance.math';
import { Percent } from './percent.type';
import { Period } from './period.type';

/**
 * One office's figures for one metric (and segment) over one period.
 * `unit` and `metric` are resolved through the request's loaders.
 */
@ObjectType('Performance', {
  description:
    'How far an office is from its target for one metric over one period: realization, target, and the figures derived from them (each from rolled-up sums, never averaged).',
})
export class Performance {
  unitCode!: string;
  metricCode!: string;

  @Field(() => Segment, { nullable: true, description: 'The segment, or null for the total over all segments.' })
  segment!: Segment | null;

  @Field(() => Period)
  period!: Period;

  @Field(() => Amount, {
    nullable: true,
    description: 'Realisasi: flows add the spans inside the period, stocks take the latest position. Null when nothing was reported.',
  })
  realization!: Amount | null;

  @Field(() => Amount, { nullable: true, description: "Target for the period's year (the year-end target for stocks). Null when none was set." })
  target!: Amount | null;

  @Field(() => Amount, {
    nullable: true,
    description:
      'target for the period itself when it is shorter than the year (section 4 of DOMAIN.md): the monthly targets of the period where they exist, else the yearly target x days in the period / days in the year for flows; stocks keep the year-end target. Equals target for a whole year.',
  })
  proratedTarget!: Amount | null;

  @Field(() => Percent, { nullable: true, description: 'Capaian: realization / target x 100. Null without a target or with a zero target.' })
  achievement!: Percent | null;

  @Field(() => Percent, { nullable: true, description: 'realization / proratedTarget x 100: on track for the period so far.' })
  proratedAchievement!: Percent | null;

  @Field(() => Amount, { nullable: true, description: 'Selisih: realization - target; negative below target.' })
  gap!: Amount | null;

  @Field(() => AchievementStatus)
  status!: AchievementStatus;

  @Field(() => Percent, { nullable: true, description: 'against the same period one year earlier' })
  growth!: Percent | null;

  @Field(() => Percent, { nullable: true, description: "Kontribusi: this realization / the parent office's realization x 100." })
  shareOfParent!: Percent | null;

  @Field(() => Amount, { nullable: true, description: "sum of the children's realizations, also where a recorded figure wins" })
  childrenRealization!: Amount | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "last date that the realization's data covers (posisi data)" })
  dataUntil!: string | null;
}
