import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateSpan } from '../calendar/calendar';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { PeriodSpec } from './period';

@InputType('PeriodInput', {
  description:
    'A reporting period inside one calendar year. {year} is the whole year; {year, month} one month; {year, quarter} one quarter; {year, until} runs from 1 January to `until` (year to date). At most one of month, quarter, until.',
})
export class PeriodInput implements PeriodSpec {
  @Field(() => Int, { description: 'The calendar year, e.g. 2024.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 (Januari) to 12 (Desember).' })
  month?: number | null;

  @Field(() => Int, { nullable: true, description: 'Triwulan 1 to 4.' })
  quarter?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Year to date: from 1 January to this date, inside the year.' })
  until?: string | null;
}

/** `label` is resolved in period.resolver.ts. */
@ObjectType('Period', {
  description: 'The reporting period the figures cover, first and last day both included, with its Indonesian label.',
})
export class Period implements DateSpan {
  @Field(() => LocalDateScalar, { description: 'First day of the period, e.g. 2019-01-01.' })
  start!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included, e.g. 2019-12-19 for a year to date.' })
  end!: string;
}
