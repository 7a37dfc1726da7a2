import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../request/context';
import { ReportData, SeriesPointData } from './report.model';
import { buildReport, buildSeries } from './report.service';
import { Report, ReportInput, SeriesInput, SeriesPoint } from './report.type';

@Resolver()
export class ReportResolver {
  @Query(() => Report, {
    description:
      "A table for report generators: the offices at one level below a parent, each with realization, target, achievement, gap and status per metric (raw and formatted), sorted and ranked, with the parent's own figures as totals.",
  })
  report(
    @Arg('input', () => ReportInput, {
      description: 'The parent, the level of the rows, the metrics, the period, and optionally the sort and a status filter.',
    })
    input: ReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportData> {
    return buildReport(ctx, input);
  }

  @Query(() => [SeriesPoint], {
    description:
      'A time series for trend charts: one point per month, quarter or year, with figures and the year-to-date realization. Points without data are there, with status NO_DATA.',
  })
  series(
    @Arg('input', () => SeriesInput, { description: 'The office, metric, optional segment, granularity and date range (up to 10 years).' })
    input: SeriesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SeriesPointData[]> {
    return buildSeries(ctx, input);
  }
}
