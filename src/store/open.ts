// Opens the configured store: Neo4j when NEO4J_URI is set, the embedded store otherwise.
import type { Config } from '../config.js';
import type { StoreLog } from './embedded/stale-temps.js';
import type { GraphStore } from './types.js';

export interface OpenStoreOptions {
  /** The caller replaces the whole graph (`seed --reset`): Neo4j may hold a graph not ours. */
  overwrite?: boolean;
}

export async function openStore(
  config: Config,
  log?: StoreLog,
  { overwrite = false }: OpenStoreOptions = {},
): Promise<GraphStore> {
  if (config.neo4j) {
    const { openNeo4jStore } = await import('./neo4j/index.js');
    return openNeo4jStore(config.neo4j, undefined, { overwrite });
  }
  const { openEmbeddedStore } = await import('./embedded/index.js');
  return openEmbeddedStore(config.dataDir, { log });
}
