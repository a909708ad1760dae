// The node a relationship leads to from `from` when walked in `direction` (for 'both', the end
// that is not `from`; a self-loop leads back to it).
import type { Direction, QueryGraph } from '../graph/types.js';

export function otherEnd(g: QueryGraph, r: number, from: number, direction: Direction): number {
  const start = g.relStart(r);
  if (direction === 'out') return g.relEnd(r);
  if (direction === 'in') return start;
  return start === from ? g.relEnd(r) : start;
}
