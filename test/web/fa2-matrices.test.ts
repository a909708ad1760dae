// ForceAtlas2's matrices built from the drawn multigraph: the same floats as graphology's own
// graphToByteArrays over the simple weighted copy the layout used to build first.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/synthetic.js';
import type { ExplorerGraph } from '../../web/src/graph/build.js';
import { layoutMatrices } from '../../web/src/layout/fa2-matrices.js';

function drawnGraph(order: number, size: number, seed: number): ExplorerGraph {
  const random = seededRandom(seed);
  const graph: ExplorerGraph = new MultiDirectedGraph();
  for (let i = 0; i < order; i++) {
    const attrs = { label: `n${i}`, kind: 'Person', color: '#000', x: random(), y: random() };
    // A size of 0 is drawn as graphology's default of 1.
    graph.addNode(`n${i}`, { ...attrs, size: i % 7 === 0 ? 0 : 1 + random() * 9 });
  }
  const pick = () => `n${Math.floor(random() * order)}`;
  for (let i = 0; i < size; i++) {
    const [a, b] = [pick(), pick()];
    const edge = { relType: 'T', type: 'line', color: '#000', size: 1, curvature: 0 } as const;
    graph.addEdge(a, b, edge);
    // Parallel relationships, both ways round, and the odd self-loop.
    if (i % 5 === 0) graph.addEdge(b, a, edge);
    if (i % 11 === 0) graph.addEdge(a, a, edge);
  }
  return graph;
}

/** What the layout built before: one weighted undirected edge per linked pair, no self-loops. */
function simpleCopy(graph: ExplorerGraph) {
  const copy = new UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>();
  graph.forEachNode((node, { x, y, size }) => copy.addNode(node, { x, y, size }));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target)
      copy.updateUndirectedEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + 1 }));
  });
  return graphToByteArrays(copy, (_edge, attrs) => attrs.weight ?? 1);
}

describe('layoutMatrices', () => {
  it.each([
    [1, 0, 1],
    [12, 40, 2],
    [300, 2_000, 3],
    [2_000, 6_000, 4],
  ])('gives graphology matrices for %i nodes and %i relationships', (order, size, seed) => {
    const graph = drawnGraph(order, size, seed);
    const expected = simpleCopy(graph);
    const actual = layoutMatrices(graph);
    expect(Array.from(actual.nodes)).toEqual(Array.from(expected.nodes));
    expect(Array.from(actual.edges)).toEqual(Array.from(expected.edges));
  });

  it('weighs a pair by its relationships and counts them in both ends’ mass', () => {
    const graph = drawnGraph(2, 0, 5);
    const edge = { relType: 'T', type: 'line', color: '#000', size: 1, curvature: 0 } as const;
    graph.addEdge('n0', 'n1', edge);
    graph.addEdge('n1', 'n0', edge);
    graph.addEdge('n0', 'n1', edge);
    graph.addEdge('n1', 'n1', edge);
    const { nodes, edges } = layoutMatrices(graph);
    expect(Array.from(edges)).toEqual([0, 10, 3]);
    expect([nodes[6], nodes[16]]).toEqual([4, 4]);
  });
});
