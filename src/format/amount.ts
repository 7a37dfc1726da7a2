import { formatCount } from './number';
import { formatRupiah } from './rupiah';
import { FigureStyle } from './styles';

export type AmountUnit = 'RUPIAH' | 'ORANG' | 'PERUSAHAAN';

/**
 * Formats a metric's amount by its unit: rupiah as money, ORANG and
 * PERUSAHAAN as counts (with their unit word when `withUnit` is set).
 * Rupiah default to 2 fraction digits in FULL style, counts to 0.
 *
 * @example formatAmount('1510223', 'ORANG', { style: 'SHORT', withUnit: true }) // '1,51 juta orang'
 */
export function formatAmount(
  value: string | bigint,
  unit: AmountUnit,
  options: { style?: FigureStyle; fractionDigits?: number | null; withUnit?: boolean } = {},
): string {
  const fractionDigits = options.fractionDigits ?? undefined;
  if (unit === 'RUPIAH') return formatRupiah(value, { style: options.style, fractionDigits });
  return formatCount(value, {
    style: options.style,
    fractionDigits,
    unit: options.withUnit ? (unit === 'ORANG' ? 'orang' : 'perusahaan') : undefined,
  });
}
