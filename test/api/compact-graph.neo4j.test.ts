// GET /api/graph/compact on the Neo4j store (NEO4J_URI): the same round trips as on the embedded
// store, since the route builds the compact form from whichever store's graph view.
import { afterAll, beforeAll, it } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { describeNeo4j } from '../fixtures/neo4j.js';
import { roundTripSeed, roundTripSynthetic } from './support/compact-round-trip.js';

describeNeo4j('compact graph round trip (Neo4j store)', (cfg) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openNeo4jStore(cfg);
  });
  afterAll(() => store?.close());

  it(
    'decodes to the canvas fields of the seed graph under every filter',
    () => roundTripSeed(store),
    120_000,
  );
  it(
    'decodes to the canvas fields of a synthetic 1k/5k graph',
    () => roundTripSynthetic(store),
    180_000,
  );
});
