/**
 * A report as a table for files: a title, a header row and one row per
 * office plus the totals, each figure as raw value and as written the
 * Indonesian way. CSV and XLSX both render this.
 */
import { formatAmount, formatPercent, formatPeriodLabel } from '../format';
import { MetricUnit } from '../metric/metric.model';
import { AmountFigure, PercentFigure, PerformanceFigures } from '../rollup/performance.model';
import { ReportData } from '../report/report.model';

export type CellKind = 'text' | 'int' | 'rupiah' | 'count' | 'percent';

export interface Column {
  header: string;
  kind: CellKind;
}

/** A cell's exact value (decimal text) or text; null for empty. */
export type Cell = string | number | null;

export interface ExportTable {
  title: string;
  subtitle: string;
  columns: Column[];
  rows: Cell[][];
  fileName: string;
}

const amountKind = (unit: MetricUnit): CellKind => (unit === MetricUnit.RUPIAH ? 'rupiah' : 'count');

/** An amount's exact value and its full Indonesian writing. */
const amountCells = (a: AmountFigure | null): Cell[] => (a ? [a.value, formatAmount(a.value, a.unit)] : [null, null]);
/** Percentage points and their writing with two decimals. */
const percentCells = (p: PercentFigure | null): Cell[] => (p ? [p.value, formatPercent(p.value)] : [null, null]);

function cells(p: PerformanceFigures): Cell[] {
  return [...amountCells(p.realization), ...amountCells(p.target), ...percentCells(p.achievement), ...amountCells(p.gap), p.status];
}

export function reportTable(report: ReportData): ExportTable {
  const columns: Column[] = [
    { header: 'Peringkat', kind: 'int' },
    { header: 'Kode', kind: 'text' },
    { header: 'Kantor', kind: 'text' },
  ];
  for (const m of report.metrics) {
    const k = amountKind(m.unit);
    columns.push(
      { header: `${m.name} - Realisasi`, kind: k },
      { header: `${m.name} - Realisasi (teks)`, kind: 'text' },
      { header: `${m.name} - Target`, kind: k },
      { header: `${m.name} - Target (teks)`, kind: 'text' },
      { header: `${m.name} - Capaian (%)`, kind: 'percent' },
      { header: `${m.name} - Capaian (teks)`, kind: 'text' },
      { header: `${m.name} - Selisih`, kind: k },
      { header: `${m.name} - Selisih (teks)`, kind: 'text' },
      { header: `${m.name} - Status`, kind: 'text' },
    );
  }
  const rows: Cell[][] = report.rows.map((r) => [r.rank, r.unit.code, r.unit.name, ...r.cells.flatMap(cells)]);
  rows.push([null, report.parent.code, `Total ${report.parent.name}`, ...report.totals.flatMap(cells)]);
  const label = formatPeriodLabel(report.period.start, report.period.end);
  return {
    title: `Laporan Kinerja ${report.parent.name}`,
    subtitle: `Periode: ${label}`,
    columns,
    rows,
    fileName: `laporan-${report.parent.code}-${report.period.start}-${report.period.end}`.replace(/[^A-Za-z0-9_.-]/g, '_'),
  };
}
