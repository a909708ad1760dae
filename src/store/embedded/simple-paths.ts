// simplePaths: all simple paths up to maxHops, shortest first, by a depth-first search per path
// length pruned with each actor's distance to the target. graphology-simple-path enumerates every
// path with no limit, no type filter and out-edges only, hence this.
import type { PathQuery, PathSet } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { checkPathQuery, type CheckedPathQuery } from './path-query.js';
import { toPathSet, type Walk } from './path-set.js';
import { bfsDistances } from './traversal.js';
import type { VisitMarks } from './visit-marks.js';

export function simplePaths(graph: DatasetGraph, query: PathQuery): PathSet {
  const q = checkPathQuery(graph, query);
  // Hops left to the target from each actor that can still reach it in time (marks slot 0).
  const toTarget = bfsDistances(graph, q.to, q.backward, q.types, q.maxHops - 1, 0).hops;
  const walks: Walk[] = [];
  let truncated = false;
  for (let length = 1; length <= q.maxHops && !truncated; length++) {
    truncated = !pathsOfLength(graph, q, toTarget, length, walks);
  }
  return toPathSet(graph, q, walks, truncated);
}

/** Appends the simple paths of exactly `length` hops; false when the limit cut them short. */
function pathsOfLength(
  graph: DatasetGraph,
  q: CheckedPathQuery,
  toTarget: VisitMarks,
  length: number,
  walks: Walk[],
): boolean {
  const nodes = [q.from];
  const rels: number[] = [];
  const onPath = graph.visitMarks(1);
  onPath.set(q.from, 1);
  let complete = true;

  const extend = (node: number): void => {
    const taken = rels.length + 1;
    graph.forEachStep(node, q.forward, q.types, (rel, other) => {
      if (!complete || onPath.has(other)) return;
      if (other === q.to) {
        if (taken !== length) return;
        if (walks.length === q.limit) {
          complete = false;
          return;
        }
        walks.push({ nodes: [...nodes, other], rels: [...rels, rel] });
        return;
      }
      const left = toTarget.get(other);
      if (left === -1 || taken + left > length) return;
      nodes.push(other);
      rels.push(rel);
      onPath.set(other, 1);
      extend(other);
      onPath.unset(other);
      rels.pop();
      nodes.pop();
    });
  };
  extend(q.from);
  return complete;
}
