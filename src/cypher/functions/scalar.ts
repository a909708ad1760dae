// Scalar functions on graph elements and values: id, elementId, type, labels, keys, properties,
// coalesce, head, last, size, length, startNode, endNode, nodes, relationships, conversions
// (toInteger, toFloat, toString, toBoolean and their OrNull and List forms), timestamp,
// randomUUID, rand, isEmpty, nullIf.
import { randomUUID } from 'node:crypto';
import { CypherError } from '../errors.js';
import { formatFloat } from '../values/arithmetic.js';
import { equals, isTemporal } from '../values/compare.js';
import { type AnyTemporal, temporalText } from '../values/temporal.js';
import { NodeValue, PathValue, RelationshipValue, type Value } from '../values/types.js';
import { define, listArg, wrongType } from './args.js';
import { registerFunctions } from './registry.js';

function element(fn: string, v: Value): NodeValue | RelationshipValue {
  if (v instanceof NodeValue || v instanceof RelationshipValue) return v;
  throw wrongType(fn, 0, 'a NODE or RELATIONSHIP', v);
}

function relationship(fn: string, v: Value): RelationshipValue {
  if (v instanceof RelationshipValue) return v;
  throw wrongType(fn, 0, 'a RELATIONSHIP', v);
}

function path(fn: string, v: Value): PathValue {
  if (v instanceof PathValue) return v;
  throw wrongType(fn, 0, 'a PATH', v);
}

function propertiesOf(fn: string, v: Value): Map<string, Value> {
  if (v instanceof Map) return v;
  if (v instanceof NodeValue) return v.graph.nodeProperties(v.id);
  if (v instanceof RelationshipValue) return v.graph.relProperties(v.id);
  throw wrongType(fn, 0, 'a NODE, RELATIONSHIP or MAP', v);
}

/**
 * Cypher's integer text: an optional sign and digits; a decimal truncates. Unlike toFloat,
 * Neo4j does not trim spaces here (' 42 ' is null).
 */
function parseInteger(t: string): bigint | null {
  if (/^[+-]?\d+$/.test(t)) return BigInt(t);
  if (t !== t.trim()) return null;
  const f = parseFloatText(t);
  return f === null || !Number.isFinite(f) ? null : BigInt(Math.trunc(f));
}

function parseFloatText(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) && !/^[+-]?(NaN|Infinity)$/.test(t))
    return null;
  return Number(t);
}

export function toInteger(v: Value, fn = 'toInteger'): Value {
  if (v === null || typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? BigInt(Math.trunc(v)) : null;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') return parseInteger(v);
  throw wrongType(fn, 0, 'a STRING, INTEGER, FLOAT or BOOLEAN', v);
}

export function toFloat(v: Value, fn = 'toFloat'): Value {
  if (v === null || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return parseFloatText(v);
  throw wrongType(fn, 0, 'a STRING, INTEGER or FLOAT', v);
}

export function toBoolean(v: Value, fn = 'toBoolean'): Value {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    return t === 'true' ? true : t === 'false' ? false : null;
  }
  if (typeof v === 'bigint') return v !== 0n;
  throw wrongType(fn, 0, 'a STRING, INTEGER or BOOLEAN', v);
}

export function toText(v: Value, fn = 'toString'): Value {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'number') return formatFloat(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (isTemporal(v)) return temporalText(v as AnyTemporal);
  throw wrongType(fn, 0, 'a STRING, number, BOOLEAN or temporal value', v);
}

/** The OrNull form: null instead of a type error. */
function orNull(convert: (v: Value) => Value): (args: Value[]) => Value {
  return ([v = null]) => {
    try {
      return convert(v);
    } catch (e) {
      if (e instanceof CypherError && e.code === 'type') return null;
      throw e;
    }
  };
}

/** toIntegerList and the like: each element converted, null where it cannot be. */
function listOf(fn: string, convert: (v: Value) => Value): (args: Value[]) => Value {
  return (args) => listArg(fn, args, 0).map((v) => orNull(convert)([v]));
}

registerFunctions([
  define('id', 1, 1, ([v = null]) => BigInt(element('id', v).id)),
  define('elementId', 1, 1, ([v = null]) => {
    const e = element('elementId', v);
    return e instanceof NodeValue ? e.graph.nodeElementId(e.id) : e.graph.relElementId(e.id);
  }),
  define('type', 1, 1, ([v = null]) => {
    const r = relationship('type', v);
    return r.graph.relType(r.id);
  }),
  define('labels', 1, 1, ([v = null]) => {
    if (!(v instanceof NodeValue)) throw wrongType('labels', 0, 'a NODE', v);
    return [...v.graph.nodeLabels(v.id)];
  }),
  define('keys', 1, 1, ([v = null]) => [...propertiesOf('keys', v).keys()]),
  define('properties', 1, 1, ([v = null]) => new Map(propertiesOf('properties', v))),
  define('coalesce', 1, Infinity, (args) => args.find((a) => a !== null) ?? null, false),
  define('head', 1, 1, (args) => listArg('head', args, 0)[0] ?? null),
  define('last', 1, 1, (args) => listArg('last', args, 0).at(-1) ?? null),
  define('size', 1, 1, ([v = null]) => {
    if (typeof v === 'string') return BigInt([...v].length);
    if (Array.isArray(v)) return BigInt(v.length);
    throw wrongType('size', 0, 'a STRING or LIST', v);
  }),
  define('length', 1, 1, ([v = null]) => BigInt(path('length', v).relationships.length)),
  define('startNode', 1, 1, ([v = null]) => {
    const r = relationship('startNode', v);
    return new NodeValue(r.graph, r.graph.relStart(r.id));
  }),
  define('endNode', 1, 1, ([v = null]) => {
    const r = relationship('endNode', v);
    return new NodeValue(r.graph, r.graph.relEnd(r.id));
  }),
  define('nodes', 1, 1, ([v = null]) => [...path('nodes', v).nodes]),
  define('relationships', 1, 1, ([v = null]) => [...path('relationships', v).relationships]),
  define('toInteger', 1, 1, ([v = null]) => toInteger(v)),
  define('toFloat', 1, 1, ([v = null]) => toFloat(v)),
  define('toBoolean', 1, 1, ([v = null]) => toBoolean(v)),
  define('toString', 1, 1, ([v = null]) => toText(v)),
  define(
    'toIntegerOrNull',
    1,
    1,
    orNull((v) => toInteger(v)),
  ),
  define(
    'toFloatOrNull',
    1,
    1,
    orNull((v) => toFloat(v)),
  ),
  define(
    'toBooleanOrNull',
    1,
    1,
    orNull((v) => toBoolean(v)),
  ),
  define(
    'toStringOrNull',
    1,
    1,
    orNull((v) => toText(v)),
  ),
  define(
    'toIntegerList',
    1,
    1,
    listOf('toIntegerList', (v) => toInteger(v)),
  ),
  define(
    'toFloatList',
    1,
    1,
    listOf('toFloatList', (v) => toFloat(v)),
  ),
  define(
    'toBooleanList',
    1,
    1,
    listOf('toBooleanList', (v) => toBoolean(v)),
  ),
  define(
    'toStringList',
    1,
    1,
    listOf('toStringList', (v) => toText(v)),
  ),
  define('isEmpty', 1, 1, ([v = null]) => {
    if (typeof v === 'string') return v.length === 0;
    if (Array.isArray(v)) return v.length === 0;
    if (v instanceof Map) return v.size === 0;
    throw wrongType('isEmpty', 0, 'a STRING, LIST or MAP', v);
  }),
  define('nullIf', 2, 2, ([a = null, b = null]) => (equals(a, b) === true ? null : a), false),
  define('timestamp', 0, 0, (_args, ctx) => BigInt(ctx.now.getTime())),
  define('randomUUID', 0, 0, () => randomUUID()),
  define('rand', 0, 0, () => Math.random()),
]);
