// simplePaths: all simple paths up to maxHops, shortest first, by a depth-first search per path
// length pruned with each actor's distance to the target. graphology-simple-path enumerates every
// path with no limit, no type filter and out-edges only, hence this.
import type { PathQuery, PathSet } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { MAX_HOPS } from '../params.js';
import { checkPathQuery, type CheckedPathQuery } from './path-query.js';
import { toPathSet, type Walk } from './path-set.js';
import { stepReader, type StepReader } from './steps.js';
import { bfsDistances, type Distances } from './traversal.js';

export function simplePaths(graph: DatasetGraph, query: PathQuery): PathSet {
  const q = checkPathQuery(graph, query);
  const search = new PathSearch(graph, q);
  const walks: Walk[] = [];
  let truncated = false;
  for (let length = 1; length <= q.maxHops && !truncated; length++) {
    truncated = !search.pathsOfLength(length, walks);
  }
  return toPathSet(graph, q, walks, truncated);
}

class PathSearch {
  private readonly reader: StepReader;
  private readonly toTarget: Distances;
  /**
   * Per actor and hops left, the steps from it that may still reach the target in time, in key
   * order, as rel, next, rel, next, ...: an actor met again (a hub on many paths, or in the
   * next length's search) is not read again.
   */
  private readonly candidates = new Map<number, number[]>();

  constructor(
    private readonly graph: DatasetGraph,
    private readonly q: CheckedPathQuery,
  ) {
    this.reader = stepReader(graph);
    // Hops to the target from each actor near it (marks slot 0), out to maxHops - 1 where every
    // actor's distance is known. The last level is the widest: it is made only when it costs less
    // than reading the start's neighbours, which is what its distances would spare.
    const last = q.maxHops - 2;
    this.toTarget = bfsDistances(
      graph,
      q.to,
      q.backward,
      q.types,
      q.maxHops - 1,
      0,
      (frontier, depth) => depth < last || edgesOf(graph, frontier) < this.startEdges(),
    );
  }

  /** Appends the simple paths of exactly `length` hops; false when the limit cut them short. */
  pathsOfLength(length: number, walks: Walk[]): boolean {
    const { q } = this;
    const nodes = [q.from];
    const rels: number[] = [];
    const onPath = this.graph.visitMarks(1);
    onPath.set(q.from, 1);

    const extend = (node: number, left: number): boolean => {
      const steps = this.stepsFrom(node, left);
      for (let i = 0; i < steps.length; i += 2) {
        const [rel, next] = [steps[i] as number, steps[i + 1] as number];
        if (onPath.has(next)) continue;
        if (left === 1) {
          if (walks.length === q.limit) return false;
          walks.push({ nodes: [...nodes, next], rels: [...rels, rel] });
          continue;
        }
        nodes.push(next);
        rels.push(rel);
        onPath.set(next, 1);
        const complete = extend(next, left - 1);
        onPath.unset(next);
        rels.pop();
        nodes.pop();
        if (!complete) return false;
      }
      return true;
    };
    return extend(q.from, length);
  }

  /** The steps from `node` with `left` hops left that can end at the target in time. */
  private stepsFrom(node: number, left: number): number[] {
    const key = node * (MAX_HOPS + 1) + left;
    const known = this.candidates.get(key);
    if (known) return known;
    const { hops, depth } = this.toTarget;
    const steps = this.reader.list(left);
    const count = this.reader.read(node, this.q.forward, this.q.types, steps);
    const found: number[] = [];
    for (let i = 0; i < count; i++) {
      const next = steps.others[i] as number;
      // The target ends a path only on its last hop; an actor the search did not reach is
      // further than its depth.
      const marked = hops.get(next);
      const least = marked === -1 ? depth + 1 : marked;
      if (left === 1 ? marked === 0 : marked !== 0 && least <= left - 1) {
        found.push(steps.rels[i] as number, next);
      }
    }
    this.candidates.set(key, found);
    return found;
  }

  /** What the first hop's actors' steps cost to read: the edges beside the start's neighbours. */
  private startEdges(): number {
    const steps = this.reader.list(MAX_HOPS + 1);
    const count = this.reader.read(this.q.from, this.q.forward, this.q.types, steps);
    let edges = 0;
    for (let i = 0; i < count; i++) edges += this.graph.degreeAt(steps.others[i] as number);
    return edges;
  }
}

function edgesOf(graph: DatasetGraph, nodes: readonly number[]): number {
  let edges = 0;
  for (const node of nodes) edges += graph.degreeAt(node);
  return edges;
}
