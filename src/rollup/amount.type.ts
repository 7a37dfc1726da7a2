import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { FigureStyle } from '../format';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { MetricUnit } from '../metric/metric.model';
import { AmountFigure, ValueSource } from './performance.model';

registerEnumType(ValueSource, {
  name: 'ValueSource',
  description: "Where a figure came from, by the rollup rule: an office's own recorded figure wins over the sum of its children.",
  valuesConfig: {
    RECORDED: { description: 'The office recorded this figure itself; it wins over the sum of its children.' },
    ROLLED_UP: { description: "Summed: from the children's figures, or from the office's own segments when it recorded no total." },
  },
});

registerEnumType(FigureStyle, {
  name: 'AmountStyle',
  description:
    'How an amount is written the Indonesian way. FULL: Rp4.067.826.205.816,00 / 1.510.223. SHORT: Rp4,07 triliun / 1,51 juta. COMPACT: Rp4,07 T / 1,51 jt. WORDS: terbilang.',
  valuesConfig: {
    FULL: { description: 'Every digit, grouped the Indonesian way: Rp4.067.826.205.816,00, 1.510.223.' },
    SHORT: { description: 'For the press, with a scale word: Rp4,07 triliun, Rp146,31 miliar, 2,93 juta.' },
    COMPACT: { description: 'For dashboards: Rp4,07 T, Rp146,31 M (M is miliar), 1,51 jt.' },
    WORDS: { description: 'In words (terbilang), as printed on receipts: empat triliun ... rupiah.' },
  },
});

/** `formatted` is resolved in amount.resolver.ts. */
@ObjectType('Amount', {
  description:
    'An exact figure (rupiah, people or employers) in its unit, with where it came from (RECORDED or ROLLED_UP) and its Indonesian writings.',
})
export class Amount implements AmountFigure {
  @Field(() => DecimalScalar, { description: 'The exact value: rupiah with two decimals ("4067826205816.00"), counts whole ("1510223").' })
  value!: string;

  @Field(() => MetricUnit, { description: "The unit of the value, the metric's unit: RUPIAH, ORANG or PERUSAHAAN." })
  unit!: MetricUnit;

  @Field(() => ValueSource, {
    description:
      'By the rollup rule: RECORDED by the office itself (its own figure wins), or ROLLED_UP as the sum of its children or of its segments.',
  })
  source!: ValueSource;
}
