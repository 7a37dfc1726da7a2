import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { FigureStyle, formatAmount } from '../format';
import { Amount } from './amount.type';
import { AmountFigure } from './performance.model';

@Resolver(() => Amount)
export class AmountResolver {
  @FieldResolver(() => String, {
    description:
      'The value written the Indonesian way. fractionDigits (0 to 6) defaults to 2 for RUPIAH in FULL style, 0 for counts, 2 in SHORT/COMPACT (trailing zeros dropped there). withUnit adds "orang" or "perusahaan" to counts.',
  })
  formatted(
    @Root() amount: AmountFigure,
    @Arg('style', () => FigureStyle, {
      nullable: true,
      defaultValue: FigureStyle.FULL,
      description: 'FULL (Rp4.067.826.205.816,00), SHORT (Rp4,07 triliun), COMPACT (Rp4,07 T) or WORDS (terbilang).',
    })
    style: FigureStyle | null,
    @Arg('fractionDigits', () => Int, {
      nullable: true,
      description:
        'Decimals to show, 0 to 6 (rounded half away from zero); by default 2 for rupiah in FULL, 0 for counts, at most 2 in SHORT and COMPACT.',
    })
    fractionDigits?: number | null,
    @Arg('withUnit', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Append the unit word to counts: 1.510.223 orang.',
    })
    withUnit?: boolean | null,
  ): string {
    return formatAmount(amount.value, amount.unit, { style: style ?? FigureStyle.FULL, fractionDigits, withUnit: withUnit ?? false });
  }
}
