/**
 * A report as a table for files: a heading, two header rows (the metric, then
 * the field), one row per office, the totals, notes and the figures as
 * sentences. Every figure keeps its exact value and its Indonesian writing;
 * CSV, XLSX and PDF each render this one table.
 */
import { isWholeYear } from '../calendar/calendar';
import { add, cmp, dec, Dec, toPlain } from '../decimal/decimal';
import { formatAmount, formatDate, formatPercent, formatPeriodLabel, formatTimestamp, STATUS_WORDS } from '../format';
import { MetricDefinition, MetricUnit } from '../metric/metric.model';
import { OrgLevel } from '../org/org.model';
import { AmountFigure, PerformanceFigures, ValueSource } from '../rollup/performance.model';
import { buildPerformance } from '../rollup/performance.service';
import { ReportData } from '../report/report.model';

/** text: plain text; int: a whole number (the rank); rupiah, count, percent: a figure; status: a status code and its words. */
export type CellKind = 'text' | 'int' | 'rupiah' | 'count' | 'percent' | 'status';

export interface Column {
  /** The metric the column belongs to (the first header row), or null for the office columns. */
  group: string | null;
  /** The field: "Realisasi", "Capaian (%)". */
  header: string;
  kind: CellKind;
}

/** "Penerimaan Iuran - Realisasi": a column's one-line name, for CSV. */
export const fullHeader = (c: Column) => (c.group ? `${c.group} - ${c.header}` : c.header);

/** A figure's exact value (decimal text, percentage points, or a status code) and its Indonesian writing. */
export interface Figure {
  value: string;
  text: string;
}

export type Cell = string | number | Figure | null;

/** office: one office of the report; total: the parent office's own figures; sum: the rows added up, when that differs. */
export type RowKind = 'office' | 'total' | 'sum';

export interface TableRow {
  kind: RowKind;
  cells: Cell[];
}

export interface ExportTable {
  title: string;
  /** "Periode: Tahun 2024" */
  period: string;
  /** "Posisi data: 31 Desember 2024" */
  dataPosition: string;
  /** "Dicetak 22 November 2026 10.15 WIB" */
  printed: string;
  columns: Column[];
  rows: TableRow[];
  /** Lines under the table that say what the totals are and how the rows were chosen. */
  notes: string[];
  /** The totals as sentences, one per metric (Performance.summary). */
  summaries: string[];
  /** The first metric's total realization in words, for letters. */
  closing: string | null;
  fileName: string;
}

const amountKind = (unit: MetricUnit): CellKind => (unit === MetricUnit.RUPIAH ? 'rupiah' : 'count');

const amountCell = (a: AmountFigure | null): Cell => (a ? { value: a.value, text: formatAmount(a.value, a.unit) } : null);
const percentCell = (p: { value: string } | null): Cell => (p ? { value: p.value, text: formatPercent(p.value) } : null);

/** The figures of one metric that a row shows, in column order. */
function metricColumns(m: MetricDefinition, prorated: boolean): { column: Column; cell: (p: PerformanceFigures) => Cell }[] {
  const k = amountKind(m.unit);
  const group = m.name;
  return [
    { column: { group, header: 'Realisasi', kind: k }, cell: (p) => amountCell(p.realization) },
    { column: { group, header: 'Target', kind: k }, cell: (p) => amountCell(p.target) },
    ...(prorated
      ? [
          { column: { group, header: 'Target prorata', kind: k }, cell: (p: PerformanceFigures) => amountCell(p.proratedTarget) },
          {
            column: { group, header: 'Capaian prorata (%)', kind: 'percent' as const },
            cell: (p: PerformanceFigures) => percentCell(p.proratedAchievement),
          },
        ]
      : []),
    { column: { group, header: 'Capaian (%)', kind: 'percent' }, cell: (p) => percentCell(p.achievement) },
    { column: { group, header: 'Selisih', kind: k }, cell: (p) => amountCell(p.gap) },
    { column: { group, header: 'Status', kind: 'status' }, cell: (p) => ({ value: p.status, text: STATUS_WORDS[p.status] }) },
  ];
}

/** The exact sum of some figures, or null when none of them has a value. */
function sumOf(values: (string | undefined)[]): string | null {
  let total: Dec | null = null;
  for (const v of values) if (v !== undefined) total = total === null ? dec(v) : add(total, dec(v));
  return total === null ? null : toPlain(total);
}

/**
 * The rows of one metric added up: exact sums of their realizations and
 * targets, and the figures the rollup derives from sums (buildPerformance,
 * the same path as every other figure).
 */
function rowsAddedUp(report: ReportData, i: number): PerformanceFigures {
  const m = report.metrics[i];
  const sum = (pick: (p: PerformanceFigures) => AmountFigure | null) => sumOf(report.rows.map((r) => pick(r.cells[i])?.value));
  return buildPerformance(report.parent, m, null, report.period, {
    realization: sum((p) => p.realization),
    target: sum((p) => p.target),
    prorated_target: sum((p) => p.proratedTarget),
    realization_recorded: false,
    target_recorded: false,
    children_realization: null,
    data_until: report.totals[i].dataUntil,
  });
}

const sameFigure = (a: AmountFigure | null, b: AmountFigure | null) =>
  a === null ? b === null : b !== null && cmp(dec(a.value), dec(b.value)) === 0;

export interface TableExtras {
  /** The totals as sentences (Performance.summary), one per metric. */
  summaries: string[];
  /** When the file is made (its footer's print date). */
  now: Date;
}

export function reportTable(report: ReportData, extras: TableExtras): ExportTable {
  const prorated = !isWholeYear(report.period);
  const perMetric = report.metrics.map((m) => metricColumns(m, prorated));
  const columns: Column[] = [
    { group: null, header: 'Peringkat', kind: 'int' },
    { group: null, header: 'Kode', kind: 'text' },
    { group: null, header: 'Kantor', kind: 'text' },
    ...perMetric.flatMap((cols) => cols.map((c) => c.column)),
  ];
  const cellsOf = (figures: PerformanceFigures[]) => perMetric.flatMap((cols, i) => cols.map((c) => c.cell(figures[i])));

  const rows: TableRow[] = report.rows.map((r) => ({ kind: 'office', cells: [r.rank, r.unit.code, r.unit.name, ...cellsOf(r.cells)] }));
  // the national figures are the agency's, not the head office's
  const parent = report.parent.level === OrgLevel.NASIONAL ? 'Nasional' : report.parent.name;
  const sums = report.metrics.map((_, i) => rowsAddedUp(report, i));
  const differs = sums.some((s, i) => {
    const t = report.totals[i];
    return !sameFigure(s.realization, t.realization) || !sameFigure(s.target, t.target) || !sameFigure(s.proratedTarget, t.proratedTarget);
  });
  const recorded = report.totals.some((t) => t.realization?.source === ValueSource.RECORDED || t.target?.source === ValueSource.RECORDED);
  const notes: string[] = [];
  if (differs) {
    rows.push({
      kind: 'total',
      cells: [null, report.parent.code, `Total ${parent}${recorded ? ' (tercatat)' : ''}`, ...cellsOf(report.totals)],
    });
    rows.push({ kind: 'sum', cells: [null, null, 'Jumlah baris', ...cellsOf(sums)] });
    notes.push(
      `Total ${parent} mengikuti aturan rollup: di setiap tingkat dipakai angka yang dicatat kantor itu sendiri bila ada, selain itu jumlah kantor di bawahnya. ` +
        'Jumlah baris menjumlahkan baris yang ditampilkan di atas. Keduanya benar; selisihnya berasal dari angka yang dicatat langsung di tingkat di atas baris, atau dari baris yang tidak ditampilkan.',
    );
  } else {
    rows.push({ kind: 'total', cells: [null, report.parent.code, `Total ${parent}`, ...cellsOf(report.totals)] });
  }
  if (prorated) {
    notes.push(
      'Periode lebih pendek dari setahun: status dinilai terhadap target prorata periode ini; Target dan Capaian (%) adalah target setahun dan capaian terhadapnya.',
    );
  }
  if (report.status) {
    notes.push(`Hanya kantor dengan status ${report.metrics[0].name} "${STATUS_WORDS[report.status]}" yang ditampilkan.`);
  }

  const positions = report.totals.map((t) => t.dataUntil).filter((d): d is string => d !== null);
  const position = positions.length ? positions.reduce((a, b) => (a > b ? a : b)) : null;
  const first = report.totals[0];
  const firstMetric = report.metrics[0];
  const label = formatPeriodLabel(report.period.start, report.period.end);
  return {
    title: `Laporan Kinerja ${parent}`,
    period: `Periode: ${label}`,
    dataPosition: `Posisi data: ${position ? formatDate(position) : 'belum ada data'}`,
    printed: `Dicetak ${formatTimestamp(extras.now)}`,
    columns,
    rows,
    notes,
    summaries: extras.summaries,
    closing: first.realization
      ? `${firstMetric.name} ${parent}, ${label}: ${formatAmount(first.realization.value, first.realization.unit, { withUnit: true })} ` +
        `(${formatAmount(first.realization.value, first.realization.unit, { style: 'WORDS', withUnit: true })}).`
      : null,
    fileName: `laporan-${report.parent.code}-${report.period.start}-${report.period.end}`.replace(/[^A-Za-z0-9_.-]/g, '_'),
  };
}
