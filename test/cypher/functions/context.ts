// A tiny graph and evaluation context for calling library functions directly in tests.
import { CypherError } from '../../../src/cypher/errors.js';
import '../../../src/cypher/functions/library.js';
import { lookupAggregate, lookupFunction } from '../../../src/cypher/functions/registry.js';
import type { EvalContext } from '../../../src/cypher/functions/types.js';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from '../../../src/cypher/limits.js';
import type { GraphReader, Value } from '../../../src/cypher/values/types.js';

/** Two nodes, (0:Person {name: 'Ann'})-[0:KNOWS {since: 2020}]->(1:Person:Admin {name: 'Bo'}). */
export const graph: GraphReader = {
  nodeLabels: (n) => (n === 0 ? ['Person'] : ['Person', 'Admin']),
  nodeProperty: (n, key) => graph.nodeProperties(n).get(key) ?? null,
  nodeProperties: (n) => new Map<string, Value>([['name', n === 0 ? 'Ann' : 'Bo']]),
  nodeElementId: (n) => `n${n}`,
  relType: () => 'KNOWS',
  relStart: () => 0,
  relEnd: () => 1,
  relProperty: (_r, key) => (key === 'since' ? 2020n : null),
  relProperties: () => new Map<string, Value>([['since', 2020n]]),
  relElementId: (r) => `r${r}`,
};

export function context(limits: Partial<CypherLimits> = {}): EvalContext {
  return {
    graph,
    limits: { ...DEFAULT_CYPHER_LIMITS, ...limits },
    now: new Date('2024-12-24T10:30:00.123Z'),
    tick: () => undefined,
  };
}

/** Calls a scalar function by name, checking the argument count as the executor does. */
export function call(name: string, ...args: Value[]): Value {
  const def = lookupFunction(name);
  if (!def) throw new Error(`no function ${name}`);
  if (args.length < def.minArgs || args.length > def.maxArgs)
    throw new Error(`bad arity for ${name}`);
  return def.call(args, context());
}

/** Folds rows of arguments through an aggregate. */
export function fold(name: string, rows: Value[][], limits: Partial<CypherLimits> = {}): Value {
  const def = lookupAggregate(name);
  if (!def) throw new Error(`no aggregate ${name}`);
  const acc = def.create(context(limits));
  for (const row of rows) acc.add(row);
  return acc.result();
}

/** The code of the CypherError a call throws. */
export function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof CypherError) return e.code;
    throw e;
  }
  return undefined;
}
