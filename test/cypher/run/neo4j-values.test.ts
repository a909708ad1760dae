// Neo4j driver values to the wire format, without a server: exact integers, Neo4j's own
// duration text, elements with their ends, and JSON parameters as INTEGERs.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { durationText, toDriverParam, toWire } from '../../../src/cypher/run/neo4j/values.js';

const { Duration, Node, Relationship, Path, PathSegment, Date: CypherDate } = neo4j.types;

describe('toWire (Neo4j)', () => {
  it('keeps integers exact: numbers inside the safe range, strings outside', () => {
    expect(toWire(neo4j.int(42))).toBe(42);
    expect(toWire(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toWire(Number.NaN)).toBe('NaN');
    expect(toWire([neo4j.int(1), { a: neo4j.int(-2) }])).toEqual([1, { a: -2 }]);
  });

  it('prints durations as Neo4j does, not as the driver does', () => {
    const d = (m: number, days: number, s: number, n: number) =>
      durationText(new Duration(m, days, s, n));
    expect(d(14, 3, 4 * 3600 + 5 * 60 + 6, 500_000_000)).toBe('P1Y2M3DT4H5M6.5S');
    expect(d(0, 4, 0, 0)).toBe('P4D');
    expect(d(0, 0, 0, 0)).toBe('PT0S');
    expect(d(0, 0, -90, 0)).toBe('PT-1M-30S');
    expect(d(1, 0, 0, 1)).toBe('P1MT0.000000001S');
    expect(toWire(new CypherDate(2024, 12, 24))).toBe('2024-12-24');
  });

  it('turns nodes, relationships and paths into tagged elements', () => {
    const a = new Node(neo4j.int(1), ['Actor', 'ArmedGroup'], { id: 'ttp' }, '4:x:1');
    const b = new Node(neo4j.int(2), ['Actor', 'Place'], { id: 'paktika' }, '4:x:2');
    const r = new Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      'OPERATES_IN',
      { claimCount: neo4j.int(2) },
      '5:x:7',
      '4:x:1',
      '4:x:2',
    );
    const wire = toWire(new Path(a, b, [new PathSegment(a, r, b)]));
    expect(wire).toEqual({
      $element: 'path',
      nodes: [
        {
          $element: 'node',
          elementId: '4:x:1',
          labels: ['Actor', 'ArmedGroup'],
          properties: { id: 'ttp' },
        },
        {
          $element: 'node',
          elementId: '4:x:2',
          labels: ['Actor', 'Place'],
          properties: { id: 'paktika' },
        },
      ],
      relationships: [
        {
          $element: 'relationship',
          elementId: '5:x:7',
          type: 'OPERATES_IN',
          startElementId: '4:x:1',
          endElementId: '4:x:2',
          properties: { claimCount: 2 },
        },
      ],
    });
  });

  it('sends whole JSON numbers as INTEGERs and the rest as they are', () => {
    const sent = toDriverParam({
      n: 3,
      f: 2.5,
      list: [1, 'a'],
      nested: { big: 2 ** 60 },
    }) as Record<string, unknown>;
    expect(neo4j.isInt(sent.n)).toBe(true);
    expect(sent.f).toBe(2.5);
    expect(neo4j.isInt((sent.list as unknown[])[0])).toBe(true);
    expect(String((sent.nested as { big: unknown }).big)).toBe('1152921504606846976');
  });
});
