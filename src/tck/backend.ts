// What the TCK runner needs from a Cypher implementation: an empty graph, running a query
// (writes allowed), and the graph's state, whose difference before and after a query gives the
// side effects the TCK checks (+nodes, -properties, ...).
import type { TckValue } from './values.js';

/** Error kinds both backends report, mapped from CypherError codes and Neo4j status codes. */
export type ErrorKind =
  | 'syntax'
  | 'semantic'
  | 'type'
  | 'argument'
  | 'parameter'
  | 'entity'
  | 'constraint'
  | 'procedure'
  | 'unsupported'
  | 'other';

export class TckQueryError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface TckResult {
  columns: string[];
  rows: TckValue[][];
}

export interface GraphState {
  nodes: Set<string>;
  relationships: Set<string>;
  /** Label names present on at least one node. */
  labels: Set<string>;
  /** "element.key=value" for every property of every node and relationship. */
  properties: Set<string>;
}

export interface TckBackend {
  readonly name: string;
  reset(): Promise<void>;
  /** Runs a query; a Cypher error comes back as a TckQueryError. */
  run(query: string, params: Map<string, TckValue>): Promise<TckResult>;
  state(): Promise<GraphState>;
  close(): Promise<void>;
}

export const SIDE_EFFECTS = [
  '+nodes',
  '-nodes',
  '+relationships',
  '-relationships',
  '+labels',
  '-labels',
  '+properties',
  '-properties',
] as const;

function added(before: Set<string>, after: Set<string>): number {
  let n = 0;
  for (const x of after) if (!before.has(x)) n++;
  return n;
}

export function sideEffects(before: GraphState, after: GraphState): Map<string, number> {
  return new Map([
    ['+nodes', added(before.nodes, after.nodes)],
    ['-nodes', added(after.nodes, before.nodes)],
    ['+relationships', added(before.relationships, after.relationships)],
    ['-relationships', added(after.relationships, before.relationships)],
    ['+labels', added(before.labels, after.labels)],
    ['-labels', added(after.labels, before.labels)],
    ['+properties', added(before.properties, after.properties)],
    ['-properties', added(after.properties, before.properties)],
  ]);
}
