// Paths found by a search, as RawPaths with every actor, relationship and source they touch.
import type { Source } from '../../domain/schema.js';
import type { PathSet } from '../types.js';
import { toRawPath } from '../walk.js';
import type { DatasetGraph } from './dataset-graph.js';
import type { CheckedPathQuery } from './path-query.js';
import { actorSummary } from './records.js';

/** A path as actor and relationship numbers: nodes[i] -rels[i]- nodes[i + 1]. */
export interface Walk {
  nodes: number[];
  rels: number[];
}

/**
 * The order key of a step from the actor at `node` along relationship `rel`: steps along the
 * relationship's direction first, then load order. Steps from one actor never share a key. Paths
 * of one length are ordered by their steps' keys, hop by hop: the order in which the simple-path
 * search meets paths, and the one the Neo4j store's path queries sort by.
 */
export function stepKey(graph: DatasetGraph, node: number, rel: number): number {
  return (graph.startsAt(rel, node) ? 0 : 1) * graph.relationshipCount + rel;
}

/** The paths with every actor, relationship and cited source they touch; the ends always. */
export function toPathSet(
  graph: DatasetGraph,
  query: CheckedPathQuery,
  walks: Walk[],
  truncated: boolean,
): PathSet {
  const set: PathSet = { paths: [], truncated, actors: {}, relationships: {}, sources: {} };
  // Walks share actors and relationships: seen ones are told apart by number, and only new ones
  // are written into the records, whose string-keyed writes were most of this function's time.
  const actorsSeen = new Set<number>();
  const addActor = (position: number) => {
    const actor = graph.actorAt(position);
    if (!actorsSeen.has(position)) {
      actorsSeen.add(position);
      set.actors[actor.id] = actorSummary(actor);
    }
    return actor.id;
  };
  addActor(query.from);
  addActor(query.to);
  const relsSeen = new Set<number>();
  for (const walk of walks) {
    const rels = walk.rels.map((index) => graph.relationship(index));
    set.paths.push(toRawPath(walk.nodes.map(addActor), rels));
    for (const index of walk.rels) {
      if (relsSeen.has(index)) continue;
      relsSeen.add(index);
      const rel = graph.relationship(index);
      set.relationships[rel.id] = rel;
      for (const claim of rel.claims) {
        set.sources[claim.source] ??= graph.source(claim.source) as Source;
      }
    }
  }
  return set;
}
