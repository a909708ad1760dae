// neighbourhood: the actors within 1–3 hops of one actor (in any direction) and the edges among them.
import type { GraphEdge, Neighbourhood, NeighbourhoodQuery } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { intParam, typesParam } from '../params.js';
import { graphEdge, graphNode, requireActor } from './records.js';
import { bfsDistances } from './traversal.js';

export function neighbourhood(
  graph: DatasetGraph,
  id: string,
  query: NeighbourhoodQuery,
): Neighbourhood {
  const center = requireActor(graph, id);
  const depth = intParam(query.depth, 'depth', 1, 3);
  const types = typesParam(query.types);
  const distance = bfsDistances(graph, center.id, 'any', types, depth);

  const nodes = [];
  const edges: GraphEdge[] = [];
  for (const nodeId of distance.keys()) {
    const actor = graph.actor(nodeId);
    if (actor) nodes.push(graphNode(graph, actor));
    // Each edge is taken once, from its `from` end.
    graph.forEachStep(nodeId, 'any', types, (rel, other) => {
      if (rel.from === nodeId && distance.has(other)) edges.push(graphEdge(rel));
    });
  }
  return { center: center.id, nodes, edges, distance: Object.fromEntries(distance) };
}
