// The stores a Cypher test runs on, each holding the seed: the embedded store always, Neo4j when
// NEO4J_URI is set (holding the Neo4j lock for the whole file, since its data is replaced).
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../../../src/config.js';
import { createCypherRunner, type CypherRunner } from '../../../src/cypher/run/runner.js';
import { defaultSeedDir, seedStore } from '../../../src/seed/index.js';
import { openStore } from '../../../src/store/open.js';
import type { GraphStore } from '../../../src/store/types.js';
import { tempDirs } from '../../fixtures/store.js';

export interface SeededBackend {
  store: GraphStore;
  runner: CypherRunner;
  config: Config;
}

export const NEO4J_URI = process.env.NEO4J_URI?.trim() || undefined;
export const BACKEND_NAMES = NEO4J_URI ? (['embedded', 'neo4j'] as const) : (['embedded'] as const);

if (!NEO4J_URI)
  console.log('Cypher tests on Neo4j skipped: set NEO4J_URI to run them on both stores');

/** Opens every backend (seeded) before the file's tests and closes them after. */
export function seededBackends(
  limits: Partial<Config['cypherLimits']> = {},
): Map<string, SeededBackend> {
  const backends = new Map<string, SeededBackend>();
  const makeDir = tempDirs();
  beforeAll(async () => {
    for (const name of BACKEND_NAMES) {
      const base =
        name === 'neo4j' ? loadConfig() : loadConfig({ ACTORGRAPH_DATA: await makeDir() });
      const config = { ...base, cypherLimits: { ...base.cypherLimits, ...limits } };
      const store = await openStore(config);
      await seedStore(store, defaultSeedDir(), { reset: true });
      backends.set(name, { store, config, runner: createCypherRunner(store, config) });
    }
  }, 120_000);
  afterAll(async () => {
    for (const { store, runner } of backends.values()) {
      await runner.close();
      await store.close();
    }
  });
  return backends;
}
