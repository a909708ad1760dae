// The embedded store's shortest-path search, which stops once it has the paths asked for: its
// answer must be every shortest path in the order both stores share (hop by hop, a step along
// the relationship's direction before one against it, then load order), a limit must keep the
// first paths of that order, and `truncated` must say whether there were others.
import { describe, expect, test } from 'vitest';
import { seededRandom, syntheticDataset } from '../../src/bench/synthetic.js';
import type { Dataset } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import { DatasetGraph } from '../../src/store/embedded/dataset-graph.js';
import { shortestPaths } from '../../src/store/embedded/shortest-paths.js';
import { oracleShortestPaths, signature, inSharedOrder } from './path-oracle.js';

function graphOf(actors: number, relationships: number, seed: number) {
  const { dataset, names, layout } = validateDataset(
    syntheticDataset({ actors, relationships, seed }),
  );
  if (!dataset) throw new Error('the synthetic dataset does not validate');
  return { dataset, graph: new DatasetGraph(dataset, names, layout) };
}

function randomPairs(dataset: Dataset, count: number): [string, string][] {
  const random = seededRandom(5);
  const pick = () => dataset.actors[Math.floor(random() * dataset.actors.length)]!.id;
  const pairs: [string, string][] = [];
  while (pairs.length < count) {
    const [from, to] = [pick(), pick()];
    if (from !== to) pairs.push([from, to]);
  }
  return pairs;
}

describe('shortest paths', () => {
  test('are every shortest path, in the shared order', () => {
    const { dataset, graph } = graphOf(150, 400, 9);
    let severalSeen = 0;
    for (const [i, [from, to]] of randomPairs(dataset, 60).entries()) {
      const query = { from, to, maxHops: 4, directed: i % 2 === 0 };
      const all = shortestPaths(graph, { ...query, limit: 10_000 });
      expect(all.paths.map(signature).sort()).toEqual(oracleShortestPaths(dataset, query));
      expect(all.paths).toEqual(inSharedOrder(dataset, all.paths));
      if (all.paths.length > 1) severalSeen++;
    }
    expect(severalSeen).toBeGreaterThan(5);
  });

  test('with a limit give the first of all shortest paths and say whether there were more', () => {
    const { dataset, graph } = graphOf(2000, 8000, 3);
    let truncatedSeen = 0;
    for (const [i, [from, to]] of randomPairs(dataset, 400).entries()) {
      const query = { from, to, maxHops: 6, directed: i % 2 === 0, limit: 10_000 };
      const all = shortestPaths(graph, query);
      expect(all.paths).toEqual(inSharedOrder(dataset, all.paths));
      const one = shortestPaths(graph, { ...query, limit: 1 });
      expect(one.paths).toEqual(all.paths.slice(0, 1));
      expect(one.truncated).toBe(all.paths.length > 1);
      const three = shortestPaths(graph, { ...query, limit: 3 });
      expect(three.paths).toEqual(all.paths.slice(0, 3));
      expect(three.truncated).toBe(all.paths.length > 3);
      if (one.truncated) truncatedSeen++;
    }
    // The check means something only if both cases occurred.
    expect(truncatedSeen).toBeGreaterThan(20);
    expect(truncatedSeen).toBeLessThan(380);
  });
});
