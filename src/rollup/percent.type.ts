import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PercentStyle } from '../format';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';
import { PercentFigure } from './performance.model';

registerEnumType(PercentStyle, {
  name: 'PercentStyle',
  description: 'How a percentage is written the Indonesian way. SYMBOL: 100,27%. WORD: 100,27 persen.',
  valuesConfig: {
    SYMBOL: { description: 'With the percent sign: 100,27%.' },
    WORD: { description: 'With the word persen, as in print: 100,27 persen.' },
  },
});

/** `formatted` is resolved in percent.resolver.ts. */
@ObjectType('Percent', {
  description: 'A percentage (capaian, kontribusi, growth), exact in percentage points, with its Indonesian writing.',
})
export class Percent implements PercentFigure {
  @Field(() => DecimalScalar, { description: 'Percentage points, exact to 4 decimals: "100.2718" means 100,2718%.' })
  value!: string;
}
