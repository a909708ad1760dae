// Breadth-first distances from one actor, honouring walk mode and type filters, which
// graphology-traversal's bfs cannot do (it has no edge filter and no mixed direction).
import type { DatasetGraph, WalkMode } from './dataset-graph.js';

/** Hops from `start` to every actor within `maxDepth` hops (start itself at 0). */
export function bfsDistances(
  graph: DatasetGraph,
  start: string,
  mode: WalkMode,
  types: ReadonlySet<string> | undefined,
  maxDepth: number,
): Map<string, number> {
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachStep(node, mode, types, (_rel, other) => {
        if (distance.has(other)) return;
        distance.set(other, depth);
        next.push(other);
      });
    }
    frontier = next;
  }
  return distance;
}
