// Neo4j driver values to the wire format and JSON parameters to driver values, so that Neo4j
// answers in the same JSON as the embedded engine: INTEGERs outside the safe range as strings,
// temporal values as ISO text, nodes, relationships and paths as tagged elements.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import type { WireNode, WireRelationship, WireValue } from '../../wire.js';

function properties(props: Record<string, unknown>): { [key: string]: WireValue } {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toWire(v)]));
}

function node(n: Node): WireNode {
  return {
    $element: 'node',
    elementId: n.elementId,
    labels: [...n.labels],
    properties: properties(n.properties),
  };
}

function relationship(r: Relationship): WireRelationship {
  return {
    $element: 'relationship',
    elementId: r.elementId,
    type: r.type,
    startElementId: r.startNodeElementId,
    endElementId: r.endNodeElementId,
    properties: properties(r.properties),
  };
}

function float(x: number): WireValue {
  return Number.isFinite(x) ? x : String(x);
}

export function toWire(value: unknown): WireValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return float(value);
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toWire);
  if (value instanceof Int8Array) return [...value];
  if (isNode(value)) return node(value);
  if (isRelationship(value)) return relationship(value);
  if (isPath(value)) {
    const first = value.start;
    return {
      $element: 'path',
      nodes: [node(first), ...value.segments.map((s) => node(s.end))],
      relationships: value.segments.map((s) => relationship(s.relationship)),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value) ||
    isPoint(value)
  ) {
    return value.toString();
  }
  if (typeof value === 'object') return properties(value as Record<string, unknown>);
  return String(value);
}

/** Whole JSON numbers within 64 bits are INTEGERs, as the embedded engine reads them too. */
const INT64_LIMIT = 2 ** 63;

/** JSON parameters to driver values: whole numbers are sent as INTEGER, as Cypher reads them. */
export function toDriverParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < INT64_LIMIT) {
    return neo4j.int(BigInt(value));
  }
  if (Array.isArray(value)) return value.map(toDriverParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParam(v)]));
  }
  return value;
}
