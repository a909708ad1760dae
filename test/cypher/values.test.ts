// Cypher's comparison, ordering, equivalence and arithmetic rules on plain values.
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/errors.js';
import {
  add,
  divide,
  formatFloat,
  modulo,
  multiply,
  negate,
  power,
  subtract,
} from '../../src/cypher/values/arithmetic.js';
import {
  compare,
  compareOp,
  equals,
  equivalenceKey,
  isTrue,
  orderCompare,
  typeName,
} from '../../src/cypher/values/compare.js';
import type { Value } from '../../src/cypher/values/types.js';

describe('equality', () => {
  it('is ternary with null', () => {
    expect(equals(null, 1n)).toBeNull();
    expect(equals([1n, null], [1n, 2n])).toBeNull();
    expect(equals([1n, null], [2n, 2n])).toBe(false);
    expect(equals([1n], [1n, 2n])).toBe(false);
  });
  it('treats INTEGER and FLOAT by value', () => {
    expect(equals(1n, 1.0)).toBe(true);
    expect(equals(1n, 1.5)).toBe(false);
    expect(equals(9007199254740993n, 9007199254740992)).toBe(false);
    expect(equals(NaN, NaN)).toBe(false);
  });
  it('compares maps by keys and values', () => {
    const m = (o: Record<string, Value>) => new Map(Object.entries(o));
    expect(equals(m({ a: 1n, b: 'x' }), m({ b: 'x', a: 1.0 }))).toBe(true);
    expect(equals(m({ a: 1n }), m({ a: 1n, b: 2n }))).toBe(false);
    expect(equals(m({ a: null }), m({ a: null }))).toBeNull();
  });
  it('never equates different types', () => {
    expect(equals('1', 1n)).toBe(false);
    expect(equals(true, 1n)).toBe(false);
  });
});

describe('comparison', () => {
  it('is null across types and ordered within', () => {
    expect(compareOp('<', 1n, 'a')).toBeNull();
    expect(compareOp('<', 1n, 2.5)).toBe(true);
    expect(compareOp('>=', 'b', 'a')).toBe(true);
    expect(compareOp('<', false, true)).toBe(true);
    expect(compareOp('<', [1n, 2n], [1n, 3n])).toBe(true);
    expect(compareOp('<', [1n], [1n, 0n])).toBe(true);
    expect(compare([1n, 'a'], [1n, 2n])).toBeNull();
  });
  it('is false for NaN', () => {
    expect(compareOp('<', NaN, 1n)).toBe(false);
    expect(compareOp('>=', NaN, NaN)).toBe(false);
  });
});

describe('ORDER BY order', () => {
  it('sorts across types, numbers by value, NaN after numbers, null last', () => {
    const values: Value[] = [null, 2n, NaN, 'b', true, 1.5, [1n], new Map(), 'a', false, -Infinity];
    const sorted = [...values].sort(orderCompare).map((v) => (v instanceof Map ? 'map' : v));
    expect(sorted).toEqual(['map', [1n], 'a', 'b', false, true, -Infinity, 1.5, 2n, NaN, null]);
  });
});

describe('equivalence keys', () => {
  it('groups null with null and 1 with 1.0, keeps 1 and "1" apart', () => {
    expect(equivalenceKey(null)).toBe(equivalenceKey(null));
    expect(equivalenceKey(1n)).toBe(equivalenceKey(1.0));
    expect(equivalenceKey(1n)).not.toBe(equivalenceKey('1'));
    expect(equivalenceKey([1n, null])).toBe(equivalenceKey([1.0, null]));
    // Neo4j 5.26 keeps NaNs apart in grouping and DISTINCT.
    expect(equivalenceKey(NaN)).not.toBe(equivalenceKey(NaN));
    expect(equivalenceKey([NaN])).not.toBe(equivalenceKey([NaN]));
  });
});

describe('arithmetic', () => {
  it('keeps integers exact and reports overflow', () => {
    expect(add(2n, 3n)).toBe(5n);
    expect(add(2n, 0.5)).toBe(2.5);
    expect(() => add(9223372036854775807n, 1n)).toThrow(CypherError);
    expect(() => negate(-9223372036854775808n)).toThrow(/overflow/);
    expect(multiply(3n, 4n)).toBe(12n);
    expect(subtract(1n, 3n)).toBe(-2n);
  });
  it('divides integers by truncation and refuses / by zero', () => {
    expect(divide(7n, 2n)).toBe(3n);
    expect(divide(-7n, 2n)).toBe(-3n);
    expect(modulo(-7n, 3n)).toBe(-1n);
    expect(divide(1.0, 0n)).toBe(Infinity);
    expect(() => divide(1n, 0n)).toThrow(/zero/);
  });
  it('makes ^ a FLOAT', () => {
    expect(power(2n, 3n)).toBe(8);
  });
  it('concatenates strings and lists', () => {
    expect(add('a', 'b')).toBe('ab');
    expect(add('a', 1n)).toBe('a1');
    expect(add('a', 1.0)).toBe('a1.0');
    expect(add([1n], [2n])).toEqual([1n, 2n]);
    expect(add([1n], 2n)).toEqual([1n, 2n]);
    expect(add(0n, [1n])).toEqual([0n, 1n]);
    expect(add(null, 1n)).toBeNull();
  });
  it('rejects mixed types with a type error naming them', () => {
    expect(() => add(1n, true)).toThrow(/INTEGER and BOOLEAN/);
  });
});

describe('formatting and names', () => {
  it('prints floats as Cypher does', () => {
    expect(formatFloat(1)).toBe('1.0');
    expect(formatFloat(0.5)).toBe('0.5');
    expect(formatFloat(1e20)).toBe('1.0E20');
    expect(formatFloat(1.5e-5)).toBe('1.5E-5');
  });
  it('names types and checks predicates', () => {
    expect(typeName(1n)).toBe('INTEGER');
    expect(typeName(1)).toBe('FLOAT');
    expect(isTrue(null)).toBe(false);
    expect(() => isTrue(1n)).toThrow(/BOOLEAN/);
  });
});
