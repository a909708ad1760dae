// shortestPaths: the shortest paths between two actors (up to a limit) in the order both stores
// share. A bidirectional breadth-first search over the adjacency arrays finds their length and
// stops at the first actor reached from both sides, as graphology-shortest-path's does; a
// depth-first walk from the start through the levels the two sides marked then meets the paths in
// the shared order and makes only those asked for. graphology-shortest-path returns one path and
// cannot filter types or mix directed and symmetric edges, hence this.
import type { PathQuery, PathSet } from '../types.js';
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import { checkPathQuery, type CheckedPathQuery } from './path-query.js';
import { toPathSet, type Walk } from './path-set.js';
import { stepReader, type StepReader } from './steps.js';
import type { VisitMarks } from './visit-marks.js';

/** One side of the search: hops from its root per actor (unmarked: not reached). */
interface Side {
  mode: WalkMode;
  depth: number;
  /** The actors of each whole level; the last is the frontier the next level grows from. */
  levels: number[][];
  hops: VisitMarks;
}

export function shortestPaths(graph: DatasetGraph, query: PathQuery): PathSet {
  const q = checkPathQuery(graph, query);
  const { walks, truncated } = shortestWalks(graph, q);
  return toPathSet(graph, q, walks, truncated);
}

/** The first `q.limit` shortest paths as numbers; `truncated` when there were others. */
export function shortestWalks(
  graph: DatasetGraph,
  q: CheckedPathQuery,
): { walks: Walk[]; truncated: boolean } {
  const reader = stepReader(graph);
  const ahead = side(graph, q.from, q.forward, 0);
  const back = side(graph, q.to, q.backward, 1);
  let met = false;
  let aheadGrew = false;
  while (
    !met &&
    ahead.depth + back.depth < q.maxHops &&
    frontier(ahead).length > 0 &&
    frontier(back).length > 0
  ) {
    // Growing the frontier with fewer edges to walk keeps both searches small around hubs.
    aheadGrew = stepCount(graph, frontier(ahead)) <= stepCount(graph, frontier(back));
    met = aheadGrew ? grow(reader, ahead, back, q.types) : grow(reader, back, ahead, q.types);
  }
  if (!met) return { walks: [], truncated: false };
  // The side that grew last stopped part way through its level; the other's levels are whole.
  const aheadLevels = aheadGrew ? ahead.depth - 1 : ahead.depth;
  const onPaths = markOnPaths(graph, reader, q, ahead, back, aheadLevels);
  // One more path than asked tells whether there were others.
  const length = ahead.depth + back.depth;
  const walks = firstWalks(reader, q, onPaths, back, aheadLevels, length, q.limit + 1);
  const truncated = walks.length > q.limit;
  walks.length = Math.min(walks.length, q.limit);
  return { walks, truncated };
}

/** A side rooted at `root`, in visit-mark slot `slot`. */
function side(graph: DatasetGraph, root: number, mode: WalkMode, slot: number): Side {
  const hops = graph.visitMarks(slot);
  hops.set(root, 0);
  return { mode, depth: 0, levels: [[root]], hops };
}

function frontier(s: Side): number[] {
  return s.levels[s.levels.length - 1] as number[];
}

/** Relationships touching the actors, an upper bound on the steps from them. */
function stepCount(graph: DatasetGraph, nodes: readonly number[]): number {
  let edges = 0;
  for (const node of nodes) edges += graph.degreeAt(node);
  return edges;
}

/**
 * Marks with its hop the ahead side's actors (up to its last whole level) that lie on a shortest
 * path: those of the last whole level with a step to the back side's last whole level, then,
 * level by level towards the start, those with a step to one already marked. The walk then never
 * enters an actor that leads nowhere (without these marks it read several times what the search
 * did, around hubs). Each level is found from whichever end has fewer steps to read: the steps
 * out of every actor of the nearer level, or those back from the actors just marked (few, but
 * often hubs).
 */
function markOnPaths(
  graph: DatasetGraph,
  reader: StepReader,
  q: CheckedPathQuery,
  ahead: Side,
  back: Side,
  aheadLevels: number,
): VisitMarks {
  const marks = graph.visitMarks(2);
  const backLevel = ahead.depth + back.depth - aheadLevels - 1;
  let marked = markLevel(
    graph,
    reader,
    q,
    ahead,
    aheadLevels,
    back.levels[backLevel] as number[],
    back.hops,
    backLevel,
    marks,
  );
  // The walk starts at the start whatever its mark: hop 1 is the last to mark.
  for (let hop = aheadLevels - 1; hop >= 1; hop--) {
    marked = markLevel(graph, reader, q, ahead, hop, marked, marks, hop + 1, marks);
  }
  return marks;
}

/**
 * Marks with `hop` the ahead side's actors of that level with a step to one of `targets`, actors
 * that `targetMarks` marks `targetHop`; returns them.
 */
function markLevel(
  graph: DatasetGraph,
  reader: StepReader,
  q: CheckedPathQuery,
  ahead: Side,
  hop: number,
  targets: readonly number[],
  targetMarks: VisitMarks,
  targetHop: number,
  marks: VisitMarks,
): number[] {
  const level = ahead.levels[hop] ?? [];
  const marked: number[] = [];
  if (stepCount(graph, level) <= stepCount(graph, targets)) {
    const steps = reader.cursor(0);
    for (const node of level) {
      steps.start(node, q.forward, q.types);
      while (steps.next()) {
        if (targetMarks.get(steps.other) !== targetHop) continue;
        marks.set(node, hop);
        marked.push(node);
        break;
      }
    }
    return marked;
  }
  const steps = reader.list(0);
  for (const node of targets) {
    const count = reader.read(node, q.backward, q.types, steps);
    for (let i = 0; i < count; i++) {
      const other = steps.others[i] as number;
      if (ahead.hops.get(other) !== hop || marks.has(other)) continue;
      marks.set(other, hop);
      marked.push(other);
    }
  }
  return marked;
}

/**
 * Grows `s` by one level; true, at once, when it reaches an actor `other` has reached. Paths
 * then have `s.depth + other.depth` hops: had that actor been nearer the other root, the search
 * would have met a level earlier.
 */
function grow(reader: StepReader, s: Side, other: Side, types: TypeMask | undefined): boolean {
  const depth = ++s.depth;
  const next: number[] = [];
  const steps = reader.list(0);
  for (const node of frontier(s)) {
    const count = reader.read(node, s.mode, types, steps);
    for (let i = 0; i < count; i++) {
      const reached = steps.others[i] as number;
      if (s.hops.has(reached)) continue;
      s.hops.set(reached, depth);
      if (other.hops.has(reached)) return true;
      next.push(reached);
    }
  }
  s.levels.push(next);
  return false;
}

/**
 * The first `want` shortest paths in the shared order: a depth-first walk from the start that
 * takes each actor's steps in key order meets paths in exactly that order (paths have one
 * length, and steps from one actor never share a key). Hop t reaches an actor marked on paths
 * with t while t is within the ahead side's whole levels, after that one the back side marked
 * `length - t`: these are the actors of shortest paths, and every one leads to the target. An
 * actor walked to the end keeps the steps that led to a path and is never read again (with many
 * paths asked for, the walk stays linear in what it reads).
 */
function firstWalks(
  reader: StepReader,
  q: CheckedPathQuery,
  onPaths: VisitMarks,
  back: Side,
  aheadLevels: number,
  length: number,
  want: number,
): Walk[] {
  const walks: Walk[] = [];
  const nodes = [q.from];
  const rels: number[] = [];
  /** Per actor walked to the end, its steps that led to a path: rel, next, rel, next, ... */
  const leading = new Map<number, number[]>();
  const take = (rel: number, next: number): void => {
    nodes.push(next);
    rels.push(rel);
    walk(next);
    rels.pop();
    nodes.pop();
  };
  const walk = (node: number): void => {
    const hop = rels.length + 1;
    if (hop > length) {
      walks.push({ nodes: [...nodes], rels: [...rels] });
      return;
    }
    const known = leading.get(node);
    if (known) {
      for (let i = 0; i < known.length && walks.length < want; i += 2) {
        take(known[i] as number, known[i + 1] as number);
      }
      return;
    }
    // One cursor per hop: the walks below this one move theirs without moving it.
    const steps = reader.cursor(hop).start(node, q.forward, q.types);
    const led: number[] = [];
    while (walks.length < want && steps.next()) {
      const { rel, other: next } = steps;
      const marked = hop <= aheadLevels ? onPaths.get(next) : length - back.hops.get(next);
      if (marked !== hop) continue;
      const before = walks.length;
      take(rel, next);
      if (walks.length > before) led.push(rel, next);
    }
    if (walks.length < want) leading.set(node, led);
  };
  walk(q.from);
  return walks;
}
