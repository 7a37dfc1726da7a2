/** The office tree changed (an office added, renamed or moved), as the change commits: every rollup may have changed (src/live/). */
const listeners = new Set<() => void>();

export function onTreeChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function noteTreeChanged(): void {
  for (const listener of listeners) listener();
}
