// The embedded store's shortest and simple path searches against the naive oracle on small random
// graphs, directed or not, with type filters and limits, from and to the graph's busiest actor
// (where the shortest search's two sides and the simple search's distance bound take their other
// branches): every path, in the order both stores share, the first of them under a limit.
import { describe, expect, test } from 'vitest';
import { seededRandom, syntheticDataset } from '../../src/bench/synthetic.js';
import type { Dataset } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { DatasetGraph } from '../../src/store/embedded/dataset-graph.js';
import { shortestPaths } from '../../src/store/embedded/shortest-paths.js';
import { simplePaths } from '../../src/store/embedded/simple-paths.js';
import type { PathQuery } from '../../src/store/types.js';
import { oracleShortestPaths, oracleSimplePaths, signature, inSharedOrder } from './path-oracle.js';

interface Case {
  dataset: Dataset;
  graph: DatasetGraph;
  query: PathQuery;
}

/** Random queries on random graphs; a third of the pairs start or end at the busiest actor. */
function cases(graphs: number, perGraph: number, maxHops: number): Case[] {
  const random = seededRandom(17);
  const out: Case[] = [];
  for (let seed = 1; seed <= graphs; seed++) {
    const actors = 40 + Math.floor(random() * 80);
    const size = { actors, relationships: actors * (2 + Math.floor(random() * 3)), seed };
    const { dataset, names, layout } = validateDataset(syntheticDataset(size));
    if (!dataset) throw new Error('the synthetic dataset does not validate');
    const graph = new DatasetGraph(dataset, names, layout);
    const ids = dataset.actors.map((a) => a.id);
    const hub = ids.reduce((a, b) =>
      graph.degreeAt(graph.position(b) as number) > graph.degreeAt(graph.position(a) as number)
        ? b
        : a,
    );
    const pick = () => ids[Math.floor(random() * ids.length)] as string;
    for (let i = 0; i < perGraph; i++) {
      const [from, to] = [i % 3 === 1 ? hub : pick(), i % 3 === 2 ? hub : pick()];
      if (from === to) continue;
      const types = RELATIONSHIP_TYPE_NAMES.filter(() => random() < 0.6);
      out.push({
        dataset,
        graph,
        query: {
          from,
          to,
          maxHops: 1 + Math.floor(random() * maxHops),
          directed: random() < 0.5,
          limit: 10_000,
          ...(random() < 0.3 && types.length > 0 ? { types } : {}),
        },
      });
    }
  }
  return out;
}

describe('path searches against the oracle', () => {
  test('shortest paths: all of them in the shared order; a limit keeps the first', () => {
    let several = 0;
    for (const { dataset, graph, query } of cases(10, 24, 4)) {
      const all = shortestPaths(graph, query);
      expect(all.paths.map(signature).sort()).toEqual(
        all.paths.length === 0 ? [] : oracleShortestPaths(dataset, query),
      );
      expect(all.paths).toEqual(inSharedOrder(dataset, all.paths));
      for (const limit of [1, 2]) {
        const some = shortestPaths(graph, { ...query, limit });
        expect(some.paths).toEqual(all.paths.slice(0, limit));
        expect(some.truncated).toBe(all.paths.length > limit);
      }
      if (all.paths.length > 1) several++;
    }
    expect(several).toBeGreaterThan(30);
  });

  test('simple paths: all of them, shortest first in the shared order; a limit keeps the first', () => {
    let many = 0;
    for (const { dataset, graph, query } of cases(6, 24, 4)) {
      const all = simplePaths(graph, query);
      expect(all.paths.map(signature).sort()).toEqual(oracleSimplePaths(dataset, query));
      expect(all.paths).toEqual(inSharedOrder(dataset, all.paths));
      const limit = Math.max(1, Math.floor(all.paths.length / 2));
      const some = simplePaths(graph, { ...query, limit });
      expect(some.paths).toEqual(all.paths.slice(0, limit));
      expect(some.truncated).toBe(all.paths.length > limit);
      if (all.paths.length > 5) many++;
    }
    expect(many).toBeGreaterThan(20);
  });
});
