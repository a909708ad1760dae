// Builds the graphology graph the canvas draws: one node per actor, one edge per relationship,
// arrows on directed types only, and parallel relationships bent apart so each stays visible.
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import { UNKNOWN_COLOUR, type Dataset } from './dataset.js';
import { parallelCurvatures } from './parallel.js';

/** Sigma edge program names, registered in renderer.ts. */
export type EdgeShape = 'line' | 'arrow' | 'curved' | 'curvedArrow';

export interface NodeAttributes {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** The relationship type ("type" is sigma's program name). */
  relType: string;
  type: EdgeShape;
  color: string;
  size: number;
  curvature: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(dataset: Dataset): ExplorerGraph {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  for (const node of dataset.view.nodes) {
    graph.addNode(node.id, {
      label: node.name,
      kind: node.kind,
      x: 0,
      y: 0,
      size: 1,
      color: dataset.kinds.get(node.kind)?.color ?? UNKNOWN_COLOUR,
    });
  }
  const curvatures = parallelCurvatures(dataset.view.edges, DEFAULT_EDGE_CURVATURE);
  for (const edge of dataset.view.edges) {
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
    const directed = !(dataset.types.get(edge.type)?.symmetric ?? edge.symmetric);
    const curvature = curvatures.get(edge.id);
    graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, {
      relType: edge.type,
      type:
        curvature === undefined
          ? directed
            ? 'arrow'
            : 'line'
          : directed
            ? 'curvedArrow'
            : 'curved',
      color: dataset.types.get(edge.type)?.color ?? UNKNOWN_COLOUR,
      // More claims, thicker line; the log keeps a much-reported link from swamping the view.
      size: 1 + Math.min(3, Math.log2(edge.claimCount)),
      curvature: curvature ?? 0,
    });
  }
  return graph;
}
