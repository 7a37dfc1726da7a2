import { MetricUnit } from '../metric/metric.model';
import { ValueSource } from '../rollup/performance.model';
import { ReportSortField, SortableCell, sortRows, SortDirection } from './report.sort';

function row(code: string, name: string, realization: string | null, achievement: string | null) {
  const cell: SortableCell = {
    realization: realization === null ? null : { value: realization, unit: MetricUnit.RUPIAH, source: ValueSource.RECORDED },
    target: null,
    achievement: achievement === null ? null : { value: achievement },
    gap: null,
  };
  return { code, name, cells: [cell] };
}

const rows = [
  row('B', 'Bekasi', '10.00', '99.5000'),
  row('A', 'Cilegon', '10.00', '120.0000'),
  row('C', 'Anyer', null, null),
  row('D', 'Depok', '9007199254740993.00', '80.0000'),
];
const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('sortRows', () => {
  it('sorts exactly by a cell, empty values last, the code breaking ties', () => {
    expect(codes(sortRows(rows, { metricIndex: 0, field: ReportSortField.REALIZATION, direction: SortDirection.DESC }))).toEqual([
      'D',
      'A',
      'B',
      'C',
    ]);
    expect(codes(sortRows(rows, { metricIndex: 0, field: ReportSortField.REALIZATION, direction: SortDirection.ASC }))).toEqual([
      'A',
      'B',
      'D',
      'C',
    ]);
    expect(codes(sortRows(rows, { metricIndex: 0, field: ReportSortField.ACHIEVEMENT, direction: SortDirection.DESC }))).toEqual([
      'A',
      'B',
      'D',
      'C',
    ]);
  });

  it('sorts by code and by name', () => {
    expect(codes(sortRows(rows, { metricIndex: 0, field: ReportSortField.CODE, direction: SortDirection.ASC }))).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(codes(sortRows(rows, { metricIndex: 0, field: ReportSortField.NAME, direction: SortDirection.ASC }))).toEqual([
      'C',
      'B',
      'A',
      'D',
    ]);
  });

  it('does not change its input', () => {
    sortRows(rows, { metricIndex: 0, field: ReportSortField.CODE, direction: SortDirection.DESC });
    expect(codes(rows)).toEqual(['B', 'A', 'C', 'D']);
  });
});
