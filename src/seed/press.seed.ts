import fs from 'node:fs';
import { parseCsvRecords } from '../common/csv';
import { dataFile } from '../common/project-root';
import { FactInput, FactKind } from '../fact/fact.model';

/** The published figures of data/demo/press_figures.csv; the source goes into the note. */
export function pressFigures(file = dataFile('demo', 'press_figures.csv')): FactInput[] {
  return parseCsvRecords(fs.readFileSync(file, 'utf8')).map((r) => ({
    unit: r.unit,
    metric: r.metric,
    segment: r.segment || null,
    kind: r.kind as FactKind,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    value: r.value,
    note: r.source || null,
  }));
}
