/**
 * The rollup read model's plain results (docs/domain.md §4-§6): what the
 * services compute and the GraphQL types describe. Exact decimal strings only.
 */
import { DateSpan } from '../calendar/calendar';
import { MetricUnit, Segment } from '../metric/metric.model';

/** Where a figure came from, by the one rollup rule. */
export enum ValueSource {
  RECORDED = 'RECORDED',
  ROLLED_UP = 'ROLLED_UP',
}

export enum AchievementStatus {
  ACHIEVED = 'ACHIEVED',
  BELOW_TARGET = 'BELOW_TARGET',
  NO_TARGET = 'NO_TARGET',
  NO_DATA = 'NO_DATA',
}

/** An exact figure in its unit: rupiah with two decimals, counts whole. */
export interface AmountFigure {
  value: string;
  unit: MetricUnit;
  source: ValueSource;
}

/** Percentage points, exact to 4 decimals: "100.2718". */
export interface PercentFigure {
  value: string;
}

/** One office's figures for one metric (and segment) over one period. */
export interface PerformanceFigures {
  unitCode: string;
  /** The office above, for the share of parent; null at the root. */
  parentCode: string | null;
  metricCode: string;
  segment: Segment | null;
  period: DateSpan;
  realization: AmountFigure | null;
  target: AmountFigure | null;
  proratedTarget: AmountFigure | null;
  achievement: PercentFigure | null;
  proratedAchievement: PercentFigure | null;
  gap: AmountFigure | null;
  status: AchievementStatus;
  childrenRealization: AmountFigure | null;
  dataUntil: string | null;
}
