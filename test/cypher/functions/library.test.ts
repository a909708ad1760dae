// Scalar, string, list and math functions: Neo4j 5's answers, null rules and errors.
import { describe, expect, it } from 'vitest';
import { NodeValue, PathValue, RelationshipValue } from '../../../src/cypher/values/types.js';
import { call, errorCode, graph } from './context.js';

const ann = new NodeValue(graph, 0);
const bo = new NodeValue(graph, 1);
const knows = new RelationshipValue(graph, 0);

describe('scalar functions', () => {
  it('reads graph elements', () => {
    expect(call('labels', bo)).toEqual(['Person', 'Admin']);
    expect(call('type', knows)).toBe('KNOWS');
    expect(call('elementId', knows)).toBe('r0');
    expect(call('keys', ann)).toEqual(['name']);
    expect(call('properties', knows)).toEqual(new Map([['since', 2020n]]));
    expect(call('endNode', knows)).toEqual(bo);
    const p = new PathValue([ann, bo], [knows]);
    expect(call('length', p)).toBe(1n);
    expect(call('nodes', p)).toEqual([ann, bo]);
  });

  it('propagates null and refuses wrong types with type errors', () => {
    expect(call('labels', null)).toBeNull();
    expect(call('size', null)).toBeNull();
    expect(errorCode(() => call('labels', knows))).toBe('type');
    expect(errorCode(() => call('type', ann))).toBe('type');
    expect(errorCode(() => call('toInteger', [1n]))).toBe('type');
    expect(call('toIntegerOrNull', [1n])).toBeNull();
  });

  it('converts as Neo4j does', () => {
    expect(call('toInteger', '42')).toBe(42n);
    expect(call('toInteger', '3.9')).toBe(3n);
    expect(call('toInteger', ' 42 ')).toBeNull();
    expect(call('toFloat', ' 1.5 ')).toBe(1.5);
    expect(call('toInteger', 'x')).toBeNull();
    expect(call('toInteger', -2.7)).toBe(-2n);
    expect(call('toFloat', '1e3')).toBe(1000);
    expect(call('toBoolean', ' TRUE ')).toBe(true);
    expect(call('toBoolean', 0n)).toBe(false);
    expect(call('toString', 1.0)).toBe('1.0');
    expect(call('toString', 12345678901234567890n)).toBe('12345678901234567890');
    expect(call('toStringList', [1n, 'a', [2n]])).toEqual(['1', 'a', null]);
    expect(call('coalesce', null, null, 3n, 4n)).toBe(3n);
    expect(call('size', 'añb')).toBe(3n);
  });
});

describe('string functions', () => {
  it('slices by characters and checks bounds', () => {
    expect(call('substring', '0123456789', 1n, 3n)).toBe('123');
    expect(call('substring', '0123456789', 8n)).toBe('89');
    expect(call('left', 'Hello', 10n)).toBe('Hello');
    expect(call('right', 'Hello', 3n)).toBe('llo');
    expect(errorCode(() => call('substring', 'abc', -1n))).toBe('argument');
    expect(errorCode(() => call('left', 'abc', -1n))).toBe('argument');
  });

  it('splits, replaces, trims and changes case', () => {
    expect(call('split', 'one,two', ',')).toEqual(['one', 'two']);
    expect(call('split', 'a-b_c', ['-', '_'])).toEqual(['a', 'b', 'c']);
    expect(call('split', 'abc', '')).toEqual(['a', 'b', 'c']);
    expect(call('replace', 'hello', 'l', 'w')).toBe('hewwo');
    expect(call('trim', '  x  ')).toBe('x');
    expect(call('ltrim', '  x  ')).toBe('x  ');
    expect(call('btrim', 'xxhixx', 'x')).toBe('hi');
    expect(call('toUpper', 'kabul')).toBe('KABUL');
    expect(call('reverse', 'raksO')).toBe('Oskar');
    expect(errorCode(() => call('toUpper', 1n))).toBe('type');
  });
});

describe('list functions', () => {
  it('builds ranges with steps, both ways', () => {
    expect(call('range', 0n, 10n, 3n)).toEqual([0n, 3n, 6n, 9n]);
    expect(call('range', 5n, 1n, -2n)).toEqual([5n, 3n, 1n]);
    expect(call('range', 1n, 0n)).toEqual([]);
    expect(errorCode(() => call('range', 0n, 10n, 0n))).toBe('argument');
  });

  it('refuses a range longer than the list bound before building it', () => {
    expect(errorCode(() => call('range', 0n, 10_000_000_000n))).toBe('limit');
  });

  it('reverses and takes the tail', () => {
    expect(call('reverse', [1n, null, 3n])).toEqual([3n, null, 1n]);
    expect(call('tail', [1n, 2n])).toEqual([2n]);
    expect(call('head', [])).toBeNull();
    expect(call('last', [1n, 2n])).toBe(2n);
  });
});

describe('math functions', () => {
  it('rounds with precision and mode', () => {
    expect(call('round', 2.5)).toBe(3);
    expect(call('round', -2.5)).toBe(-2);
    expect(call('round', -1.55, 1n)).toBe(-1.6);
    expect(call('round', 3.141592, 3n)).toBe(3.142);
    expect(call('round', 2.675, 2n)).toBe(2.68);
    expect(call('round', 2.5, 0n, 'HALF_EVEN')).toBe(2);
    expect(call('round', -1.25, 1n, 'CEILING')).toBe(-1.2);
    expect(errorCode(() => call('round', 1.5, 0n, 'SIDEWAYS'))).toBe('argument');
  });

  it('keeps integers where Neo4j does and floats elsewhere', () => {
    expect(call('abs', -3n)).toBe(3n);
    expect(call('sign', -0.5)).toBe(-1n);
    expect(call('ceil', 1.1)).toBe(2);
    expect(call('sqrt', 16n)).toBe(4);
    expect(call('atan2', 1n, 1n)).toBeCloseTo(Math.PI / 4);
    expect(call('log', 0n)).toBe(-Infinity);
    expect(errorCode(() => call('abs', -9223372036854775808n))).toBe('argument');
    expect(errorCode(() => call('sqrt', 'four'))).toBe('type');
  });
});
