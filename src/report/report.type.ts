import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateSpan } from '../calendar/calendar';
import { LocalDateScalar } from '../graphql/scalars/local-date.scalar';
import { MetricDefinition, Segment } from '../metric/metric.model';
import { Metric } from '../metric/metric.type';
import { OrgLevel, OrgUnitRow } from '../org/org.model';
import { OrgUnit } from '../org/org-unit.type';
import { Amount } from '../rollup/amount.type';
import { AchievementStatus, AmountFigure, PerformanceFigures } from '../rollup/performance.model';
import { Performance } from '../rollup/performance.type';
import { Period, PeriodInput } from '../rollup/period.type';
import { Granularity, ReportData, ReportRequest, ReportRowData, SeriesPointData, SeriesRequest } from './report.model';
import { ReportSortField, SortDirection } from './report.sort';

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'The order of a sorted column.',
  valuesConfig: { ASC: { description: 'Smallest first (A to Z).' }, DESC: { description: 'Largest first (Z to A).' } },
});

registerEnumType(ReportSortField, {
  name: 'ReportSortField',
  description: 'The column a report is sorted by. Offices without a value come last; the office code breaks ties.',
  valuesConfig: {
    REALIZATION: { description: 'Realisasi of the sort metric.' },
    TARGET: { description: 'Target of the sort metric.' },
    ACHIEVEMENT: { description: 'Capaian (realization / target) of the sort metric.' },
    GAP: { description: 'Selisih (realization - target) of the sort metric.' },
    CODE: { description: 'The office code.' },
    NAME: { description: 'The office name, in Indonesian alphabetical order.' },
  },
});

registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'The length of each point of a time series.',
  valuesConfig: {
    MONTH: { description: 'One point per calendar month (Januari 2024).' },
    QUARTER: { description: 'One point per triwulan (Triwulan I 2024).' },
    YEAR: { description: 'One point per calendar year (Tahun 2024).' },
  },
});

@InputType('ReportSort', { description: 'How the rows of a report are sorted.' })
export class ReportSortInput {
  @Field(() => ID, { nullable: true, description: 'the metric whose column sorts the rows; omitted for CODE and NAME' })
  metric?: string | null;

  @Field(() => ReportSortField, { description: 'The column.' })
  field!: ReportSortField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.DESC,
    description: 'DESC (largest first) unless told otherwise.',
  })
  direction?: SortDirection | null;
}

@InputType('ReportInput', {
  description: 'A table for print: the offices at one level below a parent office, with their figures for some metrics over one period.',
})
export class ReportInput implements ReportRequest {
  @Field(() => ID, { description: 'the office whose descendants are the rows' })
  parent!: string;

  @Field(() => OrgLevel, { description: "the level of the rows: a level below the parent's" })
  level!: OrgLevel;

  @Field(() => [ID], { description: 'Metric codes, one cell per row each, in this order (1 to 10).' })
  metrics!: string[];

  @Field(() => PeriodInput, { description: 'The reporting period.' })
  period!: PeriodInput;

  @Field(() => ReportSortInput, { nullable: true, description: "The sort; by default the first metric's achievement, highest first." })
  sort?: ReportSortInput | null;

  @Field(() => AchievementStatus, { nullable: true, description: 'keep only rows whose first metric has this status' })
  status?: AchievementStatus | null;
}

@ObjectType('ReportRow', { description: 'One office of a report.' })
export class ReportRow implements ReportRowData {
  @Field(() => OrgUnit, { description: 'The office.' })
  unit!: OrgUnitRow;

  @Field(() => Int, { description: '1-based position after sorting (among all the offices of the level, before the status filter)' })
  rank!: number;

  @Field(() => [Performance], { description: 'one per requested metric, in the order asked' })
  cells!: PerformanceFigures[];
}

@ObjectType('Report', { description: "A report table: rows, and the parent office's own figures as totals." })
export class Report implements ReportData {
  @Field(() => OrgUnit, { description: 'The office the report is about.' })
  parent!: OrgUnitRow;

  @Field(() => Period, { description: 'The reporting period.' })
  period!: DateSpan;

  @Field(() => [Metric], { description: 'The metrics of the columns, in order.' })
  metrics!: MetricDefinition[];

  @Field(() => [ReportRow], { description: 'The offices, sorted, filtered by status when asked.' })
  rows!: ReportRow[];

  @Field(() => [Performance], {
    description:
      "the parent's own figures for each metric: its rollup by the one rule, which is the sum of its children unless it recorded its own",
  })
  totals!: PerformanceFigures[];

  /** The status filter the rows went through (the exports say so); not in the schema: the caller sent it. */
  status!: AchievementStatus | null;
}

@InputType('SeriesInput', { description: 'A time series of one office and one metric, for trend charts: up to 10 years.' })
export class SeriesInput implements SeriesRequest {
  @Field(() => ID, { description: 'Office code.' })
  unit!: string;

  @Field(() => ID, { description: 'Metric code.' })
  metric!: string;

  @Field(() => Segment, { nullable: true, description: 'Only for metrics with segments; omitted for the total.' })
  segment?: Segment | null;

  @Field(() => Granularity, { description: 'Months, quarters or years.' })
  granularity!: Granularity;

  @Field(() => LocalDateScalar, { description: 'The first point is the month, quarter or year holding this date.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'The last point is the month, quarter or year holding this date.' })
  to!: string;
}

@ObjectType('SeriesPoint', { description: 'One point of a time series. A point without data is there, with status NO_DATA.' })
export class SeriesPoint implements SeriesPointData {
  @Field(() => Period, { description: "The point's month, quarter or year, with its label." })
  period!: DateSpan;

  @Field(() => Performance, { description: "The office's figures for that period: flows summed within it, stocks at their position." })
  performance!: PerformanceFigures;

  @Field(() => Amount, { nullable: true, description: "realization from 1 January of the point's year to the point's end" })
  cumulativeRealization!: AmountFigure | null;
}
