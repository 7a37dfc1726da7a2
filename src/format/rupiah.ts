/**
 * Rupiah amounts (docs/domain.md §7). "Rp" is written without a space
 * (PUEBI/EYD), the minus goes before it: "-Rp1.510.223,00".
 */
import { round } from '../decimal/decimal';
import { fixed, signed } from './digits';
import { choiceOption, fractionDigitsOption, toDecimal } from './input';
import { scaled } from './scale';
import { FIGURE_STYLES, type FigureStyle } from './styles';
import { terbilangDec } from './terbilang';

export interface RupiahOptions {
  /** FULL (default) "Rp4.067.826.205.816,00"; SHORT "Rp4,07 triliun"; COMPACT "Rp4,07 T"; WORDS terbilang. */
  style?: FigureStyle;
  /**
   * 0..6. FULL: exactly this many decimals (default 2). SHORT/COMPACT: at most
   * this many, trailing zeros dropped (default 2). WORDS: when given, the amount
   * is first rounded to min(fractionDigits, 2) digits (0 reads no sen).
   */
  fractionDigits?: number;
}

/**
 * Formats a rupiah amount given as an exact decimal string or bigint.
 * Rounding is half away from zero; a value that rounds to zero has no minus.
 * @example formatRupiah('146309000000.00', { style: 'SHORT' }) // 'Rp146,31 miliar'
 */
export function formatRupiah(value: string | bigint, options?: RupiahOptions): string {
  const d = toDecimal(value);
  const style = choiceOption('style', options?.style, FIGURE_STYLES, 'FULL');
  const fd = fractionDigitsOption(options?.fractionDigits, 2);
  switch (style) {
    case 'FULL':
      return signed('Rp', fixed(d, fd));
    case 'SHORT':
    case 'COMPACT': {
      const s = scaled(d, fd, style);
      const text = signed('Rp', s);
      return s.word === null ? text : text + ' ' + s.word;
    }
    case 'WORDS': {
      const amount = options?.fractionDigits === undefined ? d : round(d, Math.min(fd, 2));
      return terbilangDec(amount, true, String(value));
    }
  }
}
