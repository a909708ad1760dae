// Cypher's arithmetic: + - * / % ^ and unary minus over INTEGER (64-bit, overflow is an error),
// FLOAT, string and list concatenation, and temporal values with durations (delegated to the
// temporal classes through TemporalOps).
import { CypherError } from '../errors.js';
import { isTemporal, typeName } from './compare.js';
import { hasTemporalOps, type TemporalOps } from './temporal-ops.js';
import type { TemporalValue, Value } from './types.js';

const MAX_INT = (1n << 63n) - 1n;
const MIN_INT = -(1n << 63n);

/** Throws when an exact integer result falls outside 64 bits, as Neo4j does. */
export function checkInteger(v: bigint, op = 'arithmetic'): bigint {
  if (v > MAX_INT || v < MIN_INT)
    throw new CypherError('argument', `Integer overflow in ${op}: the result is outside 64 bits`);
  return v;
}

/** FLOAT as Cypher prints it (Java's Double.toString): 1.0, 0.5, 1.0E20, 1.0E-5, NaN, Infinity. */
export function formatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? 'Infinity' : '-Infinity';
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(f);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(f);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa = '', exp = '0'] = f.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${exp.replace('+', '')}`;
}

/** A value's text when concatenated to a string. */
function concatText(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return formatFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (isTemporal(v)) return v.toString();
  return undefined;
}

function typeError(op: string, a: Value, b?: Value): CypherError {
  const operands = b === undefined ? typeName(a) : `${typeName(a)} and ${typeName(b)}`;
  return new CypherError('type', `Cannot apply ${op} to ${operands}`);
}

function isNum(v: Value): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

function ops(v: TemporalValue, op: string): TemporalOps {
  if (!hasTemporalOps(v))
    throw new CypherError('unsupported', `${op} on ${typeName(v)} values is not supported`);
  return v;
}

function isDuration(v: Value): v is TemporalValue {
  return isTemporal(v) && v.temporalType === 'Duration';
}

function temporalResult(r: TemporalValue | null, op: string, a: Value, b: Value): TemporalValue {
  if (r === null) throw typeError(op, a, b);
  return r;
}

export function add(a: Value, b: Value): Value {
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (Array.isArray(b)) return [a, ...b];
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkInteger(a + b, '+');
  if (isNum(a) && isNum(b)) return Number(a) + Number(b);
  if (typeof a === 'string' || typeof b === 'string') {
    const sa = concatText(a);
    const sb = concatText(b);
    if (sa !== undefined && sb !== undefined) return sa + sb;
    throw typeError('+', a, b);
  }
  if (isTemporal(a) && isDuration(b)) return temporalResult(ops(a, '+').plusDuration(b), '+', a, b);
  if (isDuration(a) && isTemporal(b)) return temporalResult(ops(b, '+').plusDuration(a), '+', a, b);
  throw typeError('+', a, b);
}

export function subtract(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkInteger(a - b, '-');
  if (isNum(a) && isNum(b)) return Number(a) - Number(b);
  if (isTemporal(a) && isDuration(b))
    return temporalResult(ops(a, '-').minusDuration(b), '-', a, b);
  throw typeError('-', a, b);
}

export function multiply(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkInteger(a * b, '*');
  if (isNum(a) && isNum(b)) return Number(a) * Number(b);
  if (isDuration(a) && isNum(b))
    return temporalResult(ops(a, '*').timesNumber(Number(b)), '*', a, b);
  if (isNum(a) && isDuration(b))
    return temporalResult(ops(b, '*').timesNumber(Number(a)), '*', a, b);
  throw typeError('*', a, b);
}

export function divide(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b === 0n) throw new CypherError('argument', 'Division by zero (/ by zero)');
    return checkInteger(a / b, '/');
  }
  if (isNum(a) && isNum(b)) return Number(a) / Number(b);
  if (isDuration(a) && isNum(b))
    return temporalResult(ops(a, '/').dividedByNumber(Number(b)), '/', a, b);
  throw typeError('/', a, b);
}

export function modulo(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b === 0n) throw new CypherError('argument', 'Division by zero (% by zero)');
    return a % b;
  }
  if (isNum(a) && isNum(b)) return Number(a) % Number(b);
  throw typeError('%', a, b);
}

/** `^` is always FLOAT in Cypher, even for two integers. */
export function power(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) return Math.pow(Number(a), Number(b));
  throw typeError('^', a, b);
}

export function negate(a: Value): Value {
  if (a === null) return null;
  if (typeof a === 'bigint') return checkInteger(-a, 'unary -');
  if (typeof a === 'number') return -a;
  // Neo4j has no unary minus on a DURATION (it fails as "0 - duration"): neither have we.
  throw typeError('unary -', a);
}
