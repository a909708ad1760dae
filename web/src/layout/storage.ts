// Node positions kept in localStorage, keyed by the dataset's fingerprint, so a reload shows the
// picture the user left. Only the latest dataset is kept, to stay far from the storage quota.
import type { ExplorerGraph } from '../graph/build.js';

const PREFIX = 'actorgraph:positions:';

type Saved = Record<string, [number, number]>;

/** Puts saved positions on the graph; false (and nothing changed) unless every node has one. */
export function restorePositions(graph: ExplorerGraph, key: string): boolean {
  let saved: Saved;
  try {
    saved = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null') as Saved;
  } catch {
    return false;
  }
  if (!saved || typeof saved !== 'object') return false;
  const complete = graph.everyNode((node) => {
    const p = saved[node];
    return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);
  });
  if (!complete) return false;
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      const [x, y] = saved[node] as [number, number];
      return { ...attrs, x, y };
    },
    { attributes: ['x', 'y'] },
  );
  return true;
}

export function savePositions(graph: ExplorerGraph, key: string): void {
  const saved: Saved = {};
  // Full precision: rounding would shift every node a little and the picture with it.
  graph.forEachNode((node, { x, y }) => {
    saved[node] = [x, y];
  });
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX) && k !== PREFIX + key) localStorage.removeItem(k);
    }
    localStorage.setItem(PREFIX + key, JSON.stringify(saved));
  } catch {
    // Storage full or disabled (private mode): positions simply are not kept.
  }
}
