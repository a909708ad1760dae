// getActor's result from the rows of actor.cypher and actor-relationships.cypher, ordered as the
// embedded store orders it: by the vocabulary order of the type, then the other actor's name,
// then relationships going out before those coming in, then load order.
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { ActorDetail, ActorRelationship } from '../types.js';
import {
  mapOf,
  PropReader,
  toActor,
  toActorSummary,
  toClaimWithSource,
  toRelationshipFacts,
} from './records.js';
import type { Row } from './transactions.js';

const TYPE_ORDER = new Map<string, number>(RELATIONSHIP_TYPE_NAMES.map((t, i) => [t, i]));

/** `actorRow` is the one row of actor.cypher; `relationshipRows` come in load order. */
export function toActorDetail(actorRow: Row, relationshipRows: Row[]): ActorDetail {
  const actor = toActor(mapOf(actorRow, 'actor'));
  const relationships = relationshipRows.map((row) => toActorRelationship(actor.id, row));
  const outFirst = (r: ActorRelationship) => (r.from === actor.id ? 0 : 1);
  relationships.sort(
    (a, b) =>
      (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
      a.other.name.localeCompare(b.other.name) ||
      outFirst(a) - outFirst(b),
  );
  return {
    actor,
    degree: new PropReader(actorRow, `actor ${actor.id}`).num('degree'),
    relationships,
  };
}

export function toActorRelationship(actorId: string, row: Row): ActorRelationship {
  const facts = toRelationshipFacts(row);
  return {
    ...facts,
    direction: facts.symmetric ? 'both' : facts.from === actorId ? 'out' : 'in',
    other: toActorSummary(mapOf(row, 'other')),
    claims: new PropReader(row, `relationship ${facts.id}`).maps('claims').map(toClaimWithSource),
  };
}
