// The whole stored dataset, read back in load order or written afresh, inside the transaction
// the caller runs: a load reads, validates and writes in one write transaction.
import { randomUUID } from 'node:crypto';
import type { Dataset } from '../../domain/schema.js';
import type { CypherFiles } from './cypher-files.js';
import { withKindLabel, withRelationshipType } from './identifiers.js';
import { mapOf, toActor, toRelationship, toRelationshipRecord, toSource } from './records.js';
import { toLoadRows } from './rows.js';
import type { Run } from './transactions.js';

/** Rows per statement: large enough to be quick, small enough to keep each request modest. */
export const BATCH_SIZE = 500;

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

/** Deletes what is stored, then writes `dataset`, which must have passed validateDataset. */
export async function writeDataset(
  run: Run,
  load: CypherFiles['load'],
  dataset: Dataset,
): Promise<void> {
  const rows = toLoadRows(dataset);
  await run(load.clear);
  for (const batch of batches(rows.sources)) await run(load.sources, { batch });
  for (const [kind, actors] of rows.actorsByKind) {
    const statement = withKindLabel(load.actors, kind);
    for (const batch of batches(actors)) await run(statement, { batch });
  }
  for (const [type, rels] of rows.relationshipsByType) {
    const statement = withRelationshipType(load.relationships, type);
    for (const batch of batches(rels)) await run(statement, { batch });
  }
  for (const batch of batches(rows.claims)) await run(load.claims, { batch });
  await run(load.revision, { revision: randomUUID() });
}

export function* batches<T>(items: readonly T[], size = BATCH_SIZE): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
