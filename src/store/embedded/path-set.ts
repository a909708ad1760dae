// Paths found by a search, as RawPaths with every actor, relationship and source they touch.
import type { Source } from '../../domain/schema.js';
import type { PathSet, RelationshipRecord } from '../types.js';
import { toRawPath } from '../walk.js';
import type { DatasetGraph } from './dataset-graph.js';
import type { CheckedPathQuery } from './path-query.js';
import { actorSummary } from './records.js';

/** A path as the relationships it walks, node by node: nodes[i] -rels[i]-> nodes[i + 1]. */
export interface Walk {
  nodes: string[];
  rels: RelationshipRecord[];
}

/** The paths with every actor, relationship and cited source they touch; the ends always. */
export function toPathSet(
  graph: DatasetGraph,
  query: CheckedPathQuery,
  walks: Walk[],
  truncated: boolean,
): PathSet {
  const set: PathSet = { paths: [], truncated, actors: {}, relationships: {}, sources: {} };
  const addActor = (id: string) => {
    const actor = graph.actor(id);
    if (actor && !set.actors[id]) set.actors[id] = actorSummary(actor);
  };
  addActor(query.from);
  addActor(query.to);
  for (const walk of walks) {
    set.paths.push(toRawPath(walk.nodes, walk.rels));
    walk.nodes.forEach(addActor);
    for (const rel of walk.rels) {
      if (set.relationships[rel.id]) continue;
      set.relationships[rel.id] = rel;
      for (const claim of rel.claims) {
        set.sources[claim.source] ??= graph.source(claim.source) as Source;
      }
    }
  }
  return set;
}
