/**
 * Exact decimal arithmetic on BigInt, for rupiah and counts.
 *
 * A value is `units / 10^scale`. Nothing here ever goes through a JavaScript
 * `number`, so national rupiah in sen (beyond 2^53) stay exact. Rounding is
 * half away from zero everywhere, the rule of docs/domain.md §7.
 */

export interface Dec {
  readonly units: bigint;
  readonly scale: number;
}

/** Thrown for input that is not a plain decimal such as "-1234.50". */
export class DecimalFormatError extends Error {
  constructor(input: unknown) {
    super(
      `not a plain decimal: ${JSON.stringify(typeof input === 'bigint' ? input.toString() : input)} ` +
        '(expected digits with an optional leading "-" and an optional "." fraction, e.g. "4067826205816.00")',
    );
    this.name = 'DecimalFormatError';
  }
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX_SCALE = 40;

export function isPlainDecimal(input: unknown): input is string {
  return typeof input === 'string' && PLAIN.test(input);
}

/** Parses "4067826205816.00", "-1510223" or a bigint. Rejects "1.234,5", "12abc", "", NaN, numbers. */
export function dec(input: string | bigint | Dec): Dec {
  if (typeof input === 'bigint') return { units: input, scale: 0 };
  if (typeof input === 'object' && input !== null && typeof (input as Dec).units === 'bigint') return input as Dec;
  if (typeof input !== 'string') throw new DecimalFormatError(input);
  const m = PLAIN.exec(input);
  if (!m) throw new DecimalFormatError(input);
  const fraction = m[3] ?? '';
  if (fraction.length > MAX_SCALE) throw new DecimalFormatError(input);
  const units = BigInt(m[2] + fraction);
  return { units: m[1] === '-' ? -units : units, scale: fraction.length };
}

const pow10Cache: bigint[] = [];
export function pow10(n: number): bigint {
  if (n < 0) throw new RangeError('negative power of ten');
  let p = pow10Cache[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    pow10Cache[n] = p;
  }
  return p;
}

/** Same value at a larger scale (exact). */
function widen(d: Dec, scale: number): bigint {
  return d.units * pow10(scale - d.scale);
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [widen(a, scale), widen(b, scale), scale];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function neg(a: Dec): Dec {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Dec): Dec {
  return a.units < 0n ? neg(a) : a;
}

export function cmp(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sign(a: Dec): -1 | 0 | 1 {
  return a.units < 0n ? -1 : a.units > 0n ? 1 : 0;
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

/** Integer division of bigints rounded half away from zero. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return negative ? -q : q;
}

/** Rounds to `scale` fraction digits, half away from zero. Widens exactly when `scale` is larger. */
export function round(a: Dec, scale: number): Dec {
  if (scale >= a.scale) return { units: widen(a, scale), scale };
  return { units: divRound(a.units, pow10(a.scale - scale)), scale };
}

/** a / b rounded half away from zero to `scale` fraction digits. Throws on b = 0. */
export function div(a: Dec, b: Dec, scale: number): Dec {
  if (b.units === 0n) throw new RangeError('division by zero');
  // a.units/10^as / (b.units/10^bs) * 10^scale = a.units * 10^(bs + scale) / (b.units * 10^as)
  const n = a.units * pow10(b.scale + scale);
  const d = b.units * pow10(a.scale);
  return { units: divRound(n, d), scale };
}

/** Canonical text with exactly `scale` fraction digits: "-1234.50". */
export function toPlain(a: Dec): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const int = digits.slice(0, digits.length - a.scale);
  const frac = digits.slice(digits.length - a.scale);
  return (negative ? '-' : '') + int + (a.scale > 0 ? '.' + frac : '');
}

/** Splits |a| into its integer digits and fraction digits (as text), and its sign. */
export function parts(a: Dec): { negative: boolean; integer: string; fraction: string } {
  const text = toPlain(abs(a));
  const dot = text.indexOf('.');
  return {
    negative: a.units < 0n,
    integer: dot < 0 ? text : text.slice(0, dot),
    fraction: dot < 0 ? '' : text.slice(dot + 1),
  };
}
