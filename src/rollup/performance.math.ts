/**
 * Derived figures (docs/domain.md §6), each computed from rolled-up sums
 * (never averaged), on exact decimals. Pure functions: no database, no GraphQL.
 */
import { cmp, dec, Dec, div, isZero, mul, round, sub, toPlain } from '../decimal/decimal';
import { MetricUnit, unitScale } from '../metric/metric.model';
import { AchievementStatus, AmountFigure, ValueSource } from './performance.model';

/** Percentage points are kept to 4 decimals ("100.2718"), rounded half away from zero. */
export const PERCENT_SCALE = 4;
const HUNDRED = dec('100');

/** part / whole x 100, or null when either is missing or whole is zero. */
export function percentOf(part: string | null, whole: string | null): string | null {
  if (part === null || whole === null) return null;
  const w = dec(whole);
  if (isZero(w)) return null;
  return toPlain(div(mul(dec(part), HUNDRED), w, PERCENT_SCALE));
}

/** Capaian: realization / target x 100. None without a target or with a zero target. */
export function achievement(realization: string | null, target: string | null): string | null {
  return percentOf(realization, target);
}

/** Selisih: realization - target, in the metric's scale. */
export function gap(realization: string | null, target: string | null, scale: number): string | null {
  if (realization === null || target === null) return null;
  const g: Dec = sub(dec(realization), dec(target));
  return toPlain(round(g, Math.max(scale, g.scale)));
}

/** Growth against the same period one year earlier: (now - before) / before x 100. */
export function growth(now: string | null, before: string | null): string | null {
  if (now === null || before === null) return null;
  const b = dec(before);
  if (isZero(b)) return null;
  return toPlain(div(mul(sub(dec(now), b), HUNDRED), b, PERCENT_SCALE));
}

/**
 * ACHIEVED when the realization reaches the target of the period (the
 * prorated target for a period shorter than the year); NO_DATA without a
 * realization; NO_TARGET without a target.
 */
export function status(realization: string | null, periodTarget: string | null): AchievementStatus {
  if (realization === null) return AchievementStatus.NO_DATA;
  if (periodTarget === null) return AchievementStatus.NO_TARGET;
  return cmp(dec(realization), dec(periodTarget)) >= 0 ? AchievementStatus.ACHIEVED : AchievementStatus.BELOW_TARGET;
}

/** Digits with exactly `scale` decimals and no sign or leading zero (PostgreSQL's numeric text at that scale). */
function isAtScale(value: string, scale: number): boolean {
  const dot = value.indexOf('.');
  const whole = dot === -1 ? value.length : dot;
  if (whole === 0 || (whole > 1 && value.charCodeAt(0) === 48)) return false;
  if (scale === 0 ? dot !== -1 : dot === -1 || value.length - dot - 1 !== scale) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (i !== dot && (c < 48 || c > 57)) return false;
  }
  return true;
}

/** A value normalised to the metric's scale: "146309000000" -> "146309000000.00" for rupiah. */
export function atScale(value: string | null, scale: number): string | null {
  if (value === null) return null;
  if (isAtScale(value, scale)) return value;
  const d = dec(value);
  if (d.scale <= scale) return toPlain(round(d, scale));
  // numeric sums keep the column's scale (2); counts are whole, so only zeros may go
  const shorter = round(d, scale);
  return cmp(shorter, d) === 0 ? toPlain(shorter) : value;
}

/** A value as an amount of its unit, at the unit's scale; null stays null. */
export function amountOf(value: string | null, unit: MetricUnit, source: ValueSource): AmountFigure | null {
  const v = atScale(value, unitScale(unit));
  return v === null ? null : { value: v, unit, source };
}
