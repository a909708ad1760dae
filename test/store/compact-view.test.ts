// The embedded store builds /api/graph/compact's columns from its own numbers; they must be
// exactly what the generic encoding (src/api/compact-graph.ts) makes of getGraph's view, under
// random filters on the seed and on a synthetic graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactGraph } from '../../src/api/compact-graph.js';
import { seededRandom, syntheticDataset } from '../../src/bench/synthetic.js';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { defaultSeedDir, seedStore } from '../../src/seed/index.js';
import type { GraphFilter, GraphStore } from '../../src/store/types.js';
import { openTempStore, tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
const FILTERS = 40;

function randomFilters(random: () => number): GraphFilter[] {
  const some = <T>(all: readonly T[]) => all.filter(() => random() < 0.4);
  const year = () => String(2001 + Math.floor(random() * 24));
  return Array.from({ length: FILTERS }, (_, i) => {
    const filter: GraphFilter = {};
    if (i === 0) return filter;
    if (random() < 0.5) filter.kinds = some(ACTOR_KINDS);
    if (random() < 0.5) filter.types = some(RELATIONSHIP_TYPE_NAMES);
    if (random() < 0.3) filter.from = year();
    if (random() < 0.3) filter.to = `${Math.max(Number(filter.from ?? 0), Number(year()))}-06`;
    if (random() < 0.3) filter.minClaims = 1 + Math.floor(random() * 3);
    if (random() < 0.3) filter.contestedOnly = random() < 0.5;
    return filter;
  });
}

async function expectSameColumns(store: GraphStore, seed: number): Promise<void> {
  for (const filter of randomFilters(seededRandom(seed))) {
    const expected = compactGraph(await store.getGraph(filter));
    expect(await store.getCompactGraph(filter), JSON.stringify(filter)).toEqual(expected);
  }
}

describe('the embedded store’s compact view', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTempStore(makeDir);
  });
  afterAll(() => store.close());

  it('is the generic encoding of the seed’s views', async () => {
    await seedStore(store, defaultSeedDir(), { reset: true });
    await expectSameColumns(store, 1);
  });

  it('is the generic encoding of a synthetic graph’s views', async () => {
    await store.load(syntheticDataset({ actors: 1_000, relationships: 5_000 }), 'replace');
    await expectSameColumns(store, 2);
  }, 60_000);
});
