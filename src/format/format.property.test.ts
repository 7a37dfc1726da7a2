/**
 * Property tests: the public functions against an independent reference written
 * here with plain BigInt arithmetic (remainder-based rounding, regex grouping,
 * scale search from the bottom up), on seeded random exact decimals, so every
 * run checks the same values.
 */
import { formatCount, formatPercent, formatRupiah, terbilang } from './index';
import { mulberry32 } from '../common/prng';

const N = 12_000;

function digits(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(Math.floor(rand() * 10));
  return out;
}

/** Random plain decimals with many near-boundary cases (runs of 9s, powers of ten, ties). */
function randomDecimal(rand: () => number, maxInt: number, maxFrac: number): string {
  const intLen = 1 + Math.floor(rand() * maxInt);
  const fracLen = Math.floor(rand() * (maxFrac + 1));
  const mode = rand();
  let int: string;
  let frac: string;
  if (mode < 0.2) {
    // 999...9xx: rollover of scales
    const nines = 1 + Math.floor(rand() * intLen);
    int = '9'.repeat(nines) + digits(rand, intLen - nines);
    frac = rand() < 0.5 ? '9'.repeat(fracLen) : digits(rand, fracLen);
  } else if (mode < 0.3) {
    int = '1' + '0'.repeat(intLen - 1);
    frac = '0'.repeat(fracLen);
  } else if (mode < 0.45) {
    // ties at the rounding digit
    int = digits(rand, intLen);
    frac = fracLen === 0 ? '' : digits(rand, fracLen - 1) + '5';
  } else if (mode < 0.5) {
    int = '0';
    frac = fracLen === 0 ? '' : '0'.repeat(fracLen - 1) + digits(rand, 1);
  } else {
    int = digits(rand, intLen);
    frac = digits(rand, fracLen);
  }
  const sign = rand() < 0.3 ? '-' : '';
  return sign + int + (frac === '' ? '' : '.' + frac);
}

// ---- the reference ----------------------------------------------------------

interface Exact {
  units: bigint; // signed
  scale: number;
}

function parseRef(text: string): Exact {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int, frac = ''] = body.split('.');
  const units = BigInt(int + frac);
  return { units: negative ? -units : units, scale: frac.length };
}

const TEN = 10n;
const p10 = (n: number): bigint => TEN ** BigInt(n);

/** value * 10^shift / 10^x.scale rounded half away from zero to `fd` digits, as signed units of 10^-fd. */
function roundRef(x: Exact, fd: number, shift = 0): bigint {
  // value / 10^shift = units / 10^(scale + shift); want units' = round(units * 10^fd / 10^(scale + shift))
  const exp = x.scale + shift - fd;
  if (exp <= 0) return x.units * p10(-exp);
  const d = p10(exp);
  const a = x.units < 0n ? -x.units : x.units;
  let q = a / d;
  if ((a % d) * 2n >= d) q += 1n;
  return x.units < 0n ? -q : q;
}

function groupRef(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Unsigned text of signed rounded units with fd digits; trim drops trailing zeros. */
function textRef(units: bigint, fd: number, trim: boolean): string {
  const a = units < 0n ? -units : units;
  const int = (a / p10(fd)).toString();
  let frac = fd === 0 ? '' : (a % p10(fd)).toString().padStart(fd, '0');
  if (trim) frac = frac.replace(/0+$/, '');
  return groupRef(int) + (frac === '' ? '' : ',' + frac);
}

function fullRef(text: string, fd: number, prefix: string): string {
  const u = roundRef(parseRef(text), fd);
  return (u < 0n ? '-' : '') + prefix + textRef(u, fd, false);
}

const SCALES_REF: [number, string, string][] = [
  [6, 'juta', 'jt'],
  [9, 'miliar', 'M'],
  [12, 'triliun', 'T'],
  [15, 'kuadriliun', 'KD'],
];

/** SHORT/COMPACT: below one juta (after rounding) in full; else the smallest scale whose rounded count is < 1000 (kuadriliun at most). */
function scaledRef(text: string, fd: number, compact: boolean, prefix: string): string {
  const x = parseRef(text);
  const whole = roundRef(x, fd);
  const aw = whole < 0n ? -whole : whole;
  if (aw < p10(6 + fd)) return (whole < 0n ? '-' : '') + prefix + textRef(whole, fd, true);
  for (let i = 0; i < SCALES_REF.length; i++) {
    const [exp, word, symbol] = SCALES_REF[i];
    const u = roundRef(x, fd, exp);
    const au = u < 0n ? -u : u;
    if (au < 1000n * p10(fd) || i === SCALES_REF.length - 1) {
      return (u < 0n ? '-' : '') + prefix + textRef(u, fd, true) + ' ' + (compact ? symbol : word);
    }
  }
  throw new Error('unreachable');
}

function percentRef(text: string, fd: number, signedOpt: boolean): string {
  const u = roundRef(parseRef(text), fd);
  return (u < 0n ? '-' : signedOpt && u > 0n ? '+' : '') + textRef(u, fd, false) + '%';
}

/** Reads Indonesian number words back into a bigint. */
function wordsToBigint(words: string): bigint {
  const DIGIT: Record<string, bigint> = {
    nol: 0n,
    satu: 1n,
    dua: 2n,
    tiga: 3n,
    empat: 4n,
    lima: 5n,
    enam: 6n,
    tujuh: 7n,
    delapan: 8n,
    sembilan: 9n,
  };
  const SCALE: Record<string, bigint> = { ribu: p10(3), juta: p10(6), miliar: p10(9), triliun: p10(12), kuadriliun: p10(15) };
  let total = 0n;
  let group = 0n;
  let cur = 0n;
  for (const w of words.split(' ')) {
    if (w in DIGIT) cur = DIGIT[w];
    else if (w === 'belas' || w === 'puluh' || w === 'ratus') {
      group += w === 'belas' ? cur + 10n : cur * (w === 'puluh' ? 10n : 100n);
      cur = 0n;
    } else if (w === 'sepuluh') group += 10n;
    else if (w === 'sebelas') group += 11n;
    else if (w === 'seratus') group += 100n;
    else if (w === 'seribu') total += 1000n;
    else if (w in SCALE) {
      total += (group + cur) * SCALE[w];
      group = 0n;
      cur = 0n;
    } else throw new Error(`unknown word ${w} in ${words}`);
  }
  return total + group + cur;
}

// ---- the properties ---------------------------------------------------------

/** Compares actual against expected for every input; reports the first mismatches (one expect per property keeps it fast). */
function check(inputs: string[], actual: (v: string) => string, expected: (v: string) => string): void {
  const mismatches: string[] = [];
  for (const v of inputs) {
    const a = actual(v);
    const e = expected(v);
    if (a !== e && mismatches.length < 10) mismatches.push(`${v}: got ${a}, want ${e}`);
  }
  expect(mismatches).toEqual([]);
}

function sample(seed: number, maxInt: number, maxFrac: number, n = N): string[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => randomDecimal(rand, maxInt, maxFrac));
}

describe('properties against a BigInt reference', () => {
  it('rupiah FULL at fractionDigits 0, 1, 2, 4, 6', () => {
    for (const fd of [0, 1, 2, 4, 6]) {
      check(
        sample(100 + fd, 22, 8),
        (v) => formatRupiah(v, { fractionDigits: fd }),
        (v) => fullRef(v, fd, 'Rp'),
      );
    }
    check(
      sample(99, 22, 8),
      (v) => formatRupiah(v),
      (v) => fullRef(v, 2, 'Rp'),
    );
  });

  it('count FULL (default 0 digits)', () => {
    check(
      sample(200, 22, 4),
      (v) => formatCount(v),
      (v) => fullRef(v, 0, ''),
    );
  });

  it('rupiah SHORT and COMPACT: scale choice and rollover', () => {
    for (const fd of [0, 1, 2, 3]) {
      const inputs = sample(300 + fd, 22, 6);
      check(
        inputs,
        (v) => formatRupiah(v, { style: 'SHORT', fractionDigits: fd }),
        (v) => scaledRef(v, fd, false, 'Rp'),
      );
      check(
        inputs,
        (v) => formatRupiah(v, { style: 'COMPACT', fractionDigits: fd }),
        (v) => scaledRef(v, fd, true, 'Rp'),
      );
    }
  });

  it('count SHORT and COMPACT', () => {
    const inputs = sample(400, 20, 3);
    check(
      inputs,
      (v) => formatCount(v, { style: 'SHORT' }),
      (v) => scaledRef(v, 2, false, ''),
    );
    check(
      inputs,
      (v) => formatCount(v, { style: 'COMPACT', unit: 'orang' }),
      (v) => scaledRef(v, 2, true, '') + ' orang',
    );
  });

  it('percent SYMBOL, signed and unsigned', () => {
    for (const fd of [0, 2, 3]) {
      const inputs = sample(500 + fd, 8, 6);
      check(
        inputs,
        (v) => formatPercent(v, { fractionDigits: fd }),
        (v) => percentRef(v, fd, false),
      );
      check(
        inputs,
        (v) => formatPercent(v, { fractionDigits: fd, signed: true }),
        (v) => percentRef(v, fd, true),
      );
    }
  });

  it('terbilang reads back to the same integer, with se- only where it belongs', () => {
    // "satu ribu" is right only after puluh/ratus ("dua puluh satu ribu"); "satu puluh/belas/ratus" and "sejuta" never.
    const wrong =
      /(^|(negatif|ribu|juta|miliar|triliun|kuadriliun) )satu ribu|\bsatu (puluh|belas|ratus)\b|\bse(juta|miliar|triliun|kuadriliun)\b| {2}|^ | $/;
    check(
      sample(600, 18, 0),
      (v) => {
        const words = terbilang(v);
        if (wrong.test(words)) return `not canonical: ${words}`;
        return words.startsWith('negatif ') ? '-' + wordsToBigint(words.slice('negatif '.length)) : String(wordsToBigint(words));
      },
      (v) => String(parseRef(v).units),
    );
  });

  it('terbilang with currency: rupiah and sen rounded half away from zero', () => {
    // Read back: "[negatif ]<words> rupiah[ <words> sen]" or "[negatif ]<words> sen" -> signed sen, "." before unread sen.
    const read = (v: string): string => {
      let words: string;
      try {
        words = terbilang(v, { currency: true });
      } catch (e) {
        return (e as { code?: string }).code ?? 'error';
      }
      const negative = words.startsWith('negatif ');
      const m = /^(?:(.+) rupiah)?(?: (.+) sen|^(.+) sen)?$/.exec(negative ? words.slice('negatif '.length) : words);
      if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return `unreadable: ${words}`;
      const rupiah = m[1] === undefined ? 0n : wordsToBigint(m[1]);
      const senWords = m[2] ?? m[3];
      const total = rupiah * 100n + (senWords === undefined ? 0n : wordsToBigint(senWords));
      return (negative ? '-' : '') + total + (senWords === undefined ? '.' : '');
    };
    const want = (v: string): string => {
      const sen = roundRef(parseRef(v), 2);
      const a = sen < 0n ? -sen : sen;
      if (a >= p10(20)) return 'OUT_OF_RANGE';
      return (sen < 0n ? '-' : '') + a + (a % 100n === 0n ? '.' : '');
    };
    check(sample(700, 19, 4), read, want);
  });
});
