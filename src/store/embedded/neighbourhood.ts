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
  const types = graph.typeMask(typesParam(query.types));
  const { hops, reached } = bfsDistances(
    graph,
    graph.position(center.id) as number,
    'any',
    types,
    depth,
  );

  const nodes = [];
  const edges: GraphEdge[] = [];
  const distance: Record<string, number> = {};
  for (const node of reached) {
    const actor = graph.actorAt(node);
    nodes.push(graphNode(graph, actor));
    distance[actor.id] = hops.get(node);
    graph.forEachStep(node, 'any', types, (index, other) => {
      if (!hops.has(other)) return;
      // Each edge is taken once, from its `from` end.
      const rel = graph.relationship(index);
      if (rel.from === actor.id) edges.push(graphEdge(rel));
    });
  }
  return { center: center.id, nodes, edges, distance };
}
