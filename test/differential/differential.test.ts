// Both stores answer alike: the seed graph and synthetic graphs (the bench's generator) loaded
// into the embedded store and into Neo4j, then every GraphStore read compared whole, errors
// included; revisions keep their promise on both; the API serves the same bytes from either.
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import type { Dataset } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import { readSeedDir } from '../../src/seed/read.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { serveApp, type Api } from '../api/harness.js';
import { describeNeo4j } from '../fixtures/neo4j.js';
import { openTempStore, tempDirs } from '../fixtures/store.js';
import { outcome, storeCalls, type CallCounts } from './calls.js';

const makeDir = tempDirs();

async function seedDataset(): Promise<Dataset> {
  const { raw, files } = await readSeedDir(path.resolve(import.meta.dirname, '../../seed'));
  const { dataset, issues } = validateDataset(raw, files);
  if (!dataset) throw new Error(`the seed does not validate: ${JSON.stringify(issues)}`);
  return dataset;
}

interface Case {
  name: string;
  dataset: () => Promise<Dataset> | Dataset;
  counts: CallCounts;
  /** Loading 50k relationships into Neo4j and reading them back takes a while on 2 cores. */
  timeoutMs: number;
}

const CASES: Case[] = [
  {
    name: 'seed',
    dataset: seedDataset,
    counts: { pairs: 25, centers: 12, actors: 20 },
    timeoutMs: 120_000,
  },
  {
    name: 'synthetic 1k/5k',
    dataset: () => syntheticDataset({ actors: 1_000, relationships: 5_000 }),
    counts: { pairs: 12, centers: 6, actors: 10 },
    timeoutMs: 180_000,
  },
  {
    name: 'synthetic 10k/50k',
    dataset: () => syntheticDataset({ actors: 10_000, relationships: 50_000 }),
    counts: { pairs: 6, centers: 4, actors: 6 },
    timeoutMs: 600_000,
  },
];

describeNeo4j('embedded and Neo4j stores answer alike', (cfg) => {
  let neo4j: GraphStore;
  let embedded: GraphStore;

  beforeAll(async () => {
    neo4j = await openNeo4jStore(cfg);
    embedded = await openTempStore(makeDir);
  });
  afterAll(async () => {
    await neo4j?.close();
    await embedded?.close();
  });

  for (const c of CASES) {
    test(
      `${c.name}: every read gives the same answer on both`,
      async () => {
        const dataset = await c.dataset();
        expect(await neo4j.load(dataset, 'replace')).toEqual(
          await embedded.load(dataset, 'replace'),
        );
        for (const call of storeCalls(dataset, c.counts)) {
          const [want, got] = [await outcome(call, embedded), await outcome(call, neo4j)];
          expect.soft(got, call.name).toEqual(want);
        }
      },
      c.timeoutMs,
    );
  }

  test('revisions: stable between loads, new at each load, untouched by a refused one', async () => {
    const dataset = await seedDataset();
    for (const store of [embedded, neo4j]) {
      await store.load(dataset, 'replace');
      const first = await store.revision();
      await store.stats();
      expect(await store.revision(), store.kind).toBe(first);
      await store.load(dataset, 'merge');
      const second = await store.revision();
      expect(second, store.kind).not.toBe(first);
      const broken = {
        ...dataset,
        relationships: [{ ...dataset.relationships[0]!, to: 'nobody' }],
      };
      await expect(store.load(broken, 'merge'), store.kind).rejects.toThrow();
      expect(await store.revision(), store.kind).toBe(second);
    }
  }, 120_000);

  test('the API serves the same bytes from either store', async () => {
    const dataset = await seedDataset();
    await embedded.load(dataset, 'replace');
    await neo4j.load(dataset, 'replace');
    const apis: Api[] = [await serveApp(embedded), await serveApp(neo4j)];
    try {
      const routes = [
        '/api/paths?from=TTP&to=Kabul',
        '/api/paths?from=TTP&to=Kabul%20(city)&maxHops=3&directed=true',
        '/api/graph',
        '/api/graph?kinds=ArmedGroup,State&from=2025-01',
        '/api/actors/ttp',
        '/api/actors/pakistan/neighbourhood?depth=2',
        '/api/actors?q=taliban',
        '/api/sources',
        '/api/export?format=json',
        '/api/export?format=gexf',
        '/api/export?format=graphml',
        '/api/export?format=csv',
        '/api/export?format=csv&table=nodes',
        '/api/paths?from=nowhere&to=Kabul',
      ];
      for (const route of routes) {
        const [want, got] = await Promise.all(apis.map((api) => api.get(route)));
        expect.soft(got!.status, route).toBe(want!.status);
        expect.soft(got!.text, route).toBe(want!.text);
      }
    } finally {
      await Promise.all(apis.map((api) => api.close()));
    }
  }, 120_000);
});
