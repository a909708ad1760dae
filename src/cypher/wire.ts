// The JSON form of Cypher results that the API, the CLI and the explorer read, the same for
// the embedded engine and for Neo4j. Elements are tagged with "$element" so that a map a query
// builds (which may have any keys) is never mistaken for a node.
export type WireValue =
  | null
  | boolean
  /** INTEGER inside ±(2^53 − 1) and every FLOAT; NaN and ±Infinity come as strings. */
  | number
  /** Strings; INTEGERs outside the safe range; temporal values as ISO 8601 text. */
  | string
  | WireValue[]
  | { [key: string]: WireValue }
  | WireNode
  | WireRelationship
  | WirePath;

export interface WireNode {
  $element: 'node';
  elementId: string;
  labels: string[];
  properties: { [key: string]: WireValue };
}

export interface WireRelationship {
  $element: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: { [key: string]: WireValue };
}

export interface WirePath {
  $element: 'path';
  nodes: WireNode[];
  relationships: WireRelationship[];
}

export interface CypherNotification {
  code: string;
  title: string;
  description: string;
  position?: SourcePosition;
}

export interface SourcePosition {
  /** 0-based offset into the query text. */
  offset: number;
  /** 1-based line and column. */
  line: number;
  column: number;
}

/** What POST /api/cypher answers (and `actorgraph query --json` prints). */
export interface CypherAnswer {
  columns: string[];
  rows: WireValue[][];
  /** Every node and relationship that appears anywhere in the result, once each, for drawing. */
  graph: { nodes: WireNode[]; edges: WireRelationship[] };
  summary: {
    backend: 'embedded' | 'neo4j';
    ms: number;
    rows: number;
    truncated: boolean;
    notifications: CypherNotification[];
  };
}
