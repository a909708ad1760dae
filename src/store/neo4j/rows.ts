// Turns a validated dataset into the rows the cypher/load statements write: sources, actors
// grouped by kind, relationships grouped by type (their labels and types are spliced into the
// statement) and claims. Absent fields are null, which Neo4j does not store.
import { MODEL_PROPERTIES } from '../../cypher/graph/model.js';
import type { ActorKind } from '../../domain/kinds.js';
import { claimsSpan, dateBounds, isContested, relationshipId } from '../../domain/relationships.js';
import type { Actor, Claim, Dataset, DateSpec, Relationship, Source } from '../../domain/schema.js';
import { relationshipTypeInfo } from '../../domain/vocabulary.js';
import type { Row } from './transactions.js';

export interface LoadRows {
  sources: Row[];
  actorsByKind: Map<ActorKind, Row[]>;
  /** Each row: the two actor ids and the relationship's properties. */
  relationshipsByType: Map<string, Array<{ from: string; to: string; props: Row }>>;
  /** Each row: the cited source's id and the claim's properties. */
  claims: Array<{ source: string; props: Row }>;
}

export function toLoadRows(dataset: Dataset): LoadRows {
  const rows: LoadRows = {
    sources: dataset.sources.map(sourceRow),
    actorsByKind: new Map(),
    relationshipsByType: new Map(),
    claims: [],
  };
  dataset.actors.forEach((actor, ord) =>
    pushTo(rows.actorsByKind, actor.kind, actorRow(actor, ord)),
  );
  dataset.relationships.forEach((rel, ord) => {
    const props = relationshipProps(rel, ord);
    pushTo(rows.relationshipsByType, rel.type, { from: rel.from, to: rel.to, props });
    rel.claims.forEach((claim, i) => rows.claims.push(claimRow(claim, i, rel, props.id)));
  });
  return rows;
}

/** The claim's id in the graph: its relationship's id and its place among that one's claims. */
export function claimId(relId: string, index: number): string {
  return `${relId}#${index}`;
}

/** A date spec as four flat properties (`${prefix}Start`, ...), since a property holds no map. */
export function dateProps(prefix: string, date: DateSpec | undefined): Row {
  return {
    [`${prefix}Start`]: date?.start ?? null,
    [`${prefix}End`]: date?.end ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
    [`${prefix}Inferred`]: date?.inferred ?? null,
  };
}

export function sourceRow(source: Source, ord: number): Row {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher ?? null,
    author: source.author ?? null,
    kind: source.kind,
    summary: source.summary ?? null,
    ...dateProps('published', source.published),
    ord,
  };
}

export function actorRow(actor: Actor, ord: number): Row {
  return {
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    aliases: actor.aliases,
    ambiguousAliases: actor.ambiguousAliases ?? null,
    description: actor.description,
    ...dateProps('date', actor.date),
    ord,
  };
}

export function relationshipProps(rel: Relationship, ord: number): Row & { id: string } {
  const span = claimsSpan(rel.claims);
  return {
    id: relationshipId(rel),
    symmetric: relationshipTypeInfo(rel.type)?.symmetric ?? false,
    contested: isContested(rel.claims),
    role: rel.role ?? null,
    claimCount: rel.claims.length,
    // Distinct, in claim order: what a graph edge lists without reading the claims.
    sources: [...new Set(rel.claims.map((c) => c.source))],
    first: span?.first ?? null,
    last: span?.last ?? null,
    ord,
  };
}

export function claimRow(
  claim: Claim,
  index: number,
  rel: Relationship,
  relId: string,
): { source: string; props: Row } {
  const bounds = claim.date ? dateBounds(claim.date) : undefined;
  return {
    source: claim.source,
    props: {
      id: claimId(relId, index),
      relId,
      relFrom: rel.from,
      relTo: rel.to,
      ord: index,
      summary: claim.summary,
      claimedBy: claim.claimedBy,
      claimedByNote: claim.claimedByNote ?? null,
      status: claim.status,
      quote: claim.quote ?? null,
      ...dateProps('date', claim.date),
      sameDayAsReport: claim.sameDayAsReport ?? null,
      first: bounds?.first ?? null,
      last: bounds?.last ?? null,
      figures: claim.figures ? JSON.stringify(claim.figures) : null,
    },
  };
}

/**
 * The properties a staged relationship or claim row carries, in the order the staging statements
 * read them (cypher/load/relationships.cypher and claims.cypher, by position): the model's own
 * lists. A row is sent as a list rather than a map, so that its keys are not encoded and decoded
 * again with every row.
 */
export const RELATIONSHIP_COLUMNS: readonly string[] = MODEL_PROPERTIES.relationship;
export const CLAIM_COLUMNS: readonly string[] = MODEL_PROPERTIES.Claim;

/** The row's properties in the order of `columns`, after `ends` (the ids its statement seeks). */
export function asList(ends: string[], props: Row, columns: readonly string[]): unknown[] {
  return [...ends, ...columns.map((c) => props[c] ?? null)];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
