// Shortest paths between two nodes by a bidirectional breadth-first search, level by level,
// growing the side whose frontier has fewer relationships to walk: one path (shortestPath)
// or every path of the least length (allShortestPaths), as relationship numbers.
import type { Direction, QueryGraph } from '../graph/types.js';
import type { RunContext } from './context.js';
import type { VisitMarks } from '../../store/embedded/visit-marks.js';
import { releaseMarks, takeMarks } from './node-marks.js';

interface Side {
  root: number;
  direction: Direction;
  depth: number;
  frontier: number[];
  /** Depth (field 0) and, for one path, the relationship reaching each node (field 1). */
  marks: VisitMarks;
  /** Every relationship reaching each node from the previous level, for all shortest paths. */
  parents?: Map<number, number[]>;
}

const DEPTH = 0;
const PARENT = 1;

function side(root: number, direction: Direction, all: boolean): Side {
  const marks = takeMarks();
  marks.set(root, 0, DEPTH);
  return { root, direction, depth: 0, frontier: [root], marks, ...(all && { parents: new Map() }) };
}

const EMPTY: ArrayLike<number> = [];

/** The relationships of `node` in `direction`, outgoing then incoming, each self-loop once. */
function eachRelationship(
  g: QueryGraph,
  node: number,
  direction: Direction,
  visit: (rel: number, other: number) => void,
): number {
  const out = direction === 'in' ? EMPTY : g.relationshipsOf(node, 'out');
  const into = direction === 'out' ? EMPTY : g.relationshipsOf(node, 'in');
  for (let i = 0; i < out.length; i++) visit(out[i] as number, g.relEnd(out[i] as number));
  for (let i = 0; i < into.length; i++) {
    const r = into[i] as number;
    const start = g.relStart(r);
    if (direction === 'in' || start !== node || g.relEnd(r) !== node) visit(r, start);
  }
  return out.length + into.length;
}

/** How many relationships a level of `s` would walk (the store's arrays are views, not copies). */
function work(g: QueryGraph, s: Side): number {
  let n = 0;
  for (const node of s.frontier) {
    if (s.direction !== 'in') n += g.relationshipsOf(node, 'out').length;
    if (s.direction !== 'out') n += g.relationshipsOf(node, 'in').length;
  }
  return n;
}

function otherEnd(g: QueryGraph, rel: number, node: number): number {
  const s = g.relStart(rel);
  return s === node ? g.relEnd(rel) : s;
}

export function shortestPaths(
  ctx: RunContext,
  from: number,
  to: number,
  direction: Direction,
  types: Set<number> | undefined,
  accept: ((rel: number) => boolean) | undefined,
  min: number,
  max: number,
  all: boolean,
): number[][] {
  const g = ctx.graph;
  if (from === to) return min === 0 ? [[]] : [];
  const ahead = side(from, direction, all);
  const back = side(to, direction === 'out' ? 'in' : direction === 'in' ? 'out' : 'both', all);
  try {
    let meeting: number[] = [];
    while (
      meeting.length === 0 &&
      ahead.depth + back.depth < max &&
      ahead.frontier.length > 0 &&
      back.frontier.length > 0
    ) {
      const [grow, other] = work(g, ahead) <= work(g, back) ? [ahead, back] : [back, ahead];
      const depth = ++grow.depth;
      const { marks, parents } = grow;
      const next: number[] = [];
      const visit = (r: number, o: number) => {
        if (types && !types.has(g.relTypeId(r))) return;
        if (accept && !accept(r)) return;
        if (!marks.has(o)) {
          marks.set(o, depth, DEPTH);
          marks.set(o, r, PARENT);
          parents?.set(o, [r]);
          next.push(o);
        } else if (parents && marks.get(o, DEPTH) === depth) (parents.get(o) as number[]).push(r);
      };
      for (const node of grow.frontier)
        ctx.expanded(eachRelationship(g, node, grow.direction, visit));
      grow.frontier = next;
      meeting = next.filter((n) => other.marks.has(n));
    }
    const paths: number[][] = [];
    for (const middle of meeting) {
      for (const head of chains(g, ahead, middle, all))
        for (const tail of chains(g, back, middle, all)) {
          paths.push([...head, ...tail.reverse()]);
          if (!all) return paths;
        }
    }
    return paths;
  } finally {
    releaseMarks(ahead.marks);
    releaseMarks(back.marks);
  }
}

/** The walks from a side's root to `node`, as relationships from the root outwards. */
function chains(g: QueryGraph, s: Side, node: number, all: boolean): number[][] {
  if (node === s.root) return [[]];
  const out: number[][] = [];
  for (const r of s.parents?.get(node) ?? [s.marks.get(node, PARENT)]) {
    for (const c of chains(g, s, otherEnd(g, r, node), all)) {
      c.push(r);
      out.push(c);
      if (!all) return out;
    }
  }
  return out;
}
