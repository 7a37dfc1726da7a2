/** Report tables and time series, as the services build them. */
import { DateSpan } from '../calendar/calendar';
import { MetricDefinition, Segment } from '../metric/metric.model';
import { OrgLevel, OrgUnitRow } from '../org/org.model';
import { AchievementStatus, AmountFigure, PerformanceFigures } from '../rollup/performance.model';
import { PeriodSpec } from '../rollup/period';
import { ReportSortField, SortDirection } from './report.sort';

export enum Granularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export interface ReportRequest {
  parent: string;
  level: OrgLevel;
  metrics: string[];
  period: PeriodSpec;
  sort?: { metric?: string | null; field: ReportSortField; direction?: SortDirection | null } | null;
  status?: AchievementStatus | null;
}

export interface ReportRowData {
  unit: OrgUnitRow;
  rank: number;
  cells: PerformanceFigures[];
}

export interface ReportData {
  parent: OrgUnitRow;
  period: DateSpan;
  metrics: MetricDefinition[];
  rows: ReportRowData[];
  totals: PerformanceFigures[];
  /** The status the rows were filtered by (of their first metric), if any. */
  status: AchievementStatus | null;
}

export interface SeriesRequest {
  unit: string;
  metric: string;
  segment?: Segment | null;
  granularity: Granularity;
  from: string;
  to: string;
}

export interface SeriesPointData {
  period: DateSpan;
  performance: PerformanceFigures;
  cumulativeRealization: AmountFigure | null;
}
