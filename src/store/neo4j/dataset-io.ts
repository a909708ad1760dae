// The whole stored dataset, read back in load order (in the caller's transaction), or staged
// afresh as a load's next graph in committed batches.
import type { Dataset } from '../../domain/schema.js';
import type { CypherFiles } from './cypher-files.js';
import { withRelationshipType } from './identifiers.js';
import { mapOf, toActor, toRelationship, toRelationshipRecord, toSource } from './records.js';
import { toLoadRows } from './rows.js';
import type { Run } from './transactions.js';

/**
 * Rows per statement and transaction: each costs a round trip, a plan lookup and a commit, so few
 * and large; but a transaction's state grows with its rows, and the server caps it.
 */
export const BATCH_SIZE = 10_000;

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
 * Stages `dataset`, which must have passed validateDataset, as the next graph: each batch in a
 * transaction of its own (`commit`), under the staging labels no read asks for. Everything is
 * created, nothing merged or updated: staging starts empty, and a MERGE between two bound nodes
 * reads the relationships of one of them, quadratic on hubs.
 */
export async function stageDataset(
  commit: Run,
  load: CypherFiles['load'],
  dataset: Dataset,
): Promise<void> {
  const rows = toLoadRows(dataset);
  for (const batch of batches(rows.sources)) await commit(load.sources, { batch });
  for (const actors of rows.actorsByKind.values()) {
    for (const batch of batches(actors)) await commit(load.actors, { batch });
  }
  for (const [type, rels] of rows.relationshipsByType) {
    const statement = withRelationshipType(load.relationships, type);
    for (const batch of batches(rels)) await commit(statement, { batch });
  }
  for (const batch of batches(rows.claims)) await commit(load.claims, { batch });
}

export function* batches<T>(items: readonly T[], size = BATCH_SIZE): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
