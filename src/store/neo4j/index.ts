// The Neo4j store's entry point (used when NEO4J_URI is set): connects with retries, refuses a
// database holding a graph actorgraph did not write, applies cypher/schema.cypher and returns the
// GraphStore.
import type { Neo4jConfig } from '../../config.js';
import type { GraphStore } from '../types.js';
import { connect, DEFAULT_RETRY, type RetryPolicy } from './connect.js';
import { readCypherFiles } from './cypher-files.js';
import { foreignContent, foreignDatabaseError } from './ownership.js';
import { Neo4jStore } from './store.js';
import { Transactions } from './transactions.js';

export interface OpenOptions {
  /** Open a database holding a graph actorgraph did not write, to replace it (`seed --reset`). */
  overwrite?: boolean;
}

export async function openNeo4jStore(
  cfg: Neo4jConfig,
  retry: RetryPolicy = DEFAULT_RETRY,
  { overwrite = false }: OpenOptions = {},
): Promise<GraphStore> {
  const cypher = await readCypherFiles();
  const driver = await connect(cfg, retry);
  try {
    const tx = new Transactions(driver, cfg.uri, cfg.database);
    // Checked before the schema is applied: a database that is not ours gets no constraints either.
    const found = await tx.read((run) => foreignContent(run, cypher.query));
    if (found !== undefined && !overwrite) throw foreignDatabaseError(cfg.database, found);
    // One transaction per statement: Neo4j runs schema changes apart from other work.
    for (const statement of cypher.schema) await tx.write((run) => run(statement));
    return new Neo4jStore(driver, tx, cypher);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
