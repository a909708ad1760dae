// Breadth-first distances from one actor, honouring walk mode and type filters, which
// graphology-traversal's bfs cannot do (it has no edge filter and no mixed direction).
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import { stepReader } from './steps.js';
import type { VisitMarks } from './visit-marks.js';

export interface Distances {
  /** Hops from the start per actor number; -1 where not reached. Valid until the next query. */
  hops: VisitMarks;
  /** The actors reached, in the order the search met them (the start first). */
  reached: number[];
  /** How many levels the search made: every actor within that many hops is reached. */
  depth: number;
}

/**
 * Hops from `start` to every actor within `maxDepth` hops (start itself at 0), in marks `slot`.
 * `further`, when given, is asked before each level with the frontier (the actors `depth` hops
 * away) and stops the search when it says no.
 */
export function bfsDistances(
  graph: DatasetGraph,
  start: number,
  mode: WalkMode,
  types: TypeMask | undefined,
  maxDepth: number,
  slot = 0,
  further?: (frontier: readonly number[], depth: number) => boolean,
): Distances {
  const reader = stepReader(graph);
  const steps = reader.list(0);
  const hops = graph.visitMarks(slot);
  hops.set(start, 0);
  const reached = [start];
  let frontier = [start];
  let depth = 0;
  while (depth < maxDepth && frontier.length > 0 && (!further || further(frontier, depth))) {
    depth++;
    const next: number[] = [];
    for (const node of frontier) {
      const count = reader.read(node, mode, types, steps);
      for (let i = 0; i < count; i++) {
        const other = steps.others[i] as number;
        if (hops.has(other)) continue;
        hops.set(other, depth);
        next.push(other);
        reached.push(other);
      }
    }
    frontier = next;
  }
  // With nothing left to reach, every actor within maxDepth hops is reached.
  return { hops, reached, depth: frontier.length === 0 ? maxDepth : depth };
}
