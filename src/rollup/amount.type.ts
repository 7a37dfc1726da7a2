import { Arg, Field, Int, ObjectType } from 'type-graphql';
import { formatAmount } from '../format';
import { AmountStyle, ValueSource } from '../graphql/enums';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { MetricUnit } from '../metric/metric.types';

@ObjectType('Amount', { description: 'An exact figure (rupiah, people or employers) in its unit, with where it came from (RECORDED or ROLLED_UP) and its Indonesian writings.' })
export class Amount {
  @Field(() => DecimalScalar, { description: 'The exact value: rupiah with two decimals ("4067826205816.00"), counts whole ("1510223").' })
  value!: string;

  @Field(() => MetricUnit, { description: "The unit of the value, the metric's unit: RUPIAH, ORANG or PERUSAHAAN." })
  unit!: MetricUnit;

  @Field(() => ValueSource, { description: 'By the rollup rule: RECORDED by the office itself (its own figure wins), or ROLLED_UP as the sum of its children or of its segments.' })
  source!: ValueSource;

  constructor(value: string, unit: MetricUnit, source: ValueSource) {
    this.value = value;
    this.unit = unit;
    this.source = source;
  }

  @Field(() => String, {
    description:
      'The value written the Indonesian way. fractionDigits (0 to 6) defaults to 2 for RUPIAH in FULL style, 0 for counts, 2 in SHORT/COMPACT (trailing zeros dropped there). withUnit adds "orang" or "perusahaan" to counts.',
  })
  formatted(
    @Arg('style', () => AmountStyle, { nullable: true, defaultValue: AmountStyle.FULL, description: 'FULL (Rp4.067.826.205.816,00), SHORT (Rp4,07 triliun), COMPACT (Rp4,07 T) or WORDS (terbilang).' }) style: AmountStyle | null,
    @Arg('fractionDigits', () => Int, { nullable: true, description: 'Decimals to show, 0 to 6 (rounded half away from zero); by default 2 for rupiah in FULL, 0 for counts, at most 2 in SHORT and COMPACT.' }) fractionDigits?: number | null,
    @Arg('withUnit', () => Boolean, { nullable: true, defaultValue: false, description: 'Append the unit word to counts: 1.510.223 orang.' })
    withUnit?: boolean | null,
  ): string {
    return formatAmount(this.value, this.unit, { style: style ?? AmountStyle.FULL, fractionDigits, withUnit: withUnit ?? false });
  }
}
