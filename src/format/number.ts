/**
 * Counts of people and companies (docs/domain.md §7): "1.510.223 orang",
 * "1,51 juta orang", "2,93 jt orang".
 */
import { round } from '../decimal/decimal';
import { fixed, signed } from './digits';
import { choiceOption, fractionDigitsOption, toDecimal } from './input';
import { scaled } from './scale';
import { FIGURE_STYLES, type FigureStyle } from './styles';
import { terbilangDec } from './terbilang';

export type CountUnit = 'orang' | 'perusahaan';
export const COUNT_UNITS: readonly CountUnit[] = ['orang', 'perusahaan'];

export interface CountOptions {
  /** FULL (default) "1.510.223"; SHORT "1,51 juta"; COMPACT "1,51 jt"; WORDS terbilang without currency. */
  style?: FigureStyle;
  /**
   * 0..6. FULL: exactly this many decimals (default 0). SHORT/COMPACT: at most
   * this many, trailing zeros dropped (default 2). WORDS: when given, the value
   * is rounded to this many digits first; otherwise read exactly.
   */
  fractionDigits?: number;
  /** Appended after the figure in every style: "1.510.223 orang", "seribu perusahaan". */
  unit?: CountUnit;
}

/**
 * Formats a count (participants, companies) given as an exact decimal string or bigint.
 * @example formatCount('1510223', { style: 'SHORT', unit: 'orang' }) // '1,51 juta orang'
 */
export function formatCount(value: string | bigint, options?: CountOptions): string {
  const d = toDecimal(value);
  const style = choiceOption('style', options?.style, FIGURE_STYLES, 'FULL');
  const unit = options?.unit === undefined ? null : choiceOption('unit', options.unit, COUNT_UNITS, 'orang');
  let text: string;
  switch (style) {
    case 'FULL':
      text = signed('', fixed(d, fractionDigitsOption(options?.fractionDigits, 0)));
      break;
    case 'SHORT':
    case 'COMPACT': {
      const s = scaled(d, fractionDigitsOption(options?.fractionDigits, 2), style);
      text = s.word === null ? signed('', s) : signed('', s) + ' ' + s.word;
      break;
    }
    case 'WORDS': {
      const fd = options?.fractionDigits;
      const amount = fd === undefined ? d : round(d, fractionDigitsOption(fd, 0));
      text = terbilangDec(amount, false, String(value));
      break;
    }
  }
  return unit === null ? text : text + ' ' + unit;
}
