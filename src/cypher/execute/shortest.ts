// Breadth-first shortest paths between two nodes: one path (shortestPath) or every path of
// the least length (allShortestPaths), over relationship numbers.
import type { Direction } from '../graph/types.js';
import type { RunContext } from './context.js';

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
  // Per reached node: the relationships that reach it on a shortest walk (all) or the first one.
  const via = new Map<number, number[]>();
  via.set(from, []);
  let frontier = [from];
  let depth = 0;
  let reached = false;
  while (frontier.length > 0 && depth < max && !reached) {
    depth++;
    const next: number[] = [];
    const levelVia = new Map<number, number[]>();
    for (const node of frontier) {
      const rels = g.relationshipsOf(node, direction);
      ctx.expanded(rels.length);
      for (let i = 0; i < rels.length; i++) {
        const r = rels[i] as number;
        if (types && !types.has(g.relTypeId(r))) continue;
        if (accept && !accept(r)) continue;
        const s = g.relStart(r);
        const other =
          direction === 'out' ? g.relEnd(r) : direction === 'in' ? s : s === node ? g.relEnd(r) : s;
        if (via.has(other)) continue;
        const list = levelVia.get(other);
        if (list) {
          if (all) list.push(r);
          continue;
        }
        levelVia.set(other, [r]);
        next.push(other);
        if (other === to) reached = true;
      }
      if (reached && !all) break;
    }
    for (const [n, rs] of levelVia) via.set(n, rs);
    frontier = next;
  }
  if (!reached) return [];
  const paths: number[][] = [];
  const walk = (node: number, suffix: number[]) => {
    if (node === from) {
      paths.push([...suffix].reverse());
      return;
    }
    for (const r of via.get(node) ?? []) {
      const s = g.relStart(r);
      const prev = s === node ? g.relEnd(r) : s;
      // A self-loop can never be on a shortest walk, so prev differs from node.
      walk(prev, [...suffix, r]);
      if (!all) return;
    }
  };
  walk(to, []);
  return paths;
}
