/**
 * The report table and the time series: validation, then Performances from
 * the same rollup path as every other figure (one batched statement for all
 * the cells of a request).
 */
import { DateSpan, isValidDate, monthOf, monthSpan, quarterSpan, yearOf, yearSpan } from '../calendar/calendar';
import { InputError } from '../common/errors';
import { MetricDefinition, unitScale } from '../metric/metric.model';
import { checkSegment, metricByCode } from '../metric/metric.service';
import { levelDepth, OrgUnitRow } from '../org/org.model';
import { descendantsAt } from '../org/org.repository';
import { RequestContext } from '../request/context';
import { amountOf } from '../rollup/performance.math';
import { buildPerformance, performanceOf, sourceOf } from '../rollup/performance.service';
import { resolvePeriod } from '../rollup/period';
import { Granularity, ReportData, ReportRequest, ReportRowData, SeriesPointData, SeriesRequest } from './report.model';
import { ReportSortField, sortRows, SortDirection } from './report.sort';

export const MAX_REPORT_METRICS = 10;
export const MAX_SERIES_YEARS = 10;

async function readableUnit(ctx: RequestContext, code: string, field: string): Promise<OrgUnitRow> {
  // the scope first: outside it, FORBIDDEN whether or not the code exists
  await ctx.access.assertRead(code);
  const unit = await ctx.loaders.unit.load(code);
  if (!unit) throw new InputError(`unknown office code ${JSON.stringify(code)}`, field);
  return unit;
}

export async function buildReport(ctx: RequestContext, input: ReportRequest): Promise<ReportData> {
  const span = resolvePeriod(input.period, 'period');
  const parent = await readableUnit(ctx, input.parent, 'parent');
  if (levelDepth(input.level) <= levelDepth(parent.level)) {
    throw new InputError(`level must be a level below ${parent.code} (${parent.level}), got ${input.level}`, 'level');
  }
  if (input.metrics.length < 1 || input.metrics.length > MAX_REPORT_METRICS) {
    throw new InputError(`a report has 1 to ${MAX_REPORT_METRICS} metrics, got ${input.metrics.length}`, 'metrics');
  }
  const duplicate = input.metrics.find((m, i) => input.metrics.indexOf(m) !== i);
  if (duplicate) throw new InputError(`metric ${duplicate} is asked twice`, 'metrics');
  const catalogue = await ctx.loaders.metrics();
  const metrics: MetricDefinition[] = input.metrics.map((code, i) => metricByCode(catalogue, code, `metrics[${i}]`));
  const field = input.sort?.field ?? ReportSortField.ACHIEVEMENT;
  const direction = input.sort?.direction ?? SortDirection.DESC;
  const sortMetric = input.sort?.metric ?? input.metrics[0];
  const metricIndex = input.metrics.indexOf(sortMetric);
  if (metricIndex < 0 && field !== ReportSortField.CODE && field !== ReportSortField.NAME) {
    throw new InputError(`sort.metric must be one of the report's metrics (${input.metrics.join(', ')}), got ${sortMetric}`, 'sort.metric');
  }

  const units = await descendantsAt(ctx.em, parent.code, input.level);
  const [cells, totals] = await Promise.all([
    Promise.all(units.map((u) => Promise.all(metrics.map((m) => performanceOf(ctx, u, m, null, span))))),
    Promise.all(metrics.map((m) => performanceOf(ctx, parent, m, null, span))),
  ]);
  const rows = units.map((u, i) => ({ code: u.code, name: u.name, unit: u, cells: cells[i] }));
  const ranked: ReportRowData[] = sortRows(rows, { metricIndex: Math.max(metricIndex, 0), field, direction }).map((r, i) => ({
    unit: r.unit,
    rank: i + 1,
    cells: r.cells,
  }));
  return {
    parent,
    period: span,
    metrics,
    rows: input.status ? ranked.filter((r) => r.cells[0].status === input.status) : ranked,
    totals,
    status: input.status ?? null,
  };
}

/** The whole months, quarters or years from the one holding `from` to the one holding `to`. */
export function seriesPeriods(granularity: Granularity, from: string, to: string): DateSpan[] {
  const out: DateSpan[] = [];
  const y0 = yearOf(from);
  const y1 = yearOf(to);
  const m0 = monthOf(from);
  const m1 = monthOf(to);
  for (let y = y0; y <= y1; y++) {
    if (granularity === Granularity.YEAR) out.push(yearSpan(y));
    else if (granularity === Granularity.QUARTER) {
      for (let q = 1; q <= 4; q++) {
        if ((y === y0 && q < Math.ceil(m0 / 3)) || (y === y1 && q > Math.ceil(m1 / 3))) continue;
        out.push(quarterSpan(y, q));
      }
    } else {
      for (let m = 1; m <= 12; m++) {
        if ((y === y0 && m < m0) || (y === y1 && m > m1)) continue;
        out.push(monthSpan(y, m));
      }
    }
  }
  return out;
}

export async function buildSeries(ctx: RequestContext, input: SeriesRequest): Promise<SeriesPointData[]> {
  for (const f of ['from', 'to'] as const) {
    if (!isValidDate(input[f])) throw new InputError(`${f} must be a date YYYY-MM-DD, got ${JSON.stringify(input[f])}`, f);
  }
  if (input.to < input.from) throw new InputError(`to (${input.to}) is before from (${input.from})`, 'to');
  const years = yearOf(input.to) - yearOf(input.from) + 1;
  if (years > MAX_SERIES_YEARS) throw new InputError(`a series covers at most ${MAX_SERIES_YEARS} calendar years, got ${years}`, 'to');
  // the office and the metric catalogue at once (one round trip less); the office's errors first
  const [unit, catalogue] = await Promise.all([readableUnit(ctx, input.unit, 'unit'), ctx.loaders.metrics()]);
  const metric = metricByCode(catalogue, input.metric);
  const segment = checkSegment(metric, input.segment);
  const points = seriesPeriods(input.granularity, input.from, input.to);
  const rows = await ctx.loaders.series({
    unit: unit.code,
    metric: metric.code,
    aggregation: metric.timeAggregation,
    scale: unitScale(metric.unit),
    segment,
    granularity: DATE_TRUNC[input.granularity],
    points,
  });
  return points.map((span, i) => {
    const row = rows[i];
    if (row?.i !== i + 1) throw new Error(`the series statement gave no row for point ${i + 1}`);
    return {
      period: span,
      performance: buildPerformance(unit, metric, segment, span, row),
      cumulativeRealization: amountOf(row.ytd_realization, metric.unit, sourceOf(row.ytd_recorded)),
    };
  });
}

/** date_trunc's name for each granularity. */
const DATE_TRUNC = { [Granularity.MONTH]: 'month', [Granularity.QUARTER]: 'quarter', [Granularity.YEAR]: 'year' } as const;
