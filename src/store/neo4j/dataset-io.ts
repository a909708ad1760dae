// The whole stored dataset, read back in load order (in the caller's transaction), or staged
// afresh as a load's next graph in committed batches.
import type { Dataset } from '../../domain/schema.js';
import type { Cypher, CypherFiles } from './cypher-files.js';
import { withRelationshipType } from './identifiers.js';
import { mapOf, toActor, toRelationship, toRelationshipRecord, toSource } from './records.js';
import { asList, CLAIM_COLUMNS, RELATIONSHIP_COLUMNS, toLoadRows } from './rows.js';
import type { Row, Run } from './transactions.js';

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
 * Batches in flight at once while staging: the driver encodes one while the server runs or
 * commits another. Each phase waits for the one before (relationships need their actors).
 */
export const STAGING_CONCURRENCY = 2;

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
  await inParallel(batchesOf(load.sources, rows.sources.map(present)), commit);
  await inParallel(
    batchesOf(load.actors, [...rows.actorsByKind.values()].flat().map(present)),
    commit,
  );
  await inParallel(
    [...rows.relationshipsByType].flatMap(([type, rels]) =>
      batchesOf(
        withRelationshipType(load.relationships, type),
        rels.map((r) => asList([r.from, r.to], r.props, RELATIONSHIP_COLUMNS)),
      ),
    ),
    commit,
  );
  await inParallel(
    batchesOf(
      load.claims,
      rows.claims.map((c) => asList([c.source], c.props, CLAIM_COLUMNS)),
    ),
    commit,
  );
}

/** The row without its null properties: a created node stores none, and each costs encoding. */
function present(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
}

type Statement = [Cypher, { batch: unknown[] }];

function batchesOf(statement: Cypher, rows: unknown[]): Statement[] {
  return [...batches(rows)].map((batch) => [statement, { batch }]);
}

/** Commits the statements, STAGING_CONCURRENCY at a time; the first failure stops the rest. */
async function inParallel(statements: Statement[], commit: Run): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < statements.length) {
      const [statement, params] = statements[next++]!;
      try {
        await commit(statement, params);
      } catch (error) {
        next = statements.length;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: STAGING_CONCURRENCY }, worker));
}

export function* batches<T>(items: readonly T[], size = BATCH_SIZE): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
