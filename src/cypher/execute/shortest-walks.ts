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

/** One INTEGER per length, shared by every row of every run: bigints are immutable. */
const LENGTHS: bigint[] = [];

/** What a shortest-walk step binds and tests, fixed when the query is compiled. */
interface WalkStep {
  readonly from: number;
  readonly to: number;
  readonly toBound: boolean;
  readonly direction: 'out' | 'in' | 'both';
  readonly lengthSlot: number | undefined;
  readonly tests: ExpandTests;
}

export function shortestWalks(step: Step & { kind: 'expand' }, tests: ExpandTests): Operator {
  const { from, to, direction, toBound } = step;
  const plan: WalkStep = {
    from,
    to,
    toBound,
    direction,
    lengthSlot: step.shortestWalks?.length,
    tests,
  };
  // Under `b <> a` the start is no end: neither its zero-length walk nor its cycle is looked for.
  const withStart = step.shortestWalks?.distinctEnds !== true;
  const min = step.pattern.length?.min ?? 1;
  const max = step.pattern.length?.max ?? Infinity;
  // The type set is the same object while the graph is: its table is built once, not per run.
  let table: { ids: Set<number>; allowed: Uint8Array } | undefined;
  return function* (input, ctx) {
    const ids = tests.types(ctx);
    if (ids && table?.ids !== ids) table = { ids, allowed: typeTable(ids) };
    // One search object per run, not per row: a run of a cached query makes few objects.
    const search = new LevelSearch(plan, ctx, ids && table?.allowed);
    try {
      for (const row of input) {
        const f = row[from] ?? null;
        if (f === null) continue;
        if (!(f instanceof NodeValue))
          throw new CypherError('type', `Expected a NODE but got ${typeName(f)}`);
        if (!search.begin(row, f.id)) continue;
        if (min === 0 && withStart) {
          const first = search.emit(f.id, 0);
          if (first) yield first;
        }
        // With a least length of 1 the start is an end node only by a closed walk back to it.
        const cycle =
          min === 1 && withStart ? new ShortestCycle(f.id, direction, search.marks) : undefined;
        search.cycle = cycle;
        let frontier = search.first(f.id, max);
        for (let depth = 1; frontier.length > 0;) {
          // Yielded once the level is walked: the store's relationship arrays are not kept open.
          for (const node of frontier) {
            const out = search.emit(node, depth);
            if (out) yield out;
          }
          if (++depth > max) break;
          frontier = search.level(frontier, depth);
        }
        if (cycle && cycle.length <= max && cycle.length < Infinity) {
          const out = search.emit(f.id, cycle.length);
          if (out) yield out;
        }
      }
    } finally {
      search.release();
    }
  };
}

const NONE: readonly number[] = [];
const NO_ROW: Row = [];

/**
 * One breadth-first search per row, a level at a time, and the rows it binds. A class with its
 * state in fields rather than a closure over the generator's variables, which V8 keeps in a heap
 * context: 5-25% faster a query. Fields are declared, not defined, so that making one costs
 * only the constructor's stores.
 */
class LevelSearch {
  declare private readonly plan: WalkStep;
  declare private readonly g: QueryGraph;
  declare private readonly ctx: RunContext;
  declare private readonly allowed: Uint8Array | undefined;
  declare private readonly adjacency: NodeAdjacency | undefined;
  declare readonly marks: VisitMarks;
  declare private row: Row;
  declare private boundTo: NodeValue | undefined;
  declare cycle: ShortestCycle | undefined;

  constructor(plan: WalkStep, ctx: RunContext, allowed: Uint8Array | undefined) {
    this.plan = plan;
    this.g = ctx.graph;
    this.ctx = ctx;
    this.allowed = allowed;
    this.adjacency = ctx.graph.adjacency?.();
    this.marks = takeMarks();
    this.row = NO_ROW;
    this.boundTo = undefined;
    this.cycle = undefined;
  }

  release(): void {
    releaseMarks(this.marks);
  }

  /** Starts a search from `start` for `row`; false when the row's bound end is no node. */
  begin(row: Row, start: number): boolean {
    const { plan, marks } = this;
    let boundTo: NodeValue | undefined;
    if (plan.toBound) {
      const v = row[plan.to];
      if (!(v instanceof NodeValue)) return false;
      boundTo = v;
    }
    this.row = row;
    this.boundTo = boundTo;
    marks.clear();
    marks.set(start, 0, DEPTH);
    marks.set(start, -1, BRANCH);
    marks.set(start, -1, PARENT);
    return true;
  }

  /** The row for an end node reached at `length`, or undefined when the end node fails. */
  emit(end: number, length: number): Row | undefined {
    const { plan, row, ctx } = this;
    if (this.boundTo && this.boundTo.id !== end) return undefined;
    const { tests } = plan;
    if (tests.node && !tests.node(end, row, ctx)) return undefined;
    const out = row.slice();
    if (!plan.toBound) out[plan.to] = new NodeValue(this.g, end);
    if (plan.lengthSlot !== undefined) out[plan.lengthSlot] = LENGTHS[length] ??= BigInt(length);
    return tests.nodeWhere && !tests.nodeWhere(end, out, ctx) ? undefined : out;
  }

  /** The nodes first reached at depth 1 (none when `max` is 0). */
  first(start: number, max: number): readonly number[] {
    if (max < 1) return NONE;
    const next: number[] = [];
    this.expand(start, 1, next);
    return next;
  }

  /** The nodes first reached at `depth`, from the frontier at `depth - 1`. */
  level(frontier: readonly number[], depth: number): number[] {
    const next: number[] = [];
    for (const node of frontier) this.expand(node, depth, next);
    return next;
  }

  /** Both ways, the outgoing then the incoming relationships; a self-loop is in both. */
  private expand(node: number, depth: number, next: number[]): void {
    const { direction } = this.plan;
    if (direction !== 'in') this.expandFrom(node, true, depth, next);
    if (direction !== 'out') this.expandFrom(node, false, depth, next);
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
    const test = this.plan.tests.rel;
    return !test || test(r, this.row, this.ctx);
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
