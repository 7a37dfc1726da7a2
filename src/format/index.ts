/**
 * id-ID formatting: every figure, date and period label written the Indonesian
 * way (docs/domain.md §7). Pure functions on exact decimals; no GraphQL, no
 * database. Nothing else in the project formats numbers or dates.
 */
export { FormatError, type FormatErrorCode } from './errors';
export { formatRupiah, type RupiahOptions } from './rupiah';
export { formatAmount, type AmountUnit } from './amount';
export { formatCount, type CountOptions, type CountUnit } from './number';
export { formatPercent, type PercentOptions, PercentStyle } from './percent';
export { terbilang } from './terbilang';
export { formatDate, type DateStyle } from './date';
export { formatPeriodLabel } from './period';
export { formatTimestamp } from './timestamp';
export { FigureStyle } from './styles';
export { describedSpan, summarySentence, type SummaryFigures, STATUS_WORDS, type StatusCode } from './summary';
