// The layout worker's loop: the same positions as graphology's own ForceAtlas2 after as many
// iterations, slices of about a frame, and drags and restarts written into its matrix.
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { describe, expect, it } from 'vitest';
import { Fa2Run, firstNodes, NODE_FLOATS, SLICE_MS, warmUp } from '../../web/src/layout/fa2-run.js';
import { forceSettings } from '../../web/src/layout/force-settings.js';
import { seededRandom } from '../../src/bench/synthetic.js';

// CommonJS under NodeNext: the default import is the layout function itself at run time.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

type LayoutGraph = UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

function randomGraph(order: number, size: number): LayoutGraph {
  const random = seededRandom(order);
  const graph: LayoutGraph = new UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { x: random(), y: random(), size: 1 });
  for (let i = 0; i < size; i++) {
    const [a, b] = [Math.floor(random() * order), Math.floor(random() * order)];
    if (a !== b)
      graph.updateUndirectedEdge(`n${a}`, `n${b}`, (e) => ({ weight: (e.weight ?? 0) + 1 }));
  }
  return graph;
}

function runOn(graph: LayoutGraph) {
  const { nodes, edges } = graphToByteArrays(graph, (_e, attrs) => attrs.weight ?? 1);
  return new Fa2Run(nodes, edges, { ...FA2_DEFAULTS, ...forceSettings(graph.order) });
}

/** A clock that moves `step` ms each time it is read. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('Fa2Run', () => {
  it.each([
    [60, 150],
    [1_200, 4_000],
  ])('lays out %i nodes as graphology does after as many iterations', (order, size) => {
    const graph = randomGraph(order, size);
    const run = runOn(graph);
    let nodes: Float32Array = new Float32Array();
    while (run.iterations < 25) nodes = run.slice(ticking(SLICE_MS));
    expect(run.iterations).toBe(25);
    const expected = randomGraph(order, size);
    forceAtlas2.assign(expected, {
      iterations: 25,
      settings: forceSettings(order),
      getEdgeWeight: 'weight',
    });
    let i = 0;
    expected.forEachNode((_node, { x, y }) => {
      expect([nodes[i * NODE_FLOATS], nodes[i * NODE_FLOATS + 1]]).toEqual([
        Math.fround(x),
        Math.fround(y),
      ]);
      i++;
    });
  });

  it('runs iterations for a slice of time, at least one, and hands out a copy', () => {
    const run = runOn(randomGraph(30, 60));
    // Read at the start and after each iteration: 5, 10 and 15 ms in, the last past the slice.
    run.slice(ticking(5));
    expect(run.iterations).toBe(Math.ceil(SLICE_MS / 5));
    const copy = run.slice(ticking(SLICE_MS * 2));
    expect(run.iterations).toBe(Math.ceil(SLICE_MS / 5) + 1);
    copy[0] = 12345;
    expect(run.slice(ticking(SLICE_MS * 2))[0]).not.toBe(12345);
  });

  it('starts again from the positions it is given, and keeps a dragged node where it was put', () => {
    const graph = randomGraph(30, 60);
    const run = runOn(graph);
    run.slice(ticking(SLICE_MS));
    const positions = new Float32Array(graph.order * 2).map((_, i) => i);
    run.place(positions);
    run.move(3, 40, -40);
    // Read back through a slice whose iteration moves every node a little from there.
    const nodes = run.slice(ticking(SLICE_MS));
    expect(nodes[0]).toBeCloseTo(0, -1);
    expect(nodes[3 * NODE_FLOATS]).toBeCloseTo(40, -1);
    expect(nodes[3 * NODE_FLOATS + 1]).toBeCloseTo(-40, -1);
    expect(nodes[5 * NODE_FLOATS + 1]).toBeCloseTo(11, -1);
  });

  it('warms up on the first nodes and the edges among them, leaving the layout as it was', () => {
    const graph = randomGraph(3_000, 9_000);
    const { nodes, edges } = graphToByteArrays(graph, (_e, attrs) => attrs.weight ?? 1);
    const part = firstNodes(nodes, edges, 100);
    expect(part.nodes).toEqual(nodes.slice(0, 100 * NODE_FLOATS));
    let among = 0;
    graph.forEachEdge((_edge, _attrs, source, target) => {
      if (Number(source.slice(1)) < 100 && Number(target.slice(1)) < 100) among++;
    });
    expect(part.edges.length).toBe(among * 3);
    for (const end of part.edges.filter((_, i) => i % 3 < 2)) expect(end).toBeLessThan(1_000);
    const [before, edgesBefore] = [nodes.slice(), edges.slice()];
    warmUp(nodes, edges, { ...FA2_DEFAULTS, ...forceSettings(graph.order) });
    expect(nodes).toEqual(before);
    expect(edges).toEqual(edgesBefore);
  });
});
