// Cypher's comparison rules: ternary equality (null when unknown), comparability for < <= > >=
// (null across types), the global order used by ORDER BY, the equivalence keys of DISTINCT and
// grouping, type names and the truthiness of predicates.
import { CypherError } from '../errors.js';
import { hasTemporalOps } from './temporal-ops.js';
import {
  NodeValue,
  PathValue,
  RelationshipValue,
  type TemporalValue,
  type Value,
} from './types.js';

export function isTemporal(v: Value): v is TemporalValue {
  return typeof v === 'object' && v !== null && 'temporalType' in v;
}

export function isMap(v: Value): v is Map<string, Value> {
  return v instanceof Map;
}

/** Cypher's names of the temporal types, as type errors and valueType() print them. */
export const TEMPORAL_NAMES = {
  Date: 'DATE',
  LocalTime: 'LOCAL TIME',
  Time: 'ZONED TIME',
  LocalDateTime: 'LOCAL DATETIME',
  DateTime: 'ZONED DATETIME',
  Duration: 'DURATION',
} as const;

/** The Cypher type name of a value, as error messages and valueType() print it. */
export function typeName(v: Value): string {
  if (v === null) return 'NULL';
  switch (typeof v) {
    case 'boolean':
      return 'BOOLEAN';
    case 'bigint':
      return 'INTEGER';
    case 'number':
      return 'FLOAT';
    case 'string':
      return 'STRING';
  }
  if (Array.isArray(v)) return 'LIST';
  if (v instanceof Map) return 'MAP';
  if (v instanceof NodeValue) return 'NODE';
  if (v instanceof RelationshipValue) return 'RELATIONSHIP';
  if (v instanceof PathValue) return 'PATH';
  return (TEMPORAL_NAMES as Record<string, string>)[v.temporalType] ?? 'ANY';
}

/** Numeric comparison across INTEGER and FLOAT without losing precision; NaN when either is NaN. */
export function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number')
    return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === 'number') return -compareNumbers(b, a);
  // a is an integer, b a float
  const f = b as number;
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return f > 0 ? -1 : 1;
  const floor = BigInt(Math.floor(f));
  if (a < floor) return -1;
  if (a > floor) return 1;
  return Number.isInteger(f) ? 0 : -1;
}

function isNumber(v: Value): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** Cypher `=`: true, false, or null when the answer depends on a null. */
export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b) === 0;
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a)) return Array.isArray(b) ? listEquals(a, b) : false;
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    let unknown = false;
    for (const [k, av] of a) {
      if (!b.has(k)) return false;
      const e = equals(av, b.get(k) ?? null);
      if (e === false) return false;
      if (e === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof NodeValue) return b instanceof NodeValue && a.graph === b.graph && a.id === b.id;
  if (a instanceof RelationshipValue)
    return b instanceof RelationshipValue && a.graph === b.graph && a.id === b.id;
  if (a instanceof PathValue) {
    if (!(b instanceof PathValue)) return false;
    return listEquals(pathElements(a), pathElements(b));
  }
  if (isTemporal(a) && isTemporal(b)) {
    if (a.temporalType !== b.temporalType) return false;
    return hasTemporalOps(a) ? a.temporalEquals(b) : a.toString() === b.toString();
  }
  return false;
}

function listEquals(a: readonly Value[], b: readonly Value[]): boolean | null {
  if (a.length !== b.length) return false;
  let unknown = false;
  for (let i = 0; i < a.length; i++) {
    const e = equals(a[i] ?? null, b[i] ?? null);
    if (e === false) return false;
    if (e === null) unknown = true;
  }
  return unknown ? null : true;
}

function pathElements(p: PathValue): Value[] {
  const out: Value[] = [];
  p.nodes.forEach((n, i) => {
    out.push(n);
    const r = p.relationships[i];
    if (r) out.push(r);
  });
  return out;
}

/**
 * Comparison for < <= > >=: a negative, zero or positive number, NaN when a NaN is involved
 * (every comparison then false), or null when the values are not comparable.
 */
export function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compare(a[i] ?? null, b[i] ?? null);
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (isTemporal(a) && isTemporal(b) && a.temporalType === b.temporalType && hasTemporalOps(a))
    return a.temporalCompare(b);
  return null;
}

/** Applies a comparison operator with Cypher's null semantics. */
export function compareOp(op: '<' | '<=' | '>' | '>=', a: Value, b: Value): boolean | null {
  const c = compare(a, b);
  if (c === null) return null;
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

// Cypher's global sort order between types, ascending; null sorts last.
const ORDER_RANK: Record<string, number> = {
  MAP: 0,
  NODE: 1,
  RELATIONSHIP: 2,
  LIST: 3,
  PATH: 4,
  'ZONED DATETIME': 5,
  'LOCAL DATETIME': 6,
  DATE: 7,
  'ZONED TIME': 8,
  'LOCAL TIME': 9,
  DURATION: 10,
  STRING: 11,
  BOOLEAN: 12,
  INTEGER: 13,
  FLOAT: 13,
  NULL: 14,
};

/** The total order of ORDER BY, across every type: never null, NaN after every other number. */
export function orderCompare(a: Value, b: Value): number {
  const ra = ORDER_RANK[typeName(a)] ?? 15;
  const rb = ORDER_RANK[typeName(b)] ?? 15;
  if (ra !== rb) return ra - rb;
  if (a === null || b === null) return 0;
  if (isNumber(a) && isNumber(b)) {
    const an = typeof a === 'number' && Number.isNaN(a);
    const bn = typeof b === 'number' && Number.isNaN(b);
    if (an || bn) return an === bn ? 0 : an ? 1 : -1;
    const c = compareNumbers(a, b);
    // 1 and 1.0 tie on value; put the integer first so the order is stable and total.
    return c !== 0 ? c : typeof a === typeof b ? 0 : typeof a === 'bigint' ? -1 : 1;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return orderLists(a, b);
  if (a instanceof Map && b instanceof Map) return orderMaps(a, b);
  if (a instanceof NodeValue && b instanceof NodeValue) return a.id - b.id;
  if (a instanceof RelationshipValue && b instanceof RelationshipValue) return a.id - b.id;
  if (a instanceof PathValue && b instanceof PathValue)
    return orderLists(pathElements(a), pathElements(b));
  if (isTemporal(a) && isTemporal(b) && hasTemporalOps(a)) return a.temporalOrder(b);
  return 0;
}

function orderLists(a: readonly Value[], b: readonly Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = orderCompare(a[i] ?? null, b[i] ?? null);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function orderMaps(a: Map<string, Value>, b: Map<string, Value>): number {
  const ka = [...a.keys()].sort();
  const kb = [...b.keys()].sort();
  const c = orderLists(ka, kb);
  if (c !== 0) return c;
  return orderLists(
    ka.map((k) => a.get(k) ?? null),
    kb.map((k) => b.get(k) ?? null),
  );
}

/** NaNs met by equivalenceKey, each of which gets a key of its own. */
let nans = 0;

/**
 * A string equal for two values exactly when Cypher treats them as the same in DISTINCT and
 * grouping: null is equivalent to null and 1 to 1.0, but every NaN stands alone (inside lists
 * and maps too), as Neo4j 5.26 groups them: `UNWIND [0.0/0.0, 0.0/0.0] AS x RETURN x, count(*)`
 * is two rows there.
 */
export function equivalenceKey(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'bigint':
      return `n${v}`;
    case 'number':
      if (Number.isNaN(v)) return `NaN${nans++}`;
      if (Number.isInteger(v)) return `n${BigInt(v)}`;
      return `n${v}`;
    case 'string':
      return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(equivalenceKey).join(',')}]`;
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${equivalenceKey(v.get(k) ?? null)}`).join(',')}}`;
  }
  if (v instanceof NodeValue) return `N${v.id}`;
  if (v instanceof RelationshipValue) return `R${v.id}`;
  if (v instanceof PathValue) return `P${pathElements(v).map(equivalenceKey).join(',')}`;
  return `t${v.temporalType}:${hasTemporalOps(v) ? v.temporalKey() : v.toString()}`;
}

/** Whether a predicate's value lets a row through (WHERE keeps only true). */
export function isTrue(v: Value, what = 'predicate'): boolean {
  if (v === null || v === false) return false;
  if (v === true) return true;
  throw new CypherError('type', `Expected a BOOLEAN ${what} but got ${typeName(v)}`);
}

/** Coerces an operand of AND/OR/XOR/NOT to a ternary boolean, rejecting other types. */
export function asTernary(v: Value, op: string): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw new CypherError('type', `${op} expects BOOLEAN operands but got ${typeName(v)}`);
}
