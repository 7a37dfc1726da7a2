import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateSpan } from '../calendar/calendar';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { Segment } from '../metric/metric.model';
import { Amount } from './amount.type';
import { Percent } from './percent.type';
import { Period } from './period.type';
import { AchievementStatus, AmountFigure, PercentFigure, PerformanceFigures } from './performance.model';

registerEnumType(AchievementStatus, {
  name: 'AchievementStatus',
  description: 'How the realization (realisasi) stands against the target of its period.',
  valuesConfig: {
    ACHIEVED: {
      description: 'The realization reaches the target of the period (the prorated target when the period is shorter than the year).',
    },
    BELOW_TARGET: { description: 'The realization is below the target of the period.' },
    NO_TARGET: { description: 'There is a realization but no target.' },
    NO_DATA: { description: 'No realization was reported for the period.' },
  },
});

/**
 * One office's figures for one metric (and segment) over one period: the
 * GraphQL face of PerformanceFigures. `unit`, `metric`, `growth`,
 * `shareOfParent` and `history` are resolved in performance.resolver.ts
 * through the request's loaders, only when a query selects them.
 */
@ObjectType('Performance', {
  description:
    "How far an office is from its target for one metric over one period: realisasi, target, and the figures derived from them (capaian, selisih, kontribusi, growth). Every figure follows the one rollup rule (the office's own recorded figure wins, else the sum of its children's), and the derived ones come from those rolled-up sums, never from averages.",
})
export class Performance implements PerformanceFigures {
  unitCode!: string;
  parentCode!: string | null;
  metricCode!: string;

  @Field(() => Segment, {
    nullable: true,
    description: 'The participant segment (PU, BPU, JAKON, PMI) these figures are for, or null for the total over all segments.',
  })
  segment!: Segment | null;

  @Field(() => Period, {
    description:
      'The period the figures cover, with its first and last day and its label, e.g. Tahun 2024 or 1 Januari - 19 Desember 2019.',
  })
  period!: DateSpan;

  @Field(() => Amount, {
    nullable: true,
    description:
      "Realisasi: what was achieved in the period. Flows (iuran, new employers, new workers) add the spans inside the period; stocks (peserta aktif, perusahaan aktif) take each office's latest position in it. The office's own recorded figure wins, else the sum of its children's. Null when nothing was reported.",
  })
  realization!: AmountFigure | null;

  @Field(() => Amount, {
    nullable: true,
    description:
      "Target for the period's whole year (the year-end target for stocks): the office's own target if it set one, else the sum of its children's targets. Null when none was set.",
  })
  target!: AmountFigure | null;

  @Field(() => Amount, {
    nullable: true,
    description:
      'Target for the period itself (target prorata), when it is shorter than the year: the monthly targets of the period where they exist (a month cut by the period counts pro rata), else the yearly target x days in the period / days in the year for flows; stocks keep the year-end target. Equals target for a whole year.',
  })
  proratedTarget!: AmountFigure | null;

  @Field(() => Percent, {
    nullable: true,
    description: 'Capaian: realization / target (of the whole year) x 100, e.g. 100,27%. Null without a target or with a zero target.',
  })
  achievement!: PercentFigure | null;

  @Field(() => Percent, {
    nullable: true,
    description:
      'Capaian against the prorated target: realization / proratedTarget x 100, i.e. whether the office is on track for the period so far. Equals achievement for a whole year.',
  })
  proratedAchievement!: PercentFigure | null;

  @Field(() => Amount, {
    nullable: true,
    description:
      "Selisih: realization - target (of the whole year), in the metric's unit; negative below target. Null when either is missing.",
  })
  gap!: AmountFigure | null;

  @Field(() => AchievementStatus, {
    description:
      'ACHIEVED when the realization reaches the target of the period (the prorated target, or the target for a whole year), else BELOW_TARGET; NO_TARGET or NO_DATA when one is missing.',
  })
  status!: AchievementStatus;

  @Field(() => Amount, {
    nullable: true,
    description:
      "The sum of the children's realizations, also where the office's own recorded figure wins: for reconciling a recorded figure with the offices below. Null for a kabupaten/kota or when the children reported nothing.",
  })
  childrenRealization!: AmountFigure | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Posisi data: the last date the realization's data covers, e.g. 2019-12-19. Null when nothing was reported.",
  })
  dataUntil!: string | null;
}
