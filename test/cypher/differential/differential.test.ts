// The differential suite: the corpus of generate.ts run on the embedded engine and on Neo4j (the
// reference), whose answers must agree (compare.ts says how); a query marked `known` must still
// differ, so that a fix is noticed. Needs NEO4J_URI; without it the suite says it was skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../src/bench/synthetic.js';
import { loadConfig } from '../../../src/config.js';
import { createCypherRunner, type CypherRunner } from '../../../src/cypher/run/runner.js';
import type { Dataset } from '../../../src/domain/schema.js';
import { validateDataset } from '../../../src/domain/validate.js';
import { defaultSeedDir, readSeedDir } from '../../../src/seed/index.js';
import { openStore } from '../../../src/store/open.js';
import type { GraphStore } from '../../../src/store/types.js';
import { tempDirs } from '../../fixtures/store.js';
import { NEO4J_URI } from '../support/backends.js';
import { comparable, orderKeys, type Comparable } from './compare.js';
import { seedCases, syntheticCases, type Case } from './generate.js';

const { raw, files } = await readSeedDir(defaultSeedDir());
const SEED = validateDataset(raw, files).dataset as Dataset;
const SYNTHETIC = syntheticDataset({ actors: 200, relationships: 1000 });
const SEED_CASES = seedCases(SEED);
const SYNTHETIC_CASES = syntheticCases(SYNTHETIC);

it('the corpus holds at least 200 queries, with unique names', () => {
  const names = [...SEED_CASES, ...SYNTHETIC_CASES].map((c) => c.name);
  expect(names.length).toBeGreaterThanOrEqual(200);
  expect(new Set(names).size).toBe(names.length);
});

if (!NEO4J_URI)
  console.log(
    'Differential Cypher suite skipped: set NEO4J_URI to compare the embedded engine with Neo4j',
  );

/** An answer in comparable form, or the error's code. */
async function answer(runner: CypherRunner, c: Case): Promise<Comparable | string> {
  try {
    const a = await runner.run(c.query, c.params);
    return comparable(a, orderKeys(c.query), { only: c.compare, unorderedLists: c.unorderedLists });
  } catch (error) {
    const e = error as Error & { code?: string };
    return `error ${e.code ?? e.message}`;
  }
}

describe.skipIf(!NEO4J_URI)('differential: embedded engine vs Neo4j', () => {
  const makeDir = tempDirs();
  const stores: Array<{ store: GraphStore; runner: CypherRunner }> = [];
  beforeAll(async () => {
    for (const config of [loadConfig({ ACTORGRAPH_DATA: await makeDir() }), loadConfig()]) {
      const store = await openStore(config);
      stores.push({ store, runner: createCypherRunner(store, config) });
    }
  }, 120_000);
  afterAll(async () => {
    for (const { store, runner } of stores) {
      await runner.close();
      await store.close();
    }
  });

  const agree = async (c: Case) => {
    const [embedded, neo4j] = (await Promise.all(stores.map((s) => answer(s.runner, c)))) as [
      Comparable | string,
      Comparable | string,
    ];
    const shown = (a: Comparable | string) => (typeof a === 'string' ? a : JSON.stringify(a));
    const message = `${c.query}\nembedded: ${shown(embedded)}\nneo4j:    ${shown(neo4j)}`;
    if (c.known)
      expect(embedded, `known difference no longer differs (${c.known})\n${message}`).not.toEqual(
        neo4j,
      );
    else expect(embedded, message).toEqual(neo4j);
  };

  describe('on the seed', () => {
    beforeAll(async () => {
      for (const { store } of stores) await store.load(SEED, 'replace');
    }, 120_000);
    it.each(SEED_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => agree(c));
  });

  describe('on a synthetic graph (200 actors, 1,000 relationships)', () => {
    beforeAll(async () => {
      for (const { store } of stores) await store.load(SYNTHETIC, 'replace');
    }, 120_000);
    it.each(SYNTHETIC_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => agree(c));
  });
});
