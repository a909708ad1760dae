// Parameters from JSON, values to the wire form, and the graph gathered from a result.
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../../src/cypher/errors.js';
import { collectGraph, paramsFromJson, toWire } from '../../../src/cypher/values/convert.js';
import { parseDate } from '../../../src/cypher/values/temporal-parse.js';
import { NodeValue, PathValue, RelationshipValue } from '../../../src/cypher/values/types.js';
import { graph } from '../functions/context.js';

describe('params from JSON', () => {
  it('makes integral numbers INTEGERs, others FLOATs, objects maps', () => {
    const params = paramsFromJson({ n: 3, f: 1.5, list: [1, 'a', null], m: { k: true } });
    expect(params.get('n')).toBe(3n);
    expect(params.get('f')).toBe(1.5);
    expect(params.get('list')).toEqual([1n, 'a', null]);
    expect(params.get('m')).toEqual(new Map([['k', true]]));
  });

  it('refuses what Cypher has no value for, naming the parameter', () => {
    const error = (() => {
      try {
        paramsFromJson({ ok: 1, bad: [1, { when: new Date() }] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CypherError);
    expect((error as CypherError).code).toBe('parameter');
    expect((error as CypherError).message).toContain('$bad[1].when');
    expect(() => paramsFromJson([1])).toThrow(/params must be an object/);
  });
});

describe('values on the wire', () => {
  it('keeps safe integers as numbers and sends the rest as text', () => {
    expect(toWire(42n)).toBe(42);
    expect(toWire(9007199254740993n)).toBe('9007199254740993');
    expect(toWire(Number.NaN)).toBe('NaN');
    expect(toWire(parseDate('2024-12-24'))).toBe('2024-12-24');
    expect(toWire(new Map([['a', [1n]]]))).toEqual({ a: [1] });
  });

  it('tags elements and gathers each node and relationship once', () => {
    const ann = new NodeValue(graph, 0);
    const bo = new NodeValue(graph, 1);
    const knows = new RelationshipValue(graph, 0);
    expect(toWire(knows)).toEqual({
      $element: 'relationship',
      elementId: 'r0',
      type: 'KNOWS',
      startElementId: 'n0',
      endElementId: 'n1',
      properties: { since: 2020 },
    });
    const path = new PathValue([ann, bo], [knows]);
    const g = collectGraph([
      [ann, path],
      [new Map([['x', [bo]]]), null],
    ]);
    expect(g.nodes.map((n) => n.elementId)).toEqual(['n0', 'n1']);
    expect(g.edges.map((e) => e.elementId)).toEqual(['r0']);
  });
});
