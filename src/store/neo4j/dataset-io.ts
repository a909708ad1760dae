// The whole stored dataset, read back in load order or written afresh, inside the transaction
// the caller runs: a load reads, validates and writes in one write transaction.
import { randomUUID } from 'node:crypto';
import type { Dataset } from '../../domain/schema.js';
import type { CypherFiles } from './cypher-files.js';
import { withKindLabel, withRelationshipType } from './identifiers.js';
import {
  mapOf,
  PropReader,
  toActor,
  toRelationship,
  toRelationshipRecord,
  toSource,
} from './records.js';
import { SCHEMA_VERSION } from '../../cypher/graph/model.js';
import { toLoadRows, type LoadRows } from './rows.js';
import type { Row, Run } from './transactions.js';

/** Rows per statement: each statement costs a round trip and a plan lookup, so few and large. */
export const BATCH_SIZE = 5_000;

export async function readDataset(run: Run, query: CypherFiles['query']): Promise<Dataset> {
  const [sources, actors, relationships] = [
    await run(query['export-sources']),
    await run(query['export-actors']),
    await run(query['export-relationships']),
  ];
  return {
    sources: sources.map((r) => toSource(mapOf(r, 'source'))),
    actors: actors.map((r) => toActor(mapOf(r, 'actor'))),
    relationships: relationships.map((r) => toRelationship(toRelationshipRecord(r))),
  };
}

/**
 * Makes the stored graph `dataset`, which must have passed validateDataset: what is stored is
 * updated in place (by element id), what is new is created, then what the dataset no longer holds
 * is deleted. Deleting first (as a clear would) makes the load quadratic: in a transaction that
 * has deleted N nodes every index seek, the MERGEs' and the uniqueness checks', costs O(N) (Neo4j
 * merges the deleted set into each seek). Relationships and claims are created, not merged: a
 * MERGE between two bound nodes reads the relationships of one of them, quadratic on hubs.
 */
export async function writeDataset(
  run: Run,
  load: CypherFiles['load'],
  dataset: Dataset,
): Promise<void> {
  const rows = toLoadRows(dataset);
  const stored = storedElements(await run(load['stored-elements']), rows);
  for (const batch of batches(rows.sources)) await run(load.sources, { batch });
  for (const [kind, elements] of stored.kindChanges) {
    const statement = withKindLabel(load['unlabel-kind'], kind);
    for (const batch of batches(elements)) await run(statement, { batch });
  }
  for (const [kind, actors] of rows.actorsByKind) {
    const statement = withKindLabel(load.actors, kind);
    for (const batch of batches(actors)) await run(statement, { batch });
  }
  const updated: Row[] = [];
  for (const [type, rels] of rows.relationshipsByType) {
    const created: typeof rels = [];
    for (const r of rels) {
      const element = stored.relationships.get(relationshipRowKey(r));
      if (element === undefined) created.push(r);
      else updated.push({ element, props: r.props });
    }
    const statement = withRelationshipType(load.relationships, type);
    for (const batch of batches(created)) await run(statement, { batch });
  }
  for (const batch of batches(updated)) await run(load['update-relationships'], { batch });
  const [newClaims, heldClaims] = [[] as LoadRows['claims'], [] as Row[]];
  for (const claim of rows.claims) {
    const held = stored.claims.get(String(claim.props.id));
    if (held === undefined) newClaims.push(claim);
    else heldClaims.push({ ...claim, element: held.element, moved: held.source !== claim.source });
  }
  for (const batch of batches(newClaims)) await run(load.claims, { batch });
  for (const batch of batches(heldClaims)) await run(load['update-claims'], { batch });
  for (const batch of batches(stored.staleRelationships))
    await run(load['delete-relationships'], { batch });
  for (const batch of batches(stored.staleNodes)) await run(load['delete-nodes'], { batch });
  await run(load.revision, { revision: randomUUID(), schemaVersion: SCHEMA_VERSION });
}

interface StoredElements {
  /** Element ids of stored relationships the dataset keeps, by relationshipKey. */
  relationships: Map<string, string>;
  /** Stored claims the dataset keeps, by claim id: element id and the source it cites. */
  claims: Map<string, { element: string; source: string | undefined }>;
  /** Element ids of stored relationships the dataset lacks (by id and ends, in direction). */
  staleRelationships: string[];
  /** Element ids of stored actors, sources and claims whose id the dataset lacks. */
  staleNodes: string[];
  /** Element ids of stored actors the dataset keeps under another kind, by their stored kind. */
  kindChanges: Map<string, string[]>;
}

/** Sorts rows of stored-elements.cypher into what the load must update, delete or relabel. */
function storedElements(stored: Row[], rows: LoadRows): StoredElements {
  const kept = {
    actor: new Map<string, string>(),
    source: new Set(rows.sources.map((s) => String(s.id))),
    claim: new Set(rows.claims.map((c) => String(c.props.id))),
    relationship: new Set([...rows.relationshipsByType.values()].flat().map(relationshipRowKey)),
  };
  for (const [kind, actors] of rows.actorsByKind) {
    for (const a of actors) kept.actor.set(String(a.id), kind);
  }
  const found: StoredElements = {
    relationships: new Map(),
    claims: new Map(),
    staleRelationships: [],
    staleNodes: [],
    kindChanges: new Map(),
  };
  for (const row of stored) {
    const r = new PropReader(row, 'stored element');
    const [element, id, what] = [r.str('element'), r.optStr('id'), r.str('what')];
    if (what === 'relationship') {
      const key = id === undefined ? '' : relationshipKey(id, r.optStr('from'), r.optStr('to'));
      // A duplicate of a kept key (written by something else) is stale: one of them is updated.
      if (kept.relationship.has(key) && !found.relationships.has(key))
        found.relationships.set(key, element);
      else found.staleRelationships.push(element);
    } else if (what === 'actor') {
      const kind = id === undefined ? undefined : kept.actor.get(id);
      const storedKind = r.optStr('kind');
      if (kind === undefined) found.staleNodes.push(element);
      else if (storedKind !== undefined && storedKind !== kind) {
        const list = found.kindChanges.get(storedKind);
        if (list) list.push(element);
        else found.kindChanges.set(storedKind, [element]);
      }
    } else if (
      what === 'claim' &&
      id !== undefined &&
      kept.claim.has(id) &&
      !found.claims.has(id)
    ) {
      found.claims.set(id, { element, source: r.optStr('from') });
    } else if (what === 'claim' || id === undefined || !kept.source.has(id)) {
      found.staleNodes.push(element);
    }
  }
  return found;
}

const relationshipRowKey = (r: { from: string; to: string; props: Row }) =>
  relationshipKey(String(r.props.id), r.from, r.to);

/** A stored relationship the dataset keeps: the same id and ends, in direction. */
function relationshipKey(id: string, from: string | undefined, to: string | undefined): string {
  return JSON.stringify([id, from, to]);
}

export function* batches<T>(items: readonly T[], size = BATCH_SIZE): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
