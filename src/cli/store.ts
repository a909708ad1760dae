// Opens the configured store for one command and closes it after, seeding it first when it is
// empty and the command asks for that, so a newcomer's first command just works.
import { loadConfig, type Config } from '../config.js';
import { defaultSeedDir, seedIfEmpty } from '../seed/index.js';
import { openStore } from '../store/open.js';
import type { GraphStore, LoadResult } from '../store/types.js';
import { note } from './output.js';

export interface StoreContext {
  store: GraphStore;
  config: Config;
  /** Where the data lives, for messages. */
  where: string;
}

export interface StoreOptions {
  /**
   * Seed an empty store from the package's seed/ first: 'embedded' only the local embedded store
   * (read commands should not write into a shared database unasked), 'any' whatever is configured.
   */
  seedEmpty?: 'embedded' | 'any';
  /** The command replaces the whole graph, so a Neo4j database not written by actorgraph opens. */
  overwrite?: boolean;
}

export async function withStore<T>(
  run: (ctx: StoreContext) => Promise<T>,
  { seedEmpty, overwrite }: StoreOptions = {},
): Promise<T> {
  const config = loadConfig();
  const warn = (_details: object, message: string) => note(`Note: ${message}.`);
  const store = await openStore(config, { warn }, { overwrite });
  const where = config.neo4j
    ? `Neo4j at ${config.neo4j.uri}`
    : `the embedded store in ${config.dataDir}`;
  try {
    if (seedEmpty === 'any' || (seedEmpty === 'embedded' && store.kind === 'embedded')) {
      const dir = defaultSeedDir();
      const loaded = await seedIfEmpty(store, dir);
      if (loaded) note(`Seeded ${where}, which was empty, from ${dir} (${counts(loaded)}).`);
    }
    return await run({ store, config, where });
  } finally {
    await store.close();
  }
}

export function counts(r: LoadResult): string {
  return `${r.actors} actors, ${r.relationships} relationships, ${r.sources} sources`;
}
