import { Arg, Field, Int, ObjectType } from 'type-graphql';
import { formatPercent } from '../format';
import { PercentStyle } from '../graphql/enums';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';

@ObjectType('Percent', { description: 'A percentage (capaian, kontribusi, growth), exact in percentage points, with its Indonesian writing.' })
export class Percent {
  @Field(() => DecimalScalar, { description: 'Percentage points, exact to 4 decimals: "100.2718" means 100,2718%.' })
  value!: string;

  constructor(value: string) {
    this.value = value;
  }

  @Field(() => String, { description: 'Written the Indonesian way: 100,27% or 100,27 persen; signed gives +15,00% and -3,10%.' })
  formatted(
    @Arg('style', () => PercentStyle, { nullable: true, defaultValue: PercentStyle.SYMBOL, description: 'SYMBOL (100,27%) or WORD (100,27 persen).' }) style: PercentStyle | null,
    @Arg('fractionDigits', () => Int, { nullable: true, defaultValue: 2, description: 'Decimals to show, 0 to 6, rounded half away from zero.' }) fractionDigits: number | null,
    @Arg('signed', () => Boolean, { nullable: true, defaultValue: false, description: 'Always show the sign, as for growth.' }) signed: boolean | null,
  ): string {
    return formatPercent(this.value, { style: style ?? PercentStyle.SYMBOL, fractionDigits: fractionDigits ?? 2, signed: signed ?? false });
  }
}
