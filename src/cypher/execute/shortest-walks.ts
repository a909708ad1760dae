// The variable-length expand that plan/shortest-walks.ts picks when only the end nodes and their
// least distance matter: a breadth-first search from the start node yields each end node once,
// with one shortest walk to it, instead of every relationship-unique walk. Types, direction,
// relationship properties and the end node's tests apply exactly as in the general expand.
import { CypherError } from '../errors.js';
import type { Step } from '../plan/match-plan.js';
import { typeName } from '../values/compare.js';
import { NodeValue, RelationshipValue } from '../values/types.js';
import { otherEnd } from './other-end.js';
import type { Operator, Row, RunContext } from './context.js';

type Test = (id: number, row: Row, ctx: RunContext) => boolean;

/** What the general expand compiles from the pattern, shared so that both test alike. */
export interface ExpandTests {
  types: (ctx: RunContext) => Set<number> | undefined;
  /** Labels and properties of the end node. */
  node?: Test;
  /** Properties of each relationship. */
  rel?: Test;
  /** The end node's inline WHERE, read on the row that binds it. */
  nodeWhere?: Test;
}

export function shortestWalks(step: Step & { kind: 'expand' }, tests: ExpandTests): Operator {
  const { from, to, rel, direction, toBound, reversed } = step;
  const max = step.pattern.length?.max ?? Infinity;
  return function* (input, ctx) {
    const g = ctx.graph;
    const ids = tests.types(ctx);
    for (const row of input) {
      const f = row[from] ?? null;
      if (f === null) continue;
      if (!(f instanceof NodeValue))
        throw new CypherError('type', `Expected a NODE but got ${typeName(f)}`);
      const boundTo = toBound ? row[to] : undefined;
      if (toBound && !(boundTo instanceof NodeValue)) continue;
      // The relationship each reached node was first reached by (-1 for the start).
      const parent = new Map<number, number>([[f.id, -1]]);
      const emit = (end: number): Row | undefined => {
        if (boundTo && (boundTo as NodeValue).id !== end) return undefined;
        if (tests.node && !tests.node(end, row, ctx)) return undefined;
        const walk: RelationshipValue[] = [];
        for (let at = end, r = parent.get(at) as number; r >= 0; r = parent.get(at) as number) {
          walk.push(new RelationshipValue(g, r));
          const s = g.relStart(r);
          at = s === at ? g.relEnd(r) : s;
        }
        const out = row.slice();
        // Collected from the end back to the start: that is the pattern's order when reversed.
        out[rel] = reversed ? walk : walk.reverse();
        if (!toBound) out[to] = new NodeValue(g, end);
        return tests.nodeWhere && !tests.nodeWhere(end, out, ctx) ? undefined : out;
      };
      const first = emit(f.id);
      if (first) yield first;
      let frontier = [f.id];
      for (let depth = 1; depth <= max && frontier.length > 0; depth++) {
        const next: number[] = [];
        for (const node of frontier) {
          const rels = g.relationshipsOf(node, direction);
          ctx.expanded(rels.length);
          for (let i = 0; i < rels.length; i++) {
            const r = rels[i] as number;
            if (ids && !ids.has(g.relTypeId(r))) continue;
            const other = otherEnd(g, r, node, direction);
            if (parent.has(other) || (tests.rel && !tests.rel(r, row, ctx))) continue;
            parent.set(other, r);
            next.push(other);
          }
        }
        // Yielded once the level is walked: the store's relationship arrays are not kept open.
        for (const node of next) {
          const out = emit(node);
          if (out) yield out;
        }
        frontier = next;
      }
    }
  };
}
