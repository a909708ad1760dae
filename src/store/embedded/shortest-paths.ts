// shortestPaths: every shortest path between two actors (up to a limit) by a bidirectional,
// level-by-level breadth-first search that keeps every parent edge, so parallel relationships
// give distinct paths. graphology-shortest-path returns one path and cannot filter types or mix
// directed and symmetric edges, hence this.
import type { PathQuery, PathSet } from '../types.js';
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import { checkPathQuery } from './path-query.js';
import { compareWalks, toPathSet, type Walk } from './path-set.js';
import type { VisitMarks } from './visit-marks.js';

/**
 * One side of the search: hops from its root (unmarked: not reached) and the edges reaching each
 * node from the side's previous level, as linked lists in flat arrays: `firstParent` marks a
 * node's first entry, and entry i is relationship `parentRel[i]` from `parentNode[i]`, followed
 * by entry `nextParent[i]` (-1 ends the list). Nothing here is the size of the whole graph.
 */
interface Side {
  mode: WalkMode;
  depth: number;
  frontier: number[];
  hops: VisitMarks;
  firstParent: VisitMarks;
  parentRel: number[];
  parentNode: number[];
  nextParent: number[];
}

export function shortestPaths(graph: DatasetGraph, query: PathQuery): PathSet {
  const q = checkPathQuery(graph, query);
  const ahead = side(graph, q.from, q.forward, 0);
  const back = side(graph, q.to, q.backward, 2);
  let meeting: number[] = [];
  while (
    meeting.length === 0 &&
    ahead.depth + back.depth < q.maxHops &&
    ahead.frontier.length > 0 &&
    back.frontier.length > 0
  ) {
    // Growing the frontier with fewer edges to walk keeps both searches small around hubs.
    const [grow, other] =
      frontierEdges(graph, ahead) <= frontierEdges(graph, back) ? [ahead, back] : [back, ahead];
    expand(graph, grow, q.types);
    // Nodes first reached from both sides lie on shortest paths; none was met a level earlier.
    meeting = grow.frontier.filter((n) => other.hops.has(n));
  }

  // Every shortest path, then the first `limit` in hop order, so a limit keeps the same paths on
  // every store (the Neo4j store orders them alike).
  const walks: Walk[] = [];
  for (const middle of meeting) {
    for (const head of chains(ahead, middle)) {
      for (const tail of chains(back, middle)) walks.push(join(head, tail));
    }
  }
  walks.sort(compareWalks(graph));
  const truncated = walks.length > q.limit;
  walks.length = Math.min(walks.length, q.limit);
  return toPathSet(graph, q, walks, truncated);
}

/** A side rooted at `root`, in visit-mark slots `slot` and `slot + 1`. */
function side(graph: DatasetGraph, root: number, mode: WalkMode, slot: number): Side {
  const hops = graph.visitMarks(slot);
  hops.set(root, 0);
  return {
    mode,
    depth: 0,
    frontier: [root],
    hops,
    firstParent: graph.visitMarks(slot + 1),
    parentRel: [],
    parentNode: [],
    nextParent: [],
  };
}

function frontierEdges(graph: DatasetGraph, s: Side): number {
  let edges = 0;
  for (const node of s.frontier) edges += graph.degreeAt(node);
  return edges;
}

/** Grows the side by one level, recording every edge that reaches a node of the new level. */
function expand(graph: DatasetGraph, s: Side, types: TypeMask | undefined): void {
  const depth = s.depth + 1;
  const next: number[] = [];
  for (const node of s.frontier) {
    graph.forEachStep(node, s.mode, types, (rel, reached) => {
      const seen = s.hops.get(reached);
      if (seen === -1) {
        s.hops.set(reached, depth);
        next.push(reached);
      } else if (seen !== depth) return;
      // Prepending keeps each list in the order the edges were met, read back to front.
      const entry = s.parentRel.length;
      s.parentRel.push(rel);
      s.parentNode.push(node);
      s.nextParent.push(s.firstParent.get(reached));
      s.firstParent.set(reached, entry);
    });
  }
  s.depth = depth;
  s.frontier = next;
}

/** Every way back from `node` to the side's root, as a walk from `node` to the root. */
function* chains(s: Side, node: number): Generator<Walk> {
  const first = s.firstParent.get(node);
  if (first === -1) {
    yield { nodes: [node], rels: [] };
    return;
  }
  for (const entry of parentEntries(s, first)) {
    for (const rest of chains(s, s.parentNode[entry] as number)) {
      yield {
        nodes: [node, ...rest.nodes],
        rels: [s.parentRel[entry] as number, ...rest.rels],
      };
    }
  }
}

/** A node's parent entries in the order the search met them (its list holds them newest first). */
function parentEntries(s: Side, first: number): number[] {
  const entries: number[] = [];
  for (let e = first; e !== -1; e = s.nextParent[e] as number) entries.push(e);
  return entries.reverse();
}

/** head runs from the meeting node back to the start, tail from the meeting node to the end. */
function join(head: Walk, tail: Walk): Walk {
  return {
    nodes: [...head.nodes.slice().reverse(), ...tail.nodes.slice(1)],
    rels: [...head.rels.slice().reverse(), ...tail.rels],
  };
}
