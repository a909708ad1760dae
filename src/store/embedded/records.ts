// The shapes queries return, built from the graph's actors and relationship records.
import { NotFoundError } from '../../domain/errors.js';
import type { Actor } from '../../domain/schema.js';
import type { ActorSummary, GraphEdge, GraphNode, RelationshipRecord } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';

const SUGGESTIONS = 5;

export function actorSummary(actor: Actor): ActorSummary {
  return { id: actor.id, kind: actor.kind, name: actor.name };
}

export function graphNode(graph: DatasetGraph, actor: Actor): GraphNode {
  return {
    ...actorSummary(actor),
    aliases: actor.aliases,
    description: actor.description,
    ...(actor.date ? { date: actor.date } : {}),
    degree: graph.degree(actor.id),
  };
}

export function graphEdge(rel: RelationshipRecord): GraphEdge {
  return {
    id: rel.id,
    type: rel.type,
    from: rel.from,
    to: rel.to,
    symmetric: rel.symmetric,
    contested: rel.contested,
    claimCount: rel.claims.length,
    sources: distinctSources(rel),
    ...(rel.span ? { span: rel.span } : {}),
  };
}

function distinctSources(rel: RelationshipRecord): string[] {
  // Most relationships have one claim: skip the Set, graph views build one edge per relationship.
  const [only] = rel.claims;
  if (rel.claims.length === 1 && only) return [only.source];
  return [...new Set(rel.claims.map((c) => c.source))];
}

export function withoutClaims(rel: RelationshipRecord): Omit<RelationshipRecord, 'claims'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { claims, ...rest } = rel;
  return rest;
}

/** The actor, or NotFoundError with "did you mean" suggestions. */
export function requireActor(graph: DatasetGraph, id: unknown): Actor {
  const actor = typeof id === 'string' ? graph.actor(id) : undefined;
  if (actor) return actor;
  const key = typeof id === 'string' ? id : String(id);
  const suggestions = graph.names
    .search(key, { limit: SUGGESTIONS })
    .map(({ id: sid, name, kind, matched }) => ({ id: sid, name, kind, matched }));
  throw new NotFoundError('actor', key, suggestions);
}
