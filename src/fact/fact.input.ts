import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { Segment } from '../metric/metric.model';
import { FactKind } from './fact.model';

@InputType('TargetInput', { description: 'A target for a whole year (month omitted) or for one month.' })
export class TargetInput {
  @Field(() => ID, {
    description:
      'Code of the office the figure belongs to, e.g. BANTEN (a Kanwil), PEKALONGAN (a Kantor Cabang), 33.75 (a kabupaten/kota) or NASIONAL.',
  })
  unit!: string;

  @Field(() => ID, { description: 'Metric code from the catalogue, e.g. IURAN, PESERTA_AKTIF.' })
  metric!: string;

  @Field(() => Segment, {
    nullable: true,
    description: 'Participant segment (PU, BPU, JAKON, PMI), only for metrics with segments; omitted for the total over all segments.',
  })
  segment?: Segment | null;

  @Field(() => Int, { description: 'The calendar year of the target, e.g. 2025.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 to 12 for a monthly target; omitted for the whole year.' })
  month?: number | null;

  @Field(() => DecimalScalar, {
    description:
      'The target as an exact decimal string: rupiah with at most 2 decimals ("137956000000.00"), counts whole ("22300"); never negative.',
  })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Why or where from, e.g. RKAT 2025; kept in the history.' })
  note?: string | null;
}

@InputType('RealizationInput', {
  description:
    'A realization (realisasi) as the office reports it: a flow (e.g. iuran of a month) over [periodStart, periodEnd] inside one year, or a stock position (e.g. peserta aktif) at one date, periodStart = periodEnd.',
})
export class RealizationInput {
  @Field(() => ID, {
    description:
      'Code of the office the figure belongs to, e.g. BANTEN (a Kanwil), PEKALONGAN (a Kantor Cabang), 33.75 (a kabupaten/kota) or NASIONAL.',
  })
  unit!: string;

  @Field(() => ID, { description: 'Metric code from the catalogue, e.g. IURAN, PESERTA_AKTIF.' })
  metric!: string;

  @Field(() => Segment, {
    nullable: true,
    description: 'Participant segment (PU, BPU, JAKON, PMI), only for metrics with segments; omitted for the total over all segments.',
  })
  segment?: Segment | null;

  @Field(() => LocalDateScalar, { description: 'First day the figure covers.' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day it covers; equal to periodStart for a stock (a position at that date).' })
  periodEnd!: string;

  @Field(() => DecimalScalar, {
    description:
      'The realization as an exact decimal string: rupiah with at most 2 decimals ("15250000000.00"), counts whole ("4120"); never negative.',
  })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Why or where from, e.g. laporan Januari; kept in the history.' })
  note?: string | null;
}

registerEnumType(FactKind, {
  name: 'FactKind',
  description: 'What a stored figure is: a target (what the office should reach) or a realization (realisasi: what it reported).',
  valuesConfig: {
    TARGET: { description: 'Target: set for a whole calendar year, or for one whole month of it.' },
    REALIZATION: {
      description:
        'Realisasi, as reported by the office: a flow over a span (e.g. iuran of a month), or a stock position at one date (e.g. peserta aktif on 31 Desember).',
    },
  },
});

@InputType('FactKeyInput', { description: 'One stored target or realization, by its natural key.' })
export class FactKeyInput {
  @Field(() => ID, { description: 'Code of the office the figure was recorded for.' })
  unit!: string;

  @Field(() => ID, { description: 'Metric code, e.g. IURAN.' })
  metric!: string;

  @Field(() => Segment, { nullable: true, description: 'Its segment (PU, BPU, JAKON, PMI); omitted for a total.' })
  segment?: Segment | null;

  @Field(() => FactKind, { description: 'TARGET or REALIZATION.' })
  kind!: FactKind;

  @Field(() => LocalDateScalar, { description: 'First day of its span, as stored (a target: 1 January or the first of its month).' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of its span, as stored (a stock: the same day as periodStart).' })
  periodEnd!: string;
}

@InputType('DeleteFactInput', {
  description: 'Deletes one target or realization; the note saying why is required and kept in the history.',
})
export class DeleteFactInput extends FactKeyInput {
  @Field(() => String, { description: 'Why the figure is deleted; required, and kept in the history with its last value.' })
  note!: string;
}
