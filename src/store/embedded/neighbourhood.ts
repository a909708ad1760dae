// neighbourhood: the actors within 1–3 hops of one actor (in any direction) and the edges among them.
import type { GraphEdge, Neighbourhood, NeighbourhoodQuery } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { intParam, typesParam } from '../params.js';
import { requireActor, viewRecordsOf } from './records.js';
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

  // Nearest first, then in load order; edges in load order: the order the Neo4j store gives.
  const members = [...reached].sort((a, b) => hops.get(a) - hops.get(b) || a - b);
  const records = viewRecordsOf(graph);
  const nodes = [];
  const edgeIndices: number[] = [];
  const distance: Record<string, number> = {};
  for (const node of members) {
    const actor = graph.actorAt(node);
    nodes.push(records.node(node));
    distance[actor.id] = hops.get(node);
    graph.forEachStep(node, 'any', types, (index, other) => {
      if (!hops.has(other)) return;
      // Each edge is taken once, from its `from` end.
      if (graph.startsAt(index, node)) edgeIndices.push(index);
    });
  }
  const edges: GraphEdge[] = edgeIndices.sort((a, b) => a - b).map((index) => records.edge(index));
  return { center: center.id, nodes, edges, distance };
}
