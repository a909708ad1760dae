// What a Cypher function is to the engine: scalar functions map argument values to a value,
// aggregating functions fold rows into an accumulator. The executor evaluates the arguments,
// checks their count against minArgs/maxArgs, and removes repeats for DISTINCT aggregates.
import type { CypherLimits } from '../limits.js';
import type { GraphReader, Value } from '../values/types.js';

export interface EvalContext {
  readonly graph: GraphReader;
  readonly limits: CypherLimits;
  /** The statement's clock: datetime() and friends read it, so one query sees one instant. */
  readonly now: Date;
  /** Called in long loops; throws CypherError('timeout') past the deadline. */
  tick(): void;
}

export interface FunctionDef {
  /** Lower-case name, namespaced where Cypher namespaces it ("date.truncate"). */
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  call(args: Value[], ctx: EvalContext): Value;
}

export interface Accumulator {
  /**
   * One row's argument values (nulls included; the function decides what null means), in an
   * array the caller refills for the next row: keep the values, not the array.
   */
  add(args: Value[]): void;
  result(): Value;
}

export interface AggregateDef {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  create(ctx: EvalContext): Accumulator;
}
