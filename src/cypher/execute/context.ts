// What compiled operators and expressions share: rows as arrays of slots, the scope that names
// the slots at a point of the query, and the run's context (graph, parameters, limits, clock).
import { CypherError } from '../errors.js';
import type { EvalContext } from '../functions/types.js';
import type { QueryGraph } from '../graph/types.js';
import type { CypherLimits } from '../limits.js';
import type { Value } from '../values/types.js';

export type Row = Value[];

/** A stage of the pipeline: pulls rows from its input and yields its own. */
export type Operator = (input: Iterable<Row>, ctx: RunContext) => Iterable<Row>;

export type Evaluator = (row: Row, ctx: RunContext) => Value;

export interface RunContext extends EvalContext {
  readonly graph: QueryGraph;
  readonly params: ReadonlyMap<string, Value>;
  readonly write: boolean;
  /** Counts relationship expansions against limits.maxExpansions. */
  expanded(count: number): void;
}

/** `now`: the statement's clock; by default the time the run starts. */
export function createContext(
  graph: QueryGraph,
  params: ReadonlyMap<string, Value>,
  limits: CypherLimits,
  now: Date | undefined,
  write: boolean,
): RunContext {
  return new Run(graph, params, limits, now, write);
}

/** A class rather than closures: a run's context is made for every query, however small. */
class Run implements RunContext {
  private readonly started = Date.now();
  private readonly deadline: number;
  private ticks = 0;
  private expansions = 0;

  constructor(
    readonly graph: QueryGraph,
    readonly params: ReadonlyMap<string, Value>,
    readonly limits: CypherLimits,
    private clock: Date | undefined,
    readonly write: boolean,
  ) {
    this.deadline = this.started + limits.timeoutMs;
  }

  /** Made when a query first reads it (most never do), from the start time the deadline uses. */
  get now(): Date {
    return (this.clock ??= new Date(this.started));
  }

  tick(): void {
    // Reading the clock costs; every 1024 ticks is often enough to stop within milliseconds.
    if ((++this.ticks & 1023) === 0 && Date.now() > this.deadline)
      throw new CypherError(
        'timeout',
        `The query ran past its time limit of ${this.limits.timeoutMs} ms and was stopped`,
      );
  }

  expanded(count: number): void {
    this.expansions += count;
    if (this.expansions > this.limits.maxExpansions)
      throw new CypherError(
        'limit',
        `The query made more than ${this.limits.maxExpansions} relationship expansions`,
      );
    this.tick();
  }
}

/** Pulls every row through a pipeline run for its effects (writes); returns how many came out. */
export function drain(rows: Iterable<Row>): number {
  let n = 0;
  const it = rows[Symbol.iterator]();
  while (!it.next().done) n++;
  return n;
}

/**
 * What a variable is known to hold at compile time, so that a pattern re-using it as
 * something else fails before running: 'value' is a known non-graph value, 'any' unknown.
 */
export type VarKind = 'node' | 'rel' | 'relList' | 'path' | 'value' | 'any';

/** Variables in scope, each with its slot in the row. Names starting with a space are hidden. */
export class Scope {
  private constructor(
    private readonly slots: Map<string, number>,
    private next: { value: number },
    private readonly kinds: Map<string, VarKind> = new Map(),
  ) {}

  static empty(): Scope {
    return new Scope(new Map(), { value: 0 });
  }

  /** A scope naming the given slots, allocating new ones from `width`. */
  static of(
    entries: Iterable<[string, number]>,
    width: number,
    kinds?: Iterable<[string, VarKind]>,
  ): Scope {
    return new Scope(new Map(entries), { value: width }, new Map(kinds));
  }

  kind(name: string): VarKind {
    return this.kinds.get(name) ?? 'any';
  }

  setKind(name: string, kind: VarKind): void {
    this.kinds.set(name, kind);
  }

  /** Name and slot of every variable, hidden ones included. */
  entries(): Array<[string, number]> {
    return [...this.slots];
  }

  /** A scope that sees this one's variables and allocates slots after them. */
  child(): Scope {
    return new Scope(new Map(this.slots), { value: this.next.value }, new Map(this.kinds));
  }

  get width(): number {
    return this.next.value;
  }

  slot(name: string): number | undefined {
    return this.slots.get(name);
  }

  has(name: string): boolean {
    return this.slots.has(name);
  }

  /** The slot of `name`, allocating one when it is new. */
  bind(name: string): number {
    const existing = this.slots.get(name);
    if (existing !== undefined) return existing;
    return this.fresh(name);
  }

  /** Always a new slot (shadowing any earlier variable of that name). */
  fresh(name: string): number {
    const at = this.next.value++;
    this.slots.set(name, at);
    return at;
  }

  private hidden = 0;

  anonymous(): number {
    return this.fresh(` anon${this.next.value}_${this.hidden++}`);
  }

  /** Visible variable names in the order they were bound. */
  names(): string[] {
    return [...this.slots.keys()].filter((n) => !n.startsWith(' '));
  }
}
