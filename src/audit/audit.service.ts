/** Reading the audit trail: how much history one request may ask for, and a change as the API shows it. */
import { InputError } from '../common/errors';
import { MetricUnit, Segment } from '../metric/metric.model';
import { amountOf } from '../rollup/performance.math';
import { AmountFigure, ValueSource } from '../rollup/performance.model';
import { AuditAction } from './audit.entity';
import { ChangeRow } from './audit.repository';

export const DEFAULT_HISTORY_LIMIT = 50;
export const MAX_HISTORY = 500;

/** The number of changes to return, or the user error that it is out of range. */
export function historyLimit(limit: number | null | undefined): number {
  const n = limit ?? DEFAULT_HISTORY_LIMIT;
  if (!Number.isInteger(n) || n < 1 || n > MAX_HISTORY)
    throw new InputError(`limit must be a whole number from 1 to ${MAX_HISTORY}, got ${n}`, 'limit');
  return n;
}

/** One change of a stored target or realization. */
export interface ChangeRecord {
  id: string;
  action: AuditAction;
  unit: string;
  metric: string;
  segment: Segment | null;
  kind: string;
  periodStart: string;
  periodEnd: string;
  oldValue: AmountFigure | null;
  newValue: AmountFigure | null;
  note: string | null;
  actor: string;
  requestId: string | null;
  /** ISO 8601 instant. */
  at: string;
}

export function toFactChange(row: ChangeRow): ChangeRecord {
  const unit = row.metric_unit as MetricUnit;
  return {
    id: row.id,
    action: row.action as AuditAction,
    unit: row.unit_code,
    metric: row.metric_code,
    segment: row.segment as Segment | null,
    kind: row.kind,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    oldValue: amountOf(row.old_value, unit, ValueSource.RECORDED),
    newValue: amountOf(row.new_value, unit, ValueSource.RECORDED),
    note: row.note,
    actor: row.actor,
    requestId: row.request_id,
    at: new Date(row.at).toISOString(),
  };
}
