// The GraphML writer: what it writes reads back (with graphology-graphml) as the same graph,
// markup in values included.
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphology } from '../../src/api/export/graph.js';
import { writeGraphml } from '../../src/api/export/graphml.js';
import type { GraphView } from '../../src/store/types.js';

const view: GraphView = {
  nodes: [
    {
      id: 'a',
      kind: 'ArmedGroup',
      name: 'Group <A> & "friends"',
      aliases: ["A's"],
      description: 'x',
      degree: 2,
    },
    { id: 'b', kind: 'State', name: 'B', aliases: [], description: 'y', degree: 2 },
  ],
  edges: [
    {
      id: 'a.STRIKES.b',
      type: 'STRIKES',
      from: 'a',
      to: 'b',
      symmetric: false,
      contested: true,
      claimCount: 3,
      sources: ['s1', 's2'],
      span: { first: '2024-12-24', last: '2025-01-02' },
    },
    {
      id: 'a.MEETS.b',
      type: 'MEETS',
      from: 'a',
      to: 'b',
      symmetric: true,
      contested: false,
      claimCount: 1,
      sources: ['s1'],
    },
  ],
};

describe('writeGraphml', () => {
  const parsed = parse(MultiGraph, writeGraphml(toGraphology(view)));

  it('keeps every node and edge, a symmetric one written both ways, all directed', () => {
    expect(parsed.order).toBe(2);
    expect(parsed.size).toBe(3);
    expect(parsed.undirectedSize).toBe(0);
    expect(parsed.extremities('a.MEETS.b')).toEqual(['a', 'b']);
    expect(parsed.extremities('b.MEETS.a')).toEqual(['b', 'a']);
    expect(parsed.getEdgeAttribute('b.MEETS.a', 'symmetric')).toBe(true);
    expect(parsed.getEdgeAttribute('a.STRIKES.b', 'symmetric')).toBe(false);
  });

  it('writes a symmetric relationship once with symmetric=once', () => {
    const once = parse(MultiGraph, writeGraphml(toGraphology(view, 'once')));
    expect(once.size).toBe(2);
    expect(once.hasEdge('b.MEETS.a')).toBe(false);
  });

  it('escapes markup and keeps attribute types', () => {
    expect(parsed.getNodeAttribute('a', 'label')).toBe('Group <A> & "friends"');
    expect(parsed.getNodeAttribute('a', 'aliases')).toBe("A's");
    expect(parsed.getNodeAttribute('a', 'kind')).toBe('ArmedGroup');
    expect(parsed.getEdgeAttribute('a.STRIKES.b', 'claims')).toBe(3);
    expect(parsed.getEdgeAttribute('a.STRIKES.b', 'contested')).toBe(true);
    expect(parsed.getEdgeAttribute('a.STRIKES.b', 'first')).toBe('2024-12-24');
    expect(parsed.getEdgeAttribute('a.MEETS.b', 'first')).toBeUndefined();
  });
});
