/**
 * Terbilang: a number written out in Indonesian words, as on receipts and
 * official letters.
 *
 * - Whole amounts up to 10^18 - 1; scales ribu, juta, miliar, triliun, kuadriliun.
 * - "se-" only for 10, 11, 100 and 1000 (sepuluh, sebelas, seratus, seribu);
 *   "satu juta", never "sejuta"; 101000 is "seratus satu ribu".
 * - Zero is "nol"; negatives start with "negatif".
 * - currency: "<rupiah> rupiah <sen> sen". Sen are the fraction rounded half away
 *   from zero to 2 digits (a carry to 100 sen adds one rupiah); zero sen are not
 *   read. Less than one rupiah reads only the sen: "0.50" -> "lima puluh sen".
 * - Without currency a fraction is read digit by digit after "koma", trailing
 *   zeros dropped: "1.5" -> "satu koma lima", "0.05" -> "nol koma nol lima",
 *   "2.50" -> "dua koma lima", "3.00" -> "tiga".
 * - capitalize: Title Case, every word capitalised ("Seribu Rupiah"), the form
 *   printed on kuitansi.
 */
import { parts, round, type Dec } from '../decimal/decimal';
import { FormatError } from './errors';
import { booleanOption, toDecimal } from './input';

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const GROUP_SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];
const MAX_DIGITS = 18; // up to 10^18 - 1

/** Words for 1..999 (empty for 0). */
function below1000(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(DIGITS[hundreds], 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest >= 12 && rest <= 19) words.push(DIGITS[rest - 10], 'belas');
  else if (rest >= 20) {
    words.push(DIGITS[Math.floor(rest / 10)], 'puluh');
    if (rest % 10 > 0) words.push(DIGITS[rest % 10]);
  } else if (rest > 0) words.push(DIGITS[rest]);
  return words.join(' ');
}

/** Words for a whole number given as digits (at most 18, no sign). */
function wholeWords(digits: string): string {
  const trimmedDigits = digits.replace(/^0+(?=\d)/, '');
  if (trimmedDigits === '0') return 'nol';
  const words: string[] = [];
  const n = trimmedDigits.length;
  const groups = Math.ceil(n / 3);
  for (let g = groups - 1; g >= 0; g--) {
    const end = n - g * 3;
    // Each group is at most three digits, so a JavaScript number is exact here.
    const value = Number(trimmedDigits.slice(Math.max(0, end - 3), end));
    if (value === 0) continue;
    if (g === 1 && value === 1) words.push('seribu');
    else {
      words.push(below1000(value));
      if (g > 0) words.push(GROUP_SCALES[g]);
    }
  }
  return words.join(' ');
}

function checkRange(integer: string, input: string): void {
  if (integer.length > MAX_DIGITS) {
    throw new FormatError('OUT_OF_RANGE', `terbilang reads whole amounts up to 999.999.999.999.999.999 (10^18 - 1), got ${input}`);
  }
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)([a-z])/g, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** Terbilang of a parsed decimal; see the module comment for the rules. */
export function terbilangDec(value: Dec, currency: boolean, input: string): string {
  let text: string;
  if (currency) {
    const p = parts(round(value, 2)); // a sen carry lands in the integer part here
    checkRange(p.integer, input);
    const senValue = Number(p.fraction); // two digits, exact
    const rupiah = p.integer === '0' && senValue > 0 ? '' : wholeWords(p.integer) + ' rupiah';
    const senWords = senValue > 0 ? below1000(senValue) + ' sen' : '';
    text = rupiah && senWords ? rupiah + ' ' + senWords : rupiah || senWords;
    if (p.negative) text = 'negatif ' + text;
  } else {
    const p = parts(value);
    checkRange(p.integer, input);
    const fraction = p.fraction.replace(/0+$/, '');
    text = wholeWords(p.integer);
    if (fraction !== '') {
      text += ' koma';
      for (let i = 0; i < fraction.length; i++) text += ' ' + DIGITS[fraction.charCodeAt(i) - 48];
    }
    if (p.negative && (p.integer !== '0' || fraction !== '')) text = 'negatif ' + text;
  }
  return text;
}

/**
 * Writes a number out in Indonesian words (integers up to 10^18 - 1; beyond
 * is FormatError OUT_OF_RANGE). `currency` adds "rupiah" and reads sen;
 * `capitalize` gives Title Case.
 * @example terbilang('900500.50', { currency: true }) // 'sembilan ratus ribu lima ratus rupiah lima puluh sen'
 */
export function terbilang(value: string | bigint, options?: { currency?: boolean; capitalize?: boolean }): string {
  const d = toDecimal(value);
  const text = terbilangDec(d, booleanOption('currency', options?.currency), String(value));
  return booleanOption('capitalize', options?.capitalize) ? titleCase(text) : text;
}
