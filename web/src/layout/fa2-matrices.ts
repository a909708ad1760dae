// ForceAtlas2's node and edge matrices built straight from the drawn graph: one edge per linked
// pair weighted by its number of relationships, self-loops left out. The same floats as
// graphology's graphToByteArrays over a simple undirected copy of the graph, without building that
// copy: at 20k/80k the copy held the main thread for 0.56-0.89 s after a click on Run.
import type { ExplorerGraph } from '../graph/build.js';
import { EDGE_FLOATS, NODE_FLOATS } from './fa2-run.js';

export function layoutMatrices(graph: ExplorerGraph): { nodes: Float32Array; edges: Float32Array } {
  const nodes = new Float32Array(graph.order * NODE_FLOATS);
  // Graphology's edge matrix names each end by its offset in the node matrix.
  const offsets = new Map<string, number>();
  let at = 0;
  graph.forEachNode((node, { x, y, size }) => {
    offsets.set(node, at);
    nodes[at] = x;
    nodes[at + 1] = y;
    nodes[at + 6] = 1; // mass: 1 + the weighted degree, added below
    nodes[at + 7] = 1; // convergence
    nodes[at + 8] = size || 1;
    at += NODE_FLOATS;
  });
  const edges = new Float32Array(graph.size * EDGE_FLOATS);
  /** Where each linked pair's edge is in `edges`, by a key made of both ends' offsets. */
  const pairs = new Map<number, number>();
  let count = 0;
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    const s = offsets.get(source) as number;
    const t = offsets.get(target) as number;
    const key = Math.min(s, t) * nodes.length + Math.max(s, t);
    let e = pairs.get(key);
    if (e === undefined) {
      pairs.set(key, (e = count));
      edges[e] = s;
      edges[e + 1] = t;
      count += EDGE_FLOATS;
    }
    (edges[e + 2] as number)++;
    (nodes[s + 6] as number)++;
    (nodes[t + 6] as number)++;
  });
  return { nodes, edges: edges.slice(0, count) };
}
