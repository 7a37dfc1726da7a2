/**
 * Writing an exact decimal the Indonesian way: "." groups thousands, "," starts
 * the fraction. Grouping works on the digit string from `parts()`, so it is exact
 * at any size and needs no Intl.
 */
import { parts, round, type Dec } from '../decimal/decimal';

/** A signed rendering; `negative` is false whenever the shown number is zero. */
export interface Signed {
  readonly negative: boolean;
  readonly text: string;
}

/** "4067826205816" -> "4.067.826.205.816". Input: plain digits without sign. */
export function groupThousands(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  const head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < n; i += 3) out += '.' + digits.slice(i, i + 3);
  return out;
}

/** Renders an already rounded value with all of its fraction digits: "1.234,50". */
export function renderFixed(rounded: Dec): Signed {
  const p = parts(rounded);
  const text = p.fraction === '' ? groupThousands(p.integer) : groupThousands(p.integer) + ',' + p.fraction;
  return { negative: p.negative, text };
}

/** Renders an already rounded value without trailing fraction zeros (and without "," if none remain): "16.800,5". */
export function renderTrimmed(rounded: Dec): Signed {
  const p = parts(rounded);
  let end = p.fraction.length;
  while (end > 0 && p.fraction.charCodeAt(end - 1) === 48 /* '0' */) end--;
  const grouped = groupThousands(p.integer);
  return { negative: p.negative, text: end === 0 ? grouped : grouped + ',' + p.fraction.slice(0, end) };
}

/** Rounds half away from zero to exactly `fractionDigits` decimals: ("-1510223", 2) -> "-" and "1.510.223,00". */
export function fixed(value: Dec, fractionDigits: number): Signed {
  return renderFixed(round(value, fractionDigits));
}

/** Rounds to at most `fractionDigits` decimals and drops trailing zeros: ("16800.50", 2) -> "16.800,5". */
export function trimmed(value: Dec, fractionDigits: number): Signed {
  return renderTrimmed(round(value, fractionDigits));
}

/** Prefixes "-" for negatives: ("Rp", {negative: true, text: "5"}) -> "-Rp5". */
export function signed(prefix: string, s: Signed): string {
  return s.negative ? '-' + prefix + s.text : prefix + s.text;
}
