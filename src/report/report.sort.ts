/**
 * Sorting and ranking report rows: pure, deterministic (the office code
 * breaks ties), empty values last whatever the direction.
 */
import { cmp, dec } from '../decimal/decimal';
import { PerformanceFigures } from '../rollup/performance.model';

export enum ReportSortField {
  REALIZATION = 'REALIZATION',
  TARGET = 'TARGET',
  ACHIEVEMENT = 'ACHIEVEMENT',
  GAP = 'GAP',
  CODE = 'CODE',
  NAME = 'NAME',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** The figures of a cell that a report sorts by. */
export type SortableCell = Pick<PerformanceFigures, 'realization' | 'target' | 'achievement' | 'gap'>;

export interface SortableRow {
  code: string;
  name: string;
  /** One per metric, in the report's metric order. */
  cells: SortableCell[];
}

export interface RowSort {
  /** Index of the metric whose cell sorts (ignored for CODE and NAME). */
  metricIndex: number;
  field: ReportSortField;
  direction: SortDirection;
}

function valueOf(cell: SortableCell, field: ReportSortField): string | null {
  switch (field) {
    case ReportSortField.REALIZATION:
      return cell.realization?.value ?? null;
    case ReportSortField.TARGET:
      return cell.target?.value ?? null;
    case ReportSortField.ACHIEVEMENT:
      return cell.achievement?.value ?? null;
    case ReportSortField.GAP:
      return cell.gap?.value ?? null;
    default:
      return null;
  }
}

/** Sorted copy; equal values keep code order, ascending. */
export function sortRows<T extends SortableRow>(rows: readonly T[], sort: RowSort): T[] {
  const sign = sort.direction === SortDirection.ASC ? 1 : -1;
  const byCode = (a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (sort.field === ReportSortField.CODE) return sign * byCode(a, b);
    if (sort.field === ReportSortField.NAME) return sign * a.name.localeCompare(b.name, 'id') || byCode(a, b);
    const va = valueOf(a.cells[sort.metricIndex], sort.field);
    const vb = valueOf(b.cells[sort.metricIndex], sort.field);
    if (va === null || vb === null) return va === vb ? byCode(a, b) : va === null ? 1 : -1;
    return sign * cmp(dec(va), dec(vb)) || byCode(a, b);
  });
}
