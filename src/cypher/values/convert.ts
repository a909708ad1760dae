// Crossing the engine's edge: query parameters from JSON (the API's body) to Values, Values to
// their JSON wire form (src/cypher/wire.ts), and the nodes and relationships of a result
// gathered once each for drawing.
import { CypherError } from '../errors.js';
import type { WireNode, WireRelationship, WireValue } from '../wire.js';
import { isTemporal } from './compare.js';
import { type AnyTemporal, temporalText } from './temporal.js';
import { NodeValue, PathValue, RelationshipValue, type Value } from './types.js';

const INT64_LIMIT = 2 ** 63;

/** One JSON value as a Cypher value; `where` names it in errors ("$ids[2].name"). */
export function valueFromJson(json: unknown, where: string): Value {
  if (json === null || typeof json === 'boolean' || typeof json === 'string') return json;
  if (typeof json === 'number') {
    if (!Number.isFinite(json))
      throw new CypherError('parameter', `Parameter ${where} is not a finite number`);
    // An integral JSON number is an INTEGER, unless it is past 64 bits (then it stays a FLOAT).
    return Number.isInteger(json) && Math.abs(json) < INT64_LIMIT ? BigInt(json) : json;
  }
  if (Array.isArray(json)) return json.map((item, i) => valueFromJson(item, `${where}[${i}]`));
  if (typeof json === 'object' && Object.getPrototypeOf(json) === Object.prototype) {
    const map = new Map<string, Value>();
    for (const [key, item] of Object.entries(json))
      map.set(key, valueFromJson(item, `${where}.${key}`));
    return map;
  }
  throw new CypherError(
    'parameter',
    `Parameter ${where} is a ${typeof json}, which Cypher has no value for`,
  );
}

/** The `params` object of a request as a parameter map. */
export function paramsFromJson(json: unknown): Map<string, Value> {
  if (json === undefined || json === null) return new Map();
  if (typeof json !== 'object' || Array.isArray(json))
    throw new CypherError('parameter', 'params must be an object of parameter names to values');
  const params = new Map<string, Value>();
  for (const [name, value] of Object.entries(json))
    params.set(name, valueFromJson(value, `$${name}`));
  return params;
}

function properties(map: Map<string, Value>): { [key: string]: WireValue } {
  const out: { [key: string]: WireValue } = {};
  for (const [key, value] of map) out[key] = toWire(value);
  return out;
}

export function nodeToWire(node: NodeValue): WireNode {
  return {
    $element: 'node',
    elementId: node.graph.nodeElementId(node.id),
    labels: [...node.graph.nodeLabels(node.id)],
    properties: properties(node.graph.nodeProperties(node.id)),
  };
}

export function relationshipToWire(rel: RelationshipValue): WireRelationship {
  const g = rel.graph;
  return {
    $element: 'relationship',
    elementId: g.relElementId(rel.id),
    type: g.relType(rel.id),
    startElementId: g.nodeElementId(g.relStart(rel.id)),
    endElementId: g.nodeElementId(g.relEnd(rel.id)),
    properties: properties(g.relProperties(rel.id)),
  };
}

/**
 * A value's JSON form: integers past ±(2^53 − 1), NaN, ±Infinity and temporals as strings
 * (temporals as Neo4j's toString() prints them, so that both stores send the same text).
 */
export function toWire(v: Value): WireValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint')
    return v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER ? Number(v) : v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(toWire);
  if (v instanceof Map) return properties(v);
  if (v instanceof NodeValue) return nodeToWire(v);
  if (v instanceof RelationshipValue) return relationshipToWire(v);
  if (v instanceof PathValue)
    return {
      $element: 'path',
      nodes: v.nodes.map(nodeToWire),
      relationships: v.relationships.map(relationshipToWire),
    };
  if (isTemporal(v)) return temporalText(v as AnyTemporal);
  return null;
}

/** Every node and relationship anywhere in the rows (inside lists, maps and paths), once each. */
export function collectGraph(rows: readonly (readonly Value[])[]): {
  nodes: WireNode[];
  edges: WireRelationship[];
} {
  const nodes = new Map<string, WireNode>();
  const edges = new Map<string, WireRelationship>();
  const visit = (v: Value): void => {
    if (v instanceof NodeValue) {
      const id = v.graph.nodeElementId(v.id);
      if (!nodes.has(id)) nodes.set(id, nodeToWire(v));
    } else if (v instanceof RelationshipValue) {
      const id = v.graph.relElementId(v.id);
      if (!edges.has(id)) edges.set(id, relationshipToWire(v));
    } else if (v instanceof PathValue) {
      v.nodes.forEach(visit);
      v.relationships.forEach(visit);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v instanceof Map) v.forEach(visit);
  };
  for (const row of rows) row.forEach(visit);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
