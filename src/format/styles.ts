/** The display styles shared by rupiah amounts and counts (GraphQL: the AmountStyle enum). */
export const FigureStyle = { FULL: 'FULL', SHORT: 'SHORT', COMPACT: 'COMPACT', WORDS: 'WORDS' } as const;
export type FigureStyle = (typeof FigureStyle)[keyof typeof FigureStyle];
export const FIGURE_STYLES: readonly FigureStyle[] = Object.values(FigureStyle);
