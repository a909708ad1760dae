// stats: counts of actors, relationships, claims, sources and contested relationships.
import type { Stats } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';

export function graphStats(graph: DatasetGraph): Stats {
  return {
    actors: graph.actorCount,
    relationships: graph.relationshipCount,
    claims: graph.claimCount,
    sources: graph.sourceCount,
    contested: graph.contestedCount,
    byKind: graph.kindCounts(),
    byType: graph.typeCounts(),
  };
}
