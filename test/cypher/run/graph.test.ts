// collectGraph finds every element of a result, nested in lists, maps and paths, once each.
import { describe, expect, it } from 'vitest';
import { collectGraph } from '../../../src/cypher/run/graph.js';
import type { WireNode, WireRelationship } from '../../../src/cypher/wire.js';

const node = (id: string): WireNode => ({
  $element: 'node',
  elementId: id,
  labels: ['Actor'],
  properties: { id },
});
const rel = (id: string, from: string, to: string): WireRelationship => ({
  $element: 'relationship',
  elementId: id,
  type: 'SUPPORTS',
  startElementId: from,
  endElementId: to,
  properties: {},
});

describe('collectGraph', () => {
  it('collects nodes and relationships from cells, lists, maps and paths, without repeats', () => {
    const path = {
      $element: 'path' as const,
      nodes: [node('a'), node('b')],
      relationships: [rel('r1', 'a', 'b')],
    };
    const graph = collectGraph([
      [node('a'), 1, 'text'],
      [[node('c'), { nested: rel('r2', 'c', 'a') }], path],
      [null, { $element: 'x', plain: node('a') } as never],
    ]);
    expect(graph.nodes.map((n) => n.elementId).sort()).toEqual(['a', 'b', 'c']);
    expect(graph.edges.map((e) => e.elementId).sort()).toEqual(['r1', 'r2']);
  });

  it('is empty for a result of plain values', () => {
    expect(collectGraph([[1, 'a', [true, null]], [{ k: 2 }]])).toEqual({ nodes: [], edges: [] });
  });
});
