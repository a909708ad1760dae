// Breadth-first distances from one actor, honouring walk mode and type filters, which
// graphology-traversal's bfs cannot do (it has no edge filter and no mixed direction).
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import type { VisitMarks } from './visit-marks.js';

export interface Distances {
  /** Hops from the start per actor number; -1 where not reached. Valid until the next query. */
  hops: VisitMarks;
  /** The actors reached, in the order the search met them (the start first). */
  reached: number[];
}

/** Hops from `start` to every actor within `maxDepth` hops (start itself at 0), in marks `slot`. */
export function bfsDistances(
  graph: DatasetGraph,
  start: number,
  mode: WalkMode,
  types: TypeMask | undefined,
  maxDepth: number,
  slot = 0,
): Distances {
  const hops = graph.visitMarks(slot);
  hops.set(start, 0);
  const reached = [start];
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      graph.forEachStep(node, mode, types, (_rel, other) => {
        if (hops.has(other)) return;
        hops.set(other, depth);
        next.push(other);
        reached.push(other);
      });
    }
    frontier = next;
  }
  return { hops, reached };
}
