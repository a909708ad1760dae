// The graph the metrics run on: undirected and simple, one weighted edge per linked pair. The
// relationship types mix directions that mean different things, so centrality ignores direction.
import { UndirectedGraph } from 'graphology';
import type { Dataset } from '../graph/dataset.js';

export type MetricGraph = UndirectedGraph<Record<string, never>, { weight: number }>;

export function undirectedProjection(dataset: Dataset): MetricGraph {
  const graph: MetricGraph = new UndirectedGraph();
  for (const node of dataset.view.nodes) graph.addNode(node.id);
  for (const edge of dataset.view.edges) {
    if (edge.from === edge.to || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
    graph.updateUndirectedEdge(edge.from, edge.to, (attrs) => ({
      weight: (attrs.weight ?? 0) + 1,
    }));
  }
  return graph;
}
