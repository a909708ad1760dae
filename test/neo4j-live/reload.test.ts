// Loads over a stored graph on a real Neo4j: the load upserts by id and deletes what is gone at the
// end, so replacing a graph by a changed one must leave exactly the new graph, as the embedded
// store holds it: a claim citing another source, an actor of another kind, a symmetric
// relationship written the other way round, and dropped records.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Actor, Dataset } from '../../src/domain/schema.js';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { describeNeo4j } from '../fixtures/neo4j.js';
import { tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
const loner = (kind: Actor['kind']): Actor => ({
  id: 'kind-changer',
  kind,
  name: 'Kind changer',
  aliases: [],
  description: 'An actor without relationships, so its kind may change.',
});

function changed(): Dataset {
  const next = fixtureDataset();
  const [first, , dropped, ...rest] = next.relationships;
  const meets = rest.findIndex((r) => r.type === 'MEETS');
  const m = rest[meets]!;
  rest[meets] = { ...m, from: m.to, to: m.from };
  const [claim, ...claims] = first!.claims;
  expect(dropped).toBeDefined();
  return {
    ...next,
    actors: [...next.actors, loner('Place')],
    relationships: [
      { ...first!, claims: [{ ...claim!, source: 'uncited-note' }, ...claims] },
      next.relationships[1]!,
      ...rest,
    ],
  };
}

describeNeo4j('a load over a stored graph on Neo4j', (cfg) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openNeo4jStore(cfg);
  });
  afterAll(async () => {
    await store?.close();
  });

  test('replacing a graph by a changed one stores exactly the new one', async () => {
    const before = fixtureDataset();
    before.actors.push(loner('Person'), {
      ...loner('State'),
      id: 'dropped-actor',
      name: 'Dropped',
    });
    await store.load(before, 'replace');
    const next = changed();
    await store.load(next, 'replace');

    const embedded = await openEmbeddedStore(await makeDir());
    try {
      await embedded.load(next, 'replace');
      expect(await store.exportDataset()).toEqual(await embedded.exportDataset());
      expect(await store.stats()).toEqual(await embedded.stats());
    } finally {
      await embedded.close();
    }
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      disableLosslessIntegers: true,
    });
    try {
      const { records } = await driver.executeQuery(
        `MATCH (a:Actor {id: 'kind-changer'})
         RETURN labels(a) AS labels,
           COUNT { (:Actor)-[r]->(:Actor) WHERE r.id IS NOT NULL } AS relationships,
           COUNT { (c:Claim)-[:CITES]->(:Source) } AS cites,
           COUNT { (:Claim) } AS claims`,
        {},
        { database: cfg.database },
      );
      const row = records[0]!.toObject();
      expect([...(row.labels as string[])].sort()).toEqual(['Actor', 'Place']);
      expect(row.relationships).toBe(next.relationships.length);
      // One CITES per claim: the claim that now cites another source lost its old one.
      expect(row.cites).toBe(row.claims);
    } finally {
      await driver.close();
    }
  }, 300_000);
});
