// A load on Neo4j: the next graph is staged in committed batches under labels no read asks for,
// then one transaction retires the current graph and promotes the staged one (the switch, which
// only changes labels and the revision), then the retired graph is deleted in batches. A load
// killed before the switch leaves the current graph whole beside staged nodes; the next load
// deletes those first. No load's transaction holds more than a batch of new rows.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { SCHEMA_VERSION } from '../../cypher/graph/model.js';
import { ACTOR_KINDS } from '../../domain/kinds.js';
import type { Dataset } from '../../domain/schema.js';
import type { CypherFiles } from './cypher-files.js';
import { BATCH_SIZE, stageDataset } from './dataset-io.js';
import { withKindLabel } from './identifiers.js';
import { PropReader } from './records.js';
import type { Run, Transactions } from './transactions.js';

/** Labels of nodes no read sees: a load's staged graph and the graph its switch retired. */
export const UNREAD_LABELS = ['StagedActor', 'StagedSource', 'StagedClaim', 'Retired'] as const;

/** Makes `dataset`, which must have passed validateDataset, the stored graph. */
export async function loadDataset(
  tx: Transactions,
  load: CypherFiles['load'],
  dataset: Dataset,
): Promise<void> {
  const commit: Run = (statement, params) => tx.write((run) => run(statement, params));
  await clearUnreadable(commit, load);
  await commit(load.prepare, { schemaVersion: SCHEMA_VERSION });
  await stageDataset(commit, load, dataset);
  const kinds = new Set(dataset.actors.map((a) => a.kind));
  await tx.write(async (run) => {
    for (const kind of ACTOR_KINDS) await run(withKindLabel(load['retire-kind'], kind));
    await run(load.retire);
    for (const kind of kinds) await run(withKindLabel(load['promote-actors'], kind), { kind });
    await run(load['promote-sources']);
    await run(load['promote-claims']);
    await run(load.revision, { revision: randomUUID(), schemaVersion: SCHEMA_VERSION });
  });
  await clearUnreadable(commit, load);
}

/** Deletes the retired and staged nodes, a batch per transaction. */
async function clearUnreadable(commit: Run, load: CypherFiles['load']): Promise<void> {
  for (;;) {
    // A LIMIT takes an integer, and a JS number is sent as a float.
    const [row] = await commit(load['clear-unreadable'], { limit: neo4j.int(BATCH_SIZE) });
    if (new PropReader(row ?? {}, 'clear-unreadable row').num('deleted') === 0) return;
  }
}
