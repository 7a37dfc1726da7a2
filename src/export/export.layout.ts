/** What the XLSX and PDF renderers share to lay a table out: column kinds, header runs, text widths. */
import { CellKind, Column } from './export.table';

/** The kinds whose cells are figures: an exact number and its writing. */
export const isFigure = (kind: CellKind): boolean => kind === 'rupiah' || kind === 'count' || kind === 'percent';

/** Runs of neighbouring columns of one metric (indexes into `columns`, `to` inclusive): the first header row's merged cells. */
export function groupRuns(columns: Pick<Column, 'group'>[]): { group: string; from: number; to: number }[] {
  const runs: { group: string; from: number; to: number }[] = [];
  columns.forEach((c, i) => {
    if (c.group === null) return;
    const last = runs[runs.length - 1];
    if (last && last.group === c.group && last.to === i - 1) last.to = i;
    else runs.push({ group: c.group, from: i, to: i });
  });
  return runs;
}

/** A font's character widths by class, in its renderer's unit; an estimate on the wide side. */
export interface FontWidths {
  digit: number;
  /** . , : ; ' | ! i l j I and space */
  narrow: number;
  /** - ( ) f r t */
  thin: number;
  /** m w M W % */
  wide: number;
  capital: number;
  other: number;
  bold: number;
}

/** Calibri in Excel's column unit (the width of "0"). */
export const CALIBRI: FontWidths = { digit: 1, narrow: 0.5, thin: 0.65, wide: 1.55, capital: 1.2, other: 0.95, bold: 1.08 };
/** Roboto in em. */
export const ROBOTO: FontWidths = { digit: 0.565, narrow: 0.28, thin: 0.37, wide: 0.87, capital: 0.68, other: 0.56, bold: 1.04 };

/** The width of `text` in `font`'s unit: a column too narrow shows "###" or spills over the page, one a little too wide costs nothing. */
export function textWidth(text: string, font: FontWidths, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') w += font.digit;
    else if (".,:;'|!iljI ".includes(ch)) w += font.narrow;
    else if ('-()frt'.includes(ch)) w += font.thin;
    else if ('mwMW%'.includes(ch)) w += font.wide;
    else if (ch >= 'A' && ch <= 'Z') w += font.capital;
    else w += font.other;
  }
  return bold ? w * font.bold : w;
}
