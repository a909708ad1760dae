// shortestPaths: every shortest path between two actors (up to a limit) by a bidirectional,
// level-by-level breadth-first search that keeps every parent edge, so parallel relationships
// give distinct paths. graphology-shortest-path returns one path and cannot filter types or mix
// directed and symmetric edges, hence this.
import type { PathQuery, PathSet } from '../types.js';
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import { checkPathQuery } from './path-query.js';
import { compareWalks, toPathSet, type Walk } from './path-set.js';

/** An edge reaching a node from the side's previous level: relationship and actor numbers. */
interface Parent {
  rel: number;
  node: number;
}

/** One side of the search: hops from its root (-1: not reached) and the edges reaching each node. */
interface Side {
  mode: WalkMode;
  depth: number;
  frontier: number[];
  hops: Int32Array;
  parents: Map<number, Parent[]>;
}

export function shortestPaths(graph: DatasetGraph, query: PathQuery): PathSet {
  const q = checkPathQuery(graph, query);
  const ahead = side(graph, q.from, q.forward);
  const back = side(graph, q.to, q.backward);
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
    meeting = grow.frontier.filter((n) => other.hops[n] !== -1);
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

function side(graph: DatasetGraph, root: number, mode: WalkMode): Side {
  const hops = new Int32Array(graph.actorCount).fill(-1);
  hops[root] = 0;
  return { mode, depth: 0, frontier: [root], hops, parents: new Map() };
}

function frontierEdges(graph: DatasetGraph, s: Side): number {
  let edges = 0;
  for (const node of s.frontier) edges += graph.degreeAt(node);
  return edges;
}

function expand(graph: DatasetGraph, s: Side, types: TypeMask | undefined): void {
  const depth = s.depth + 1;
  const next: number[] = [];
  for (const node of s.frontier) {
    graph.forEachStep(node, s.mode, types, (rel, other) => {
      const seen = s.hops[other];
      if (seen === -1) {
        s.hops[other] = depth;
        s.parents.set(other, [{ rel, node }]);
        next.push(other);
      } else if (seen === depth) {
        s.parents.get(other)?.push({ rel, node });
      }
    });
  }
  s.depth = depth;
  s.frontier = next;
}

/** Every way back from `node` to the side's root, as a walk from `node` to the root. */
function* chains(s: Side, node: number): Generator<Walk> {
  const parents = s.parents.get(node);
  if (!parents) {
    yield { nodes: [node], rels: [] };
    return;
  }
  for (const { rel, node: parent } of parents) {
    for (const rest of chains(s, parent)) {
      yield { nodes: [node, ...rest.nodes], rels: [rel, ...rest.rels] };
    }
  }
}

/** head runs from the meeting node back to the start, tail from the meeting node to the end. */
function join(head: Walk, tail: Walk): Walk {
  return {
    nodes: [...head.nodes.slice().reverse(), ...tail.nodes.slice(1)],
    rels: [...head.rels.slice().reverse(), ...tail.rels],
  };
}
