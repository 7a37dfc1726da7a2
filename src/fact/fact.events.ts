/** Figures written, as each write commits: the metrics count them (src/http/metrics.ts), live updates push them (src/live/). */
export interface FiguresWritten {
  inserted: number;
  updated: number;
  deleted: number;
  /** The offices, metrics and years whose facts the write changed (every fact lies inside one calendar year). */
  touched: readonly FactTouch[];
}

/** One office's facts of one metric in one year, changed by a write. */
export interface FactTouch {
  unit: string;
  metric: string;
  year: number;
}

const listeners = new Set<(change: FiguresWritten) => void>();

/** Called after every committed write of facts through the write path; returns the unsubscribe. */
export function onFiguresWritten(listener: (change: FiguresWritten) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function noteFiguresWritten(change: FiguresWritten): void {
  for (const listener of listeners) listener(change);
}

/** The distinct (office, metric, year) of written rows. */
export function touchedBy(rows: readonly { unit: string; metric: string; periodStart: string }[]): FactTouch[] {
  const seen = new Map<string, FactTouch>();
  for (const r of rows) {
    const year = Number(r.periodStart.slice(0, 4));
    const key = `${r.unit}|${r.metric}|${year}`;
    if (!seen.has(key)) seen.set(key, { unit: r.unit, metric: r.metric, year });
  }
  return [...seen.values()];
}
