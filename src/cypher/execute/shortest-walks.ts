// The variable-length expand that plan/shortest-walks.ts picks when only the end nodes and their
// least length matter: a breadth-first search from the start node yields each end node once,
// with its least length, instead of every relationship-unique walk. Types, direction,
// relationship properties and the end node's tests apply exactly as in the general expand.
import { CypherError } from '../errors.js';
import type { Step } from '../plan/match-plan.js';
import { typeName } from '../values/compare.js';
import { NodeValue } from '../values/types.js';
import type { VisitMarks } from '../../store/embedded/visit-marks.js';
import { releaseMarks, takeMarks } from './node-marks.js';
import type { NodeAdjacency, QueryGraph } from '../graph/types.js';
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

/** Numbers a search keeps per reached node, in VisitMarks fields. */
const DEPTH = 0;
/** The start's relationship the node hangs from in the search tree (-1 for the start). */
const BRANCH = 1;
/** The relationship the node was reached by. */
const PARENT = 2;

/** Relationship type numbers as a lookup table (type numbers are small; -1 is no type). */
function typeTable(ids: Set<number>): Uint8Array {
  const table = new Uint8Array(Math.max(0, ...ids) + 1);
  for (const id of ids) if (id >= 0) table[id] = 1;
  return table;
}

export function shortestWalks(step: Step & { kind: 'expand' }, tests: ExpandTests): Operator {
  const { from, to, direction, toBound } = step;
  const lengthSlot = step.shortestWalks?.length;
  // Under `b <> a` the start is no end: neither its zero-length walk nor its cycle is looked for.
  const withStart = step.shortestWalks?.distinctEnds !== true;
  const min = step.pattern.length?.min ?? 1;
  const max = step.pattern.length?.max ?? Infinity;
  // The type set is the same object while the graph is: its table is built once, not per run.
  let table: { ids: Set<number>; allowed: Uint8Array } | undefined;
  return function* (input, ctx) {
    const g = ctx.graph;
    const ids = tests.types(ctx);
    if (ids && table?.ids !== ids) table = { ids, allowed: typeTable(ids) };
    const allowed = ids && table?.allowed;
    const marks = takeMarks();
    const adjacency = g.adjacency?.();
    // One INTEGER per length, shared by the rows: bigints are immutable.
    const lengths: bigint[] = [];
    try {
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
          if (lengthSlot !== undefined) out[lengthSlot] = lengths[length] ??= BigInt(length);
          return tests.nodeWhere && !tests.nodeWhere(end, out, ctx) ? undefined : out;
        };
        if (min === 0 && withStart) {
          const first = emit(f.id, 0);
          if (first) yield first;
        }
        // With a least length of 1 the start is an end node only by a closed walk back to it.
        const cycle =
          min === 1 && withStart ? new ShortestCycle(f.id, direction, marks) : undefined;
        const search = new LevelSearch(
          g,
          direction,
          allowed,
          tests.rel,
          row,
          ctx,
          marks,
          cycle,
          adjacency,
        );
        search.begin(f.id);
        let frontier = [f.id];
        for (let depth = 1; depth <= max && frontier.length > 0; depth++) {
          frontier = search.level(frontier, depth);
          // Yielded once the level is walked: the store's relationship arrays are not kept open.
          for (const node of frontier) {
            const out = emit(node, depth);
            if (out) yield out;
          }
        }
        if (cycle && cycle.length <= max && cycle.length < Infinity) {
          const out = emit(f.id, cycle.length);
          if (out) yield out;
        }
      }
    } finally {
      releaseMarks(marks);
    }
  };
}

/**
 * One breadth-first search, a level at a time. A class with its state in fields rather than a
 * closure over the generator's variables, which V8 keeps in a heap context: 5-25% faster a query.
 */
class LevelSearch {
  constructor(
    private readonly g: QueryGraph,
    private readonly direction: 'out' | 'in' | 'both',
    private readonly allowed: Uint8Array | undefined,
    private readonly relTest: Test | undefined,
    private readonly row: Row,
    private readonly ctx: RunContext,
    private readonly marks: VisitMarks,
    private readonly cycle: ShortestCycle | undefined,
    private readonly adjacency: NodeAdjacency | undefined,
  ) {}

  begin(start: number): void {
    const { marks } = this;
    marks.clear();
    marks.set(start, 0, DEPTH);
    marks.set(start, -1, BRANCH);
    marks.set(start, -1, PARENT);
  }

  /** The nodes first reached at `depth`, from the frontier at `depth - 1`. */
  level(frontier: readonly number[], depth: number): number[] {
    const next: number[] = [];
    // Both ways, the outgoing then the incoming relationships; a self-loop is in both.
    for (const node of frontier) {
      if (this.direction !== 'in') this.expandFrom(node, true, depth, next);
      if (this.direction !== 'out') this.expandFrom(node, false, depth, next);
    }
    return next;
  }

  /**
   * Follows the relationships leaving (`outgoing`) or entering `node`: read in place from the
   * graph's adjacency arrays where it has them for the node, so that no list is made per node.
   */
  private expandFrom(node: number, outgoing: boolean, depth: number, next: number[]): void {
    const { g, adjacency } = this;
    let list: ArrayLike<number>;
    let at = 0;
    let end: number;
    if (adjacency && node < adjacency.nodes) {
      const buckets = outgoing ? adjacency.out : adjacency.in;
      list = buckets.items;
      at = buckets.start[node] as number;
      end = buckets.start[node + 1] as number;
    } else {
      list = g.relationshipsOf(node, outgoing ? 'out' : 'in');
      end = list.length;
    }
    this.ctx.expanded(end - at);
    for (; at < end; at++) {
      const r = list[at] as number;
      // A self-loop, in both lists when walking both ways, can only close a cycle: twice is once.
      if (this.passes(r)) this.follow(r, node, outgoing ? g.relEnd(r) : g.relStart(r), depth, next);
    }
  }

  /**
   * Whether the walk may take `r`: its type, then its properties. Asked before its other end is
   * read, since most relationships of a typed search fail here.
   */
  private passes(r: number): boolean {
    if (this.allowed && this.allowed[this.g.relTypeId(r)] !== 1) return false;
    return !this.relTest || this.relTest(r, this.row, this.ctx);
  }

  /** The relationship `r` from `node` to `other`, found while searching level `depth`. */
  private follow(r: number, node: number, other: number, depth: number, next: number[]): void {
    if (this.marks.has(other)) this.cycle?.closing(r, node, other, depth - 1);
    else {
      this.marks.set(other, depth, DEPTH);
      this.cycle?.reached(other, node, r);
      next.push(other);
    }
  }
}

/**
 * The length of the shortest closed trail from the start back to it, found during its breadth-
 * first search. Directed, it is the least depth of a node with a relationship into the start,
 * plus one. Undirected, a relationship between two reached nodes that is in neither's search
 * tree closes a cycle through the start when the two hang from different relationships of the
 * start (BRANCH; the start counts as its own): the tree paths then share only the start, so
 * tree path, relationship, tree path back is a trail, and the least such sum is the shortest
 * cycle through the start (walking any cycle through it, the branch changes at some relationship
 * whose two depths sum to at most the cycle's length minus one). A self-loop at the start is 1.
 */
class ShortestCycle {
  length = Infinity;

  constructor(
    private readonly start: number,
    private readonly direction: 'out' | 'in' | 'both',
    private readonly marks: VisitMarks,
  ) {}

  reached(node: number, from: number, rel: number): void {
    if (this.direction !== 'both') return;
    this.marks.set(node, rel, PARENT);
    this.marks.set(node, from === this.start ? rel : this.marks.get(from, BRANCH), BRANCH);
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
    const { marks } = this;
    if (marks.get(node, PARENT) === rel || marks.get(other, PARENT) === rel) return;
    if (marks.get(node, BRANCH) === marks.get(other, BRANCH)) return;
    this.length = Math.min(this.length, depth + marks.get(other, DEPTH) + 1);
  }
}
