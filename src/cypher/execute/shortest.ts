// Shortest paths between two nodes by a bidirectional breadth-first search, level by level,
// growing the side whose frontier has fewer relationships to walk: one path (shortestPath)
// or every path of the least length (allShortestPaths), as relationship numbers.
import type { Direction, QueryGraph } from '../graph/types.js';
import type { RunContext } from './context.js';

interface Side {
  root: number;
  direction: Direction;
  depth: number;
  frontier: number[];
  hops: Map<number, number>;
  /** The relationships reaching each node from the previous level of this side. */
  parents: Map<number, number[]>;
}

function side(root: number, direction: Direction): Side {
  return {
    root,
    direction,
    depth: 0,
    frontier: [root],
    hops: new Map([[root, 0]]),
    parents: new Map(),
  };
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
  const ahead = side(from, direction);
  const back = side(to, direction === 'out' ? 'in' : direction === 'in' ? 'out' : 'both');
  let meeting: number[] = [];
  const work = (s: Side) =>
    s.frontier.reduce((n, node) => n + g.relationshipsOf(node, s.direction).length, 0);
  while (
    meeting.length === 0 &&
    ahead.depth + back.depth < max &&
    ahead.frontier.length > 0 &&
    back.frontier.length > 0
  ) {
    const [grow, other] = work(ahead) <= work(back) ? [ahead, back] : [back, ahead];
    const depth = ++grow.depth;
    const next: number[] = [];
    for (const node of grow.frontier) {
      const rels = g.relationshipsOf(node, grow.direction);
      ctx.expanded(rels.length);
      for (let i = 0; i < rels.length; i++) {
        const r = rels[i] as number;
        if (types && !types.has(g.relTypeId(r))) continue;
        if (accept && !accept(r)) continue;
        const o = otherEnd(g, r, node);
        const seen = grow.hops.get(o);
        if (seen === undefined) {
          grow.hops.set(o, depth);
          grow.parents.set(o, [r]);
          next.push(o);
        } else if (seen === depth && all) (grow.parents.get(o) as number[]).push(r);
      }
    }
    grow.frontier = next;
    meeting = next.filter((n) => other.hops.has(n));
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
}

/** The walks from a side's root to `node`, as relationships from the root outwards. */
function chains(g: QueryGraph, s: Side, node: number, all: boolean): number[][] {
  if (node === s.root) return [[]];
  const out: number[][] = [];
  for (const r of s.parents.get(node) ?? []) {
    for (const c of chains(g, s, otherEnd(g, r, node), all)) {
      c.push(r);
      out.push(c);
      if (!all) return out;
    }
  }
  return out;
}
