/** Figures written, as each write commits: the metrics count them (src/http/metrics.ts). */
export interface FiguresWritten {
  inserted: number;
  updated: number;
  deleted: number;
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
