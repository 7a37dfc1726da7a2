/**
 * Percentages (docs/domain.md §7). Input is in percentage points as an exact
 * decimal string: "100.2718" -> "100,27%".
 */
import { round } from '../decimal/decimal';
import { renderFixed } from './digits';
import { booleanOption, choiceOption, fractionDigitsOption, toDecimal } from './input';

/** SYMBOL "100,27%" or WORD "100,27 persen" (GraphQL: the PercentStyle enum). */
export const PercentStyle = { SYMBOL: 'SYMBOL', WORD: 'WORD' } as const;
export type PercentStyle = (typeof PercentStyle)[keyof typeof PercentStyle];
export const PERCENT_STYLES: readonly PercentStyle[] = Object.values(PercentStyle);

export interface PercentOptions {
  /** SYMBOL (default) "100,27%"; WORD "100,27 persen". */
  style?: PercentStyle;
  /** 0..6, exactly this many decimals; default 2. */
  fractionDigits?: number;
  /** Shows "+" for positive values: "+15,00%". Zero (also after rounding) stays "0,00%". */
  signed?: boolean;
}

/**
 * Formats percentage points, rounded half away from zero, thousands grouped.
 * @example formatPercent('104.8251') // '104,83%'
 */
export function formatPercent(points: string | bigint, options?: PercentOptions): string {
  const d = toDecimal(points, 'points');
  const style = choiceOption('style', options?.style, PERCENT_STYLES, 'SYMBOL');
  const rounded = round(d, fractionDigitsOption(options?.fractionDigits, 2));
  const plus = booleanOption('signed', options?.signed) && rounded.units > 0n;
  const f = renderFixed(rounded);
  return (f.negative ? '-' : plus ? '+' : '') + f.text + (style === 'SYMBOL' ? '%' : ' persen');
}
