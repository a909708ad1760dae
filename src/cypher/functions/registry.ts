// Looks functions up by name, case-insensitively, as Cypher does. Each family of functions
// (string, list, math, temporal, aggregates, ...) registers itself here from its own file.
import type { AggregateDef, FunctionDef } from './types.js';

const scalars = new Map<string, FunctionDef>();
const aggregates = new Map<string, AggregateDef>();

export function registerFunctions(defs: readonly FunctionDef[]): void {
  for (const def of defs) scalars.set(def.name.toLowerCase(), def);
}

export function registerAggregates(defs: readonly AggregateDef[]): void {
  for (const def of defs) aggregates.set(def.name.toLowerCase(), def);
}

export function lookupFunction(name: string): FunctionDef | undefined {
  return scalars.get(name.toLowerCase());
}

export function lookupAggregate(name: string): AggregateDef | undefined {
  return aggregates.get(name.toLowerCase());
}
