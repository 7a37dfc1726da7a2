/** The display styles shared by rupiah amounts and counts. */
export type FigureStyle = 'FULL' | 'SHORT' | 'COMPACT' | 'WORDS';
export const FIGURE_STYLES: readonly FigureStyle[] = ['FULL', 'SHORT', 'COMPACT', 'WORDS'];
