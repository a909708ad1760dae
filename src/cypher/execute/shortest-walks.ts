// The variable-length expand that plan/shortest-walks.ts picks when only the end nodes and their
// least length matter: a breadth-first search from the start node yields each end node once,
// with its least length, instead of every relationship-unique walk. Types, direction,
// relationship properties and the end node's tests apply exactly as in the general expand.
import { CypherError } from '../errors.js';
import type { Step } from '../plan/match-plan.js';
import { typeName } from '../values/compare.js';
import { NodeValue } from '../values/types.js';
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
  const { from, to, direction, toBound } = step;
  const lengthSlot = step.shortestWalks?.length;
  const min = step.pattern.length?.min ?? 1;
  const max = step.pattern.length?.max ?? Infinity;
  return function* (input, ctx) {
    const g = ctx.graph;
    const ids = tests.types(ctx);
    const follows = (r: number, row: Row) =>
      (!ids || ids.has(g.relTypeId(r))) && (!tests.rel || tests.rel(r, row, ctx));
    for (const row of input) {
      const f = row[from] ?? null;
      if (f === null) continue;
      if (!(f instanceof NodeValue))
        throw new CypherError('type', `Expected a NODE but got ${typeName(f)}`);
      const boundTo = toBound ? row[to] : undefined;
      if (toBound && !(boundTo instanceof NodeValue)) continue;
      const emit = (end: number, length: number): Row | undefined => {
        if (boundTo && (boundTo as NodeValue).id !== end) return undefined;
        if (tests.node && !tests.node(end, row, ctx)) return undefined;
        const out = row.slice();
        if (!toBound) out[to] = new NodeValue(g, end);
        if (lengthSlot !== undefined) out[lengthSlot] = BigInt(length);
        return tests.nodeWhere && !tests.nodeWhere(end, out, ctx) ? undefined : out;
      };
      if (min === 0) {
        const first = emit(f.id, 0);
        if (first) yield first;
      }
      // With a least length of 1 the start is an end node only by a closed walk back to it.
      const cycle = min === 1 ? new ShortestCycle(f.id, direction) : undefined;
      const seen = new Set<number>([f.id]);
      let frontier = [f.id];
      for (let depth = 1; depth <= max && frontier.length > 0; depth++) {
        const next: number[] = [];
        for (const node of frontier) {
          const rels = g.relationshipsOf(node, direction);
          ctx.expanded(rels.length);
          for (let i = 0; i < rels.length; i++) {
            const r = rels[i] as number;
            if (!follows(r, row)) continue;
            const other = otherEnd(g, r, node, direction);
            if (seen.has(other)) {
              cycle?.closing(r, node, other, depth - 1);
              continue;
            }
            seen.add(other);
            cycle?.reached(other, node, r, depth);
            next.push(other);
          }
        }
        // Yielded once the level is walked: the store's relationship arrays are not kept open.
        for (const node of next) {
          const out = emit(node, depth);
          if (out) yield out;
        }
        frontier = next;
      }
      if (cycle && cycle.length <= max && cycle.length < Infinity) {
        const out = emit(f.id, cycle.length);
        if (out) yield out;
      }
    }
  };
}

/**
 * The length of the shortest closed trail from the start back to it, found during its breadth-
 * first search. Directed, it is the least depth of a node with a relationship into the start,
 * plus one. Undirected, a relationship between two reached nodes that is in neither's search
 * tree closes a cycle through the start when the two hang from different relationships of the
 * start (`branch`; the start counts as its own): the tree paths then share only the start, so
 * tree path, relationship, tree path back is a trail, and the least such sum is the shortest
 * cycle through the start (walking any cycle through it, the branch changes at some relationship
 * whose two depths sum to at most the cycle's length minus one). A self-loop at the start is 1.
 */
class ShortestCycle {
  length = Infinity;
  private readonly depth = new Map<number, number>();
  private readonly branch = new Map<number, number>();
  private readonly parent = new Map<number, number>();

  constructor(
    private readonly start: number,
    private readonly direction: 'out' | 'in' | 'both',
  ) {
    this.depth.set(start, 0);
    this.branch.set(start, -1);
  }

  reached(node: number, from: number, rel: number, depth: number): void {
    this.depth.set(node, depth);
    if (this.direction !== 'both') return;
    this.parent.set(node, rel);
    this.branch.set(node, from === this.start ? rel : (this.branch.get(from) as number));
  }

  /** `rel` leads from `node`, at `depth`, to the already reached `other`. */
  closing(rel: number, node: number, other: number, depth: number): void {
    if (this.direction !== 'both') {
      if (other === this.start) this.length = Math.min(this.length, depth + 1);
      return;
    }
    if (node === this.start && other === this.start) {
      this.length = Math.min(this.length, 1);
      return;
    }
    if (this.parent.get(node) === rel || this.parent.get(other) === rel) return;
    if (this.branch.get(node) === this.branch.get(other)) return;
    this.length = Math.min(this.length, depth + (this.depth.get(other) as number) + 1);
  }
}
