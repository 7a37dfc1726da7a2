import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { formatPercent, PercentStyle } from '../format';
import { Percent } from './percent.type';
import { PercentFigure } from './performance.model';

@Resolver(() => Percent)
export class PercentResolver {
  @FieldResolver(() => String, { description: 'Written the Indonesian way: 100,27% or 100,27 persen; signed gives +15,00% and -3,10%.' })
  formatted(
    @Root() percent: PercentFigure,
    @Arg('style', () => PercentStyle, {
      nullable: true,
      defaultValue: PercentStyle.SYMBOL,
      description: 'SYMBOL (100,27%) or WORD (100,27 persen).',
    })
    style: PercentStyle | null,
    @Arg('fractionDigits', () => Int, {
      nullable: true,
      defaultValue: 2,
      description: 'Decimals to show, 0 to 6, rounded half away from zero.',
    })
    fractionDigits: number | null,
    @Arg('signed', () => Boolean, { nullable: true, defaultValue: false, description: 'Always show the sign, as for growth.' })
    signed: boolean | null,
  ): string {
    return formatPercent(percent.value, {
      style: style ?? PercentStyle.SYMBOL,
      fractionDigits: fractionDigits ?? 2,
      signed: signed ?? false,
    });
  }
}
