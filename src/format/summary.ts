/**
 * Figures written as one Indonesian sentence, the way the agency's press
 * releases write them (docs/domain.md §7):
 *
 *   "Realisasi penerimaan iuran Kantor Cabang Pekalongan periode 1 Januari -
 *    19 Desember 2019 sebesar Rp146,31 miliar dari target Rp137,96 miliar atau
 *    106,05 persen."
 *
 * The wording rules, all here:
 * - Flows (iuran, new employers, new workers) open with "Realisasi", stocks
 *   (active participants and employers) with "Jumlah".
 * - A flow's period runs to its data position ("posisi data") when that is
 *   earlier than the period's end: a year with data to 19 December reads
 *   "periode 1 Januari - 19 Desember 2019". A stock is "per" its position date.
 * - Rupiah are "sebesar" and short (Rp146,31 miliar); counts are "sebanyak"
 *   and whole, with their unit (15.605 orang).
 * - "dari target ... atau N persen": the target of the whole year and the
 *   achievement against it, as the press writes them.
 * - Below the target of the period (the prorated target when the period is
 *   shorter than the year), the shortfall follows: "kurang 6.695 orang dari
 *   target" or "kurang Rp1,2 triliun dari target prorata periode ini".
 * - No target: "…, tanpa target yang ditetapkan." No realization: "… belum
 *   tersedia", with the target when there is one.
 * - Growth against the same period a year earlier closes the sentence when
 *   there is one: "tumbuh 28,34 persen" / "turun 3,10 persen" / "tidak berubah".
 */
import { abs, cmp, dec, sign, sub, toPlain } from '../decimal/decimal';
import { type AmountUnit, formatAmount } from './amount';
import { longDate, parseDate } from './date';
import { formatPercent } from './percent';
import { formatPeriodLabel } from './period';

/** The status codes of the API (AchievementStatus). */
export type StatusCode = 'ACHIEVED' | 'BELOW_TARGET' | 'NO_TARGET' | 'NO_DATA';

/** Status in Indonesian, for print: the exports' "Status" column. */
export const STATUS_WORDS: Readonly<Record<StatusCode, string>> = {
  ACHIEVED: 'Tercapai',
  BELOW_TARGET: 'Di bawah target',
  NO_TARGET: 'Tanpa target',
  NO_DATA: 'Tanpa data',
};

/** The participant segments as the press names them. */
const SEGMENT_WORDS: Readonly<Record<string, string>> = {
  PU: 'penerima upah (PU)',
  BPU: 'bukan penerima upah (BPU)',
  JAKON: 'jasa konstruksi (Jakon)',
  PMI: 'pekerja migran Indonesia (PMI)',
};

export interface SummaryFigures {
  /** The metric's name in the catalogue, e.g. "Penerimaan Iuran" (written in lower case in the sentence). */
  metric: string;
  unit: AmountUnit;
  /** A stock (a position at a date) rather than a flow. */
  stock: boolean;
  segment: string | null;
  /** Who: "Kantor Cabang Pekalongan", "Kanwil Banten", "BPJS Ketenagakerjaan secara nasional". */
  office: string;
  period: { start: string; end: string };
  dataUntil: string | null;
  /** Exact decimals in the metric's unit; percentages in points ("106.0528"). */
  realization: string | null;
  target: string | null;
  achievement: string | null;
  /** The target of the period itself (equal to target for a whole year). */
  periodTarget: string | null;
  status: StatusCode;
  /** Growth over describedSpan() against the same dates a year earlier, in points. */
  growth: string | null;
}

const amount = (value: string, unit: AmountUnit) =>
  unit === 'RUPIAH' ? formatAmount(value, unit, { style: 'SHORT' }) : formatAmount(value, unit, { withUnit: true });

/**
 * The span a sentence speaks of: the period, cut at its data position when
 * the data end earlier. Growth is measured over this span (against the same
 * dates a year earlier), so that "periode 1 Januari - 19 Desember 2019 ...
 * tumbuh" compares like with like.
 */
export function describedSpan(period: { start: string; end: string }, dataUntil: string | null): { start: string; end: string } {
  const cut = dataUntil !== null && dataUntil >= period.start && dataUntil < period.end;
  return { start: period.start, end: cut ? dataUntil : period.end };
}

/** "tahun 2017", "triwulan IV 2019", "bulan Desember 2019", "periode 1 Januari - 19 Desember 2019", "per 31 Desember 2017". */
function when(f: SummaryFigures): string {
  const { start, end } = f.period;
  const until = describedSpan(f.period, f.dataUntil).end;
  if (f.stock && f.realization !== null) return `per ${longDate(parseDate(until))}`;
  const label = formatPeriodLabel(start, f.stock ? end : until);
  if (label.startsWith('Tahun ') || label.startsWith('Triwulan ')) return label[0].toLowerCase() + label.slice(1);
  return /^\d/.test(label) ? `periode ${label}` : `bulan ${label}`;
}

function growthClause(f: SummaryFigures): string | null {
  if (f.growth === null) return null;
  const since = `dibanding periode yang sama tahun ${Number(f.period.start.slice(0, 4)) - 1}`;
  // the sign of the figure as written, so that "0,00" is never "tumbuh"
  const written = formatPercent(toPlain(abs(dec(f.growth))), { style: 'WORD' });
  if (written.startsWith('0,00 ')) return `tidak berubah ${since}`;
  return `${sign(dec(f.growth)) > 0 ? 'tumbuh' : 'turun'} ${written} ${since}`;
}

/** "106,05 persen"; below 100 never written as "100,00 persen" (99,996 is short of the target, and the sentence may say by how much). */
function achievementWords(points: string): string {
  const written = formatPercent(points, { style: 'WORD' });
  return written === '100,00 persen' && cmp(dec(points), dec('100')) < 0 ? '99,99 persen' : written;
}

/**
 * One Indonesian sentence for one office's figures over one period, ending in
 * a full stop. Pure: exact decimals in, text out.
 * @example summarySentence({ metric: 'Penerimaan Iuran', unit: 'RUPIAH', stock: false, … }) // 'Realisasi penerimaan iuran …'
 */
export function summarySentence(f: SummaryFigures): string {
  const what = f.metric.toLocaleLowerCase('id-ID') + (f.segment ? ` segmen ${SEGMENT_WORDS[f.segment] ?? f.segment}` : '');
  const head = `${f.stock ? 'Jumlah' : 'Realisasi'} ${what} ${f.office} ${when(f)}`;
  const clauses: string[] = [];
  if (f.realization === null) {
    clauses.push(f.target === null ? `${head} belum tersedia` : `${head} belum tersedia, dengan target ${amount(f.target, f.unit)}`);
  } else {
    let main = `${head} ${f.unit === 'RUPIAH' ? 'sebesar' : 'sebanyak'} ${amount(f.realization, f.unit)}`;
    if (f.target === null) main += ', tanpa target yang ditetapkan';
    else {
      main += ` dari target ${amount(f.target, f.unit)}`;
      if (f.achievement !== null) main += ` atau ${achievementWords(f.achievement)}`;
    }
    clauses.push(main);
    if (f.status === 'BELOW_TARGET' && f.periodTarget !== null) {
      const short = amount(toPlain(sub(dec(f.periodTarget), dec(f.realization))), f.unit);
      const prorated = f.target !== null && f.periodTarget !== f.target;
      clauses.push(`kurang ${short} dari target${prorated ? ` prorata periode ini (${amount(f.periodTarget, f.unit)})` : ''}`);
    }
  }
  const growth = growthClause(f);
  if (growth) clauses.push(growth);
  return clauses.join(', ') + '.';
}
