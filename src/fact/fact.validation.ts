/**
 * Row-level validation of facts (docs/domain.md §3), pure: every invalid row
 * is reported, not only the first. Checks that need the database (overlap
 * with stored facts) live in fact.service.ts.
 */
import { isValidDate, isWholeMonth, isWholeYear, MAX_YEAR, MIN_YEAR, yearOf } from '../calendar/calendar';
import { UserErrorCode, UserErrorInfo } from '../common/user-error';
import { dec, DecimalFormatError } from '../decimal/decimal';
import { ALL_SEGMENTS, MetricDefinition, MetricUnit, TimeAggregation, unitScale } from '../metric/metric.model';
import { FactInput, FactKind } from './fact.model';

export interface ValidationContext {
  units: ReadonlySet<string>;
  metrics: ReadonlyMap<string, MetricDefinition>;
  /** 'YYYY-MM-DD' of today in Asia/Jakarta: flows may not end after it. */
  today: string;
  /** Characters a note may have (MAX_NOTE_LENGTH). */
  maxNoteLength: number;
}

/** The longest note a figure may carry, in characters. */

function err(index: number, field: string, code: UserErrorCode, message: string): UserErrorInfo {
  return { index, field, code, message };
}

export function validateRow(row: FactInput, index: number, ctx: ValidationContext): UserErrorInfo[] {
  const errors: UserErrorInfo[] = [];
  if (!ctx.units.has(row.unit)) errors.push(err(index, 'unit', 'UNKNOWN_UNIT', `unknown office code ${JSON.stringify(row.unit)}`));
  const metric = ctx.metrics.get(row.metric);
  if (!metric) {
    errors.push(
      err(
        index,
        'metric',
        'UNKNOWN_METRIC',
        `unknown metric ${JSON.stringify(row.metric)}; valid codes: ${[...ctx.metrics.keys()].join(', ')}`,
      ),
    );
  }
  if (row.segment != null) {
    if (!(ALL_SEGMENTS as readonly string[]).includes(row.segment)) {
      errors.push(
        err(index, 'segment', 'UNKNOWN_SEGMENT', `unknown segment ${JSON.stringify(row.segment)}; valid: ${ALL_SEGMENTS.join(', ')}`),
      );
    } else if (metric && !(metric.segments as string[]).includes(row.segment)) {
      errors.push(err(index, 'segment', 'SEGMENT_NOT_ALLOWED', `metric ${metric.code} has no segments; leave segment empty`));
    }
  }
  try {
    const v = dec(row.value);
    if (v.units < 0n) errors.push(err(index, 'value', 'NEGATIVE_VALUE', `value must not be negative, got ${row.value}`));
    if (metric) {
      const allowed = unitScale(metric.unit);
      const significant = row.value.includes('.') ? row.value.split('.')[1].replace(/0+$/, '').length : 0;
      if (significant > allowed) {
        errors.push(
          err(
            index,
            'value',
            'TOO_MANY_DECIMALS',
            metric.unit === MetricUnit.RUPIAH
              ? `rupiah carry at most 2 decimals (sen), got ${row.value}`
              : `${metric.code} counts whole ${metric.unit.toLowerCase()}, got ${row.value}`,
          ),
        );
      }
    }
    if (v.units >= 10n ** 22n * 10n ** BigInt(v.scale)) {
      errors.push(err(index, 'value', 'VALUE_TOO_LARGE', `value must be below 10^22, got ${row.value}`));
    }
  } catch (e) {
    if (!(e instanceof DecimalFormatError)) throw e;
    errors.push(
      err(index, 'value', 'INVALID_VALUE', `value must be a plain decimal such as 4067826205816.00, got ${JSON.stringify(row.value)}`),
    );
  }
  const startOk = isValidDate(row.periodStart);
  const endOk = isValidDate(row.periodEnd);
  if (!startOk)
    errors.push(err(index, 'periodStart', 'INVALID_DATE', `periodStart must be a date YYYY-MM-DD, got ${JSON.stringify(row.periodStart)}`));
  if (!endOk)
    errors.push(err(index, 'periodEnd', 'INVALID_DATE', `periodEnd must be a date YYYY-MM-DD, got ${JSON.stringify(row.periodEnd)}`));
  if (row.note != null && row.note.length > ctx.maxNoteLength) {
    errors.push(err(index, 'note', 'NOTE_TOO_LONG', `a note has at most ${ctx.maxNoteLength} characters, got ${row.note.length}`));
  }
  if (!startOk || !endOk) return errors;
  // the years the reads accept (docs/domain.md §5), so that nothing is written that cannot be read
  for (const f of ['periodStart', 'periodEnd'] as const) {
    const y = yearOf(row[f]);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      errors.push(err(index, f, 'INVALID_YEAR', `${f} must lie in the years ${MIN_YEAR} to ${MAX_YEAR}, got ${row[f]}`));
      return errors;
    }
  }
  if (row.periodEnd < row.periodStart) {
    errors.push(err(index, 'periodEnd', 'INVALID_SPAN', `periodEnd ${row.periodEnd} is before periodStart ${row.periodStart}`));
    return errors;
  }
  if (row.kind === FactKind.TARGET) {
    const span = { start: row.periodStart, end: row.periodEnd };
    if (!isWholeYear(span) && !isWholeMonth(span)) {
      errors.push(
        err(
          index,
          'periodStart',
          'TARGET_NOT_YEAR_OR_MONTH',
          `a target covers a whole year or a whole month, got ${row.periodStart} to ${row.periodEnd}`,
        ),
      );
    }
  } else if (metric) {
    if (metric.timeAggregation === TimeAggregation.LAST && row.periodStart !== row.periodEnd) {
      errors.push(
        err(
          index,
          'periodEnd',
          'STOCK_NOT_A_POSITION',
          `${metric.code} is a stock: a realization is a position at one date (periodStart = periodEnd), got ${row.periodStart} to ${row.periodEnd}`,
        ),
      );
    }
    if (yearOf(row.periodStart) !== yearOf(row.periodEnd)) {
      errors.push(
        err(
          index,
          'periodEnd',
          'SPAN_CROSSES_YEAR',
          `a realization lies inside one calendar year, got ${row.periodStart} to ${row.periodEnd}`,
        ),
      );
    }
    if (row.periodEnd > ctx.today) {
      errors.push(err(index, 'periodEnd', 'SPAN_IN_FUTURE', `a realization cannot end after today (${ctx.today}), got ${row.periodEnd}`));
    }
  }
  return errors;
}

function seriesKey(r: FactInput): string {
  return `${r.unit}\u0000${r.metric}\u0000${r.segment ?? ''}\u0000${r.kind}`;
}

/**
 * Rows of one batch that repeat a span or whose realization spans overlap
 * each other. Each conflict is reported on the later row, naming the other.
 */
export function batchConflicts(rows: readonly FactInput[]): UserErrorInfo[] {
  const bySeries = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = seriesKey(r);
    const list = bySeries.get(k);
    if (list) list.push(i);
    else bySeries.set(k, [i]);
  });
  const errors: UserErrorInfo[] = [];
  for (const indexes of bySeries.values()) {
    if (indexes.length < 2) continue;
    const sorted = [...indexes].sort(
      (a, b) => rows[a].periodStart.localeCompare(rows[b].periodStart) || rows[a].periodEnd.localeCompare(rows[b].periodEnd) || a - b,
    );
    let reach = sorted[0];
    for (const i of sorted.slice(1)) {
      const r = rows[i];
      const other = rows[reach];
      if (r.periodStart === other.periodStart && r.periodEnd === other.periodEnd) {
        errors.push(
          err(
            i,
            'periodStart',
            'DUPLICATE_ROW',
            `row ${reach} of this batch has the same office, metric, segment and span ${other.periodStart} to ${other.periodEnd}`,
          ),
        );
      } else if (r.kind === FactKind.REALIZATION && r.periodStart <= other.periodEnd) {
        errors.push(
          err(
            i,
            'periodStart',
            'OVERLAP',
            `span ${r.periodStart} to ${r.periodEnd} overlaps ${other.periodStart} to ${other.periodEnd} of row ${reach} of this batch`,
          ),
        );
      }
      if (r.periodEnd > rows[reach].periodEnd) reach = i;
    }
  }
  return errors;
}
