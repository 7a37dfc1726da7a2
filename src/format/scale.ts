/**
 * The named scales of SHORT (press) and COMPACT (dashboard) figures.
 *
 * Only juta and up are scales; anything that rounds to less than one juta is
 * written in full ("Rp16.800"), because Indonesian reports write ribu in full.
 *
 *   10^6  juta        jt
 *   10^9  miliar      M    (M is miliar, not million)
 *   10^12 triliun     T
 *   10^15 kuadriliun  KD   (our choice; there is no common abbreviation. "Kd"
 *                           reads like a unit, "KD" matches the capitals M and T)
 *
 * Above the kuadriliun range the kuadriliun count is grouped: "1.234,57 kuadriliun".
 */
import { abs, pow10, round, type Dec } from '../decimal/decimal';
import { renderTrimmed, type Signed } from './digits';

export type ScaleStyle = 'SHORT' | 'COMPACT';

interface Scale {
  readonly exponent: number;
  readonly SHORT: string;
  readonly COMPACT: string;
}

export const SCALES: readonly Scale[] = [
  { exponent: 6, SHORT: 'juta', COMPACT: 'jt' },
  { exponent: 9, SHORT: 'miliar', COMPACT: 'M' },
  { exponent: 12, SHORT: 'triliun', COMPACT: 'T' },
  { exponent: 15, SHORT: 'kuadriliun', COMPACT: 'KD' },
];

/** A scaled figure: number text (trimmed) plus the scale word, or `word: null` below one juta. */
export interface Scaled extends Signed {
  readonly word: string | null;
}

const THOUSAND = 1000n;

/**
 * Picks the largest scale that fits and rounds the count of that scale to at
 * most `fractionDigits` decimals (trailing zeros dropped). A count that rounds
 * up to 1.000 moves to the next scale: 999.999.999 -> 1 miliar.
 */
export function scaled(value: Dec, fractionDigits: number, style: ScaleStyle): Scaled {
  const a = abs(value);
  const negative = value.units < 0n;

  const whole = round(a, fractionDigits);
  if (whole.units < pow10(SCALES[0].exponent + fractionDigits)) {
    const r = renderTrimmed(whole);
    return { negative: negative && whole.units !== 0n, text: r.text, word: null };
  }

  let i = SCALES.length - 1;
  while (i > 0 && a.units < pow10(SCALES[i].exponent + a.scale)) i--;
  let count = round({ units: a.units, scale: a.scale + SCALES[i].exponent }, fractionDigits);
  const limit = THOUSAND * pow10(fractionDigits);
  while (i < SCALES.length - 1 && count.units >= limit) {
    i++;
    count = round({ units: a.units, scale: a.scale + SCALES[i].exponent }, fractionDigits);
  }
  const r = renderTrimmed(count);
  return { negative, text: r.text, word: SCALES[i][style] };
}
