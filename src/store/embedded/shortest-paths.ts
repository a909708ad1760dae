// shortestPaths: the shortest paths between two actors (up to a limit) by a bidirectional,
// level-by-level breadth-first search that keeps every parent edge, so parallel relationships
// give distinct paths, then a walk that makes only the paths asked for. graphology-shortest-path
// returns one path and cannot filter types or mix directed and symmetric edges, hence this.
import type { PathQuery, PathSet } from '../types.js';
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import { checkPathQuery } from './path-query.js';
import { stepKey, toPathSet, type Walk } from './path-set.js';
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

  // The first `limit` shortest paths in hop order (one more tells whether there were others), so
  // a limit keeps the same paths on every store (the Neo4j store orders them alike).
  const walks =
    meeting.length === 0 ? [] : firstWalks(graph, q.from, ahead, back, meeting, q.limit + 1);
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

/** A step of a shortest path: the relationship, the actor it reaches and its order key. */
interface Step {
  rel: number;
  next: number;
  key: number;
}

/**
 * The first `want` shortest paths in hop order, without making the others: a depth-first walk of
 * the shortest-path graph from the start that takes each actor's steps in key order meets paths
 * in exactly that order (paths have one length, and steps from one actor never share a key), and
 * stops at `want`. Every step it takes lies on a shortest path, so each branch ends in a path.
 */
function firstWalks(
  graph: DatasetGraph,
  from: number,
  ahead: Side,
  back: Side,
  meeting: readonly number[],
  want: number,
): Walk[] {
  const aheadSteps = stepsTowardsMeeting(graph, ahead, meeting);
  const backSteps = new Map<number, Step[]>();
  const walks: Walk[] = [];
  const nodes = [from];
  const rels: number[] = [];
  const walk = (node: number): void => {
    const onAhead = rels.length < ahead.depth;
    if (!onAhead && back.hops.get(node) === 0) {
      walks.push({ nodes: [...nodes], rels: [...rels] });
      return;
    }
    const steps = onAhead
      ? (aheadSteps.get(node) as Step[])
      : getOrMake(backSteps, node, () => stepsTowardsRoot(graph, back, node));
    for (const step of steps) {
      if (walks.length === want) return;
      nodes.push(step.next);
      rels.push(step.rel);
      walk(step.next);
      rels.pop();
      nodes.pop();
    }
  };
  walk(from);
  return walks;
}

/**
 * Per actor of the ahead side that lies on a shortest path, its steps one level further towards
 * the meeting actors, in key order: the parent entries of the meeting actors and of their
 * ancestors, turned around. Actors of the ahead side that lead nowhere are never looked at.
 */
function stepsTowardsMeeting(
  graph: DatasetGraph,
  ahead: Side,
  meeting: readonly number[],
): Map<number, Step[]> {
  const steps = new Map<number, Step[]>();
  const onPath = graph.visitMarks(4);
  const queue = [...meeting];
  for (const node of queue) onPath.set(node, 1);
  for (let i = 0; i < queue.length; i++) {
    const child = queue[i] as number;
    for (let e = ahead.firstParent.get(child); e !== -1; e = ahead.nextParent[e] as number) {
      const [rel, parent] = [ahead.parentRel[e] as number, ahead.parentNode[e] as number];
      const step = { rel, next: child, key: stepKey(graph, parent, rel) };
      getOrMake(steps, parent, () => []).push(step);
      if (!onPath.has(parent)) {
        onPath.set(parent, 1);
        queue.push(parent);
      }
    }
  }
  for (const list of steps.values()) list.sort(byKey);
  return steps;
}

/** The steps of a back side's actor one level nearer its root, in key order. */
function stepsTowardsRoot(graph: DatasetGraph, back: Side, node: number): Step[] {
  const steps: Step[] = [];
  for (let e = back.firstParent.get(node); e !== -1; e = back.nextParent[e] as number) {
    const rel = back.parentRel[e] as number;
    steps.push({ rel, next: back.parentNode[e] as number, key: stepKey(graph, node, rel) });
  }
  return steps.sort(byKey);
}

function byKey(a: Step, b: Step): number {
  return a.key - b.key;
}

function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
