// The values a Cypher query computes with, as the embedded engine holds them. INTEGER is a
// bigint (64-bit, overflow is an error), FLOAT a number, MAP a Map (insertion order kept);
// nodes, relationships and paths point into a GraphReader; temporal values are classes of
// values/temporal.ts that implement TemporalValue.
export type Value =
  | null
  | boolean
  | bigint
  | number
  | string
  | Value[]
  | CypherMap
  | NodeValue
  | RelationshipValue
  | PathValue
  | TemporalValue;

export type CypherMap = Map<string, Value>;

export type TemporalType =
  'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime' | 'Duration';

export interface TemporalValue {
  readonly temporalType: TemporalType;
  /** ISO 8601 text, as Neo4j prints it (toString of the value). */
  toString(): string;
}

/** Read access to a property graph: what node, relationship and path values point into. */
export interface GraphReader {
  nodeLabels(node: number): readonly string[];
  /** A node's property, or null when it has none of that name. */
  nodeProperty(node: number, key: string): Value;
  nodeProperties(node: number): CypherMap;
  nodeElementId(node: number): string;
  relType(rel: number): string;
  relStart(rel: number): number;
  relEnd(rel: number): number;
  relProperty(rel: number, key: string): Value;
  relProperties(rel: number): CypherMap;
  relElementId(rel: number): string;
}

export class NodeValue {
  constructor(
    readonly graph: GraphReader,
    readonly id: number,
  ) {}
}

export class RelationshipValue {
  constructor(
    readonly graph: GraphReader,
    readonly id: number,
  ) {}
}

/** nodes.length === relationships.length + 1; relationships[i] joins nodes[i] and nodes[i+1]. */
export class PathValue {
  constructor(
    readonly nodes: readonly NodeValue[],
    readonly relationships: readonly RelationshipValue[],
  ) {}
}
