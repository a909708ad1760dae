// What the engine needs from a graph to run queries on it: scans, index seeks and expansion
// by numbers, so that a store's arrays can serve it without building objects per row.
import type { Buckets } from '../../domain/buckets.js';
import type { GraphReader, Value } from '../values/types.js';

export type Direction = 'out' | 'in' | 'both';

export interface QueryGraph extends GraphReader {
  /** Every node number, in a stable order. */
  nodes(): Iterable<number>;
  nodesWithLabel(label: string): Iterable<number>;
  hasLabel(node: number, label: string): boolean;
  /**
   * The nodes with `label` whose `key` equals `value`, when the graph indexes that pair;
   * undefined when it does not (the engine then scans and filters).
   */
  seek(label: string, key: string, value: Value): Iterable<number> | undefined;
  relationships(): Iterable<number>;
  /**
   * The relationships at `node` in `direction` (seen from the node), each once; a self-loop
   * appears once for 'both'. The array may be a view into the store; it must not be kept.
   */
  relationshipsOf(node: number, direction: Direction): ArrayLike<number>;
  /**
   * Every relationship of nodes numbered below `nodes` as arrays, for searches to read in place
   * (relationshipsOf makes a list per call); a graph that can change has none.
   */
  adjacency?(): NodeAdjacency;
  /** A number per relationship type, so that type tests compare integers; -1 when unknown. */
  typeId(type: string): number;
  relTypeId(rel: number): number;
  /**
   * Relationships per type whose start and end nodes carry the given labels (undefined: any),
   * when the graph keeps such counts (as Neo4j's count store does); undefined otherwise.
   */
  countRelationships?(
    startLabel: string | undefined,
    endLabel: string | undefined,
  ): Map<string, number> | undefined;
  /** False once a node or relationship of a writable graph is deleted. */
  nodeExists(node: number): boolean;
  relExists(rel: number): boolean;
}

/** Adjacency lists (CSR) of the nodes below `nodes`, by relationship number. */
export interface NodeAdjacency {
  nodes: number;
  /** The relationships starting at each node. */
  out: Buckets;
  /** The relationships ending at each node; a self-loop is in both lists. */
  in: Buckets;
}

/** What write clauses count, as Neo4j's query statistics do. */
export interface WriteStatistics {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export function emptyStatistics(): WriteStatistics {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
  };
}

export interface WritableGraph extends QueryGraph {
  readonly statistics: WriteStatistics;
  createNode(labels: readonly string[], properties: ReadonlyMap<string, Value>): number;
  createRelationship(
    type: string,
    start: number,
    end: number,
    properties: ReadonlyMap<string, Value>,
  ): number;
  /** A null value removes the property. */
  setNodeProperty(node: number, key: string, value: Value): void;
  setRelProperty(rel: number, key: string, value: Value): void;
  addLabel(node: number, label: string): void;
  removeLabel(node: number, label: string): void;
  /** Throws CypherError when the node still has relationships and `detach` is false. */
  deleteNode(node: number, detach: boolean): void;
  deleteRelationship(rel: number): void;
}

export function isWritable(graph: QueryGraph): graph is WritableGraph {
  return typeof (graph as Partial<WritableGraph>).createNode === 'function';
}
