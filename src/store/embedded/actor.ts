// getActor: one actor with its degree and every relationship, each claim beside its source.
import { claimantName } from '../../domain/claimants.js';
import type { Claim, Source } from '../../domain/schema.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { ActorDetail, ActorRelationship, ClaimWithSource } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { actorSummary, withoutClaims } from './records.js';

const TYPE_ORDER = new Map<string, number>(RELATIONSHIP_TYPE_NAMES.map((t, i) => [t, i]));

/** Relationships come in vocabulary order of their type, then by the other actor's name. */
export function actorDetail(graph: DatasetGraph, id: string): ActorDetail | null {
  const position = graph.position(id);
  if (position === undefined) return null;
  const actor = graph.actorAt(position);
  const relationships: ActorRelationship[] = [];
  graph.forEachStep(position, 'any', undefined, (index, otherPosition) => {
    const rel = graph.relationship(index);
    const other = graph.actorAt(otherPosition);
    relationships.push({
      ...withoutClaims(rel),
      direction: rel.symmetric ? 'both' : rel.from === id ? 'out' : 'in',
      other: actorSummary(other),
      claims: rel.claims.map((c) => withSource(graph, c)),
    });
  });
  relationships.sort(
    (a, b) =>
      (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
      a.other.name.localeCompare(b.other.name),
  );
  return { actor, degree: graph.degreeAt(position), relationships };
}

function withSource(graph: DatasetGraph, claim: Claim): ClaimWithSource {
  // Validation guarantees the source exists.
  const sourceInfo = graph.source(claim.source) as Source;
  return {
    ...claim,
    sourceInfo,
    claimedByName: claimantName(claim.claimedBy, graph.actor(claim.claimedBy)?.name),
  };
}
