// The embedded store's one-path shortest search: its answer must be the first path of the full
// answer (the order both stores share), and `truncated` must say whether there were others.
import { describe, expect, test } from 'vitest';
import { seededRandom, syntheticDataset } from '../../src/bench/synthetic.js';
import { validateDataset } from '../../src/domain/validate.js';
import { DatasetGraph } from '../../src/store/embedded/dataset-graph.js';
import { shortestPaths } from '../../src/store/embedded/shortest-paths.js';

describe('shortest paths with limit 1', () => {
  test('give the first of all shortest paths and say whether there were more', () => {
    const { dataset, names, layout } = validateDataset(
      syntheticDataset({ actors: 2000, relationships: 8000, seed: 3 }),
    );
    if (!dataset) throw new Error('the synthetic dataset does not validate');
    const graph = new DatasetGraph(dataset, names, layout);
    const random = seededRandom(5);
    const pick = () => dataset.actors[Math.floor(random() * dataset.actors.length)]!.id;
    let truncatedSeen = 0;
    for (let i = 0; i < 400; i++) {
      const [from, to] = [pick(), pick()];
      if (from === to) continue;
      const query = { from, to, maxHops: 6, directed: i % 2 === 0, limit: 10_000 };
      const all = shortestPaths(graph, query);
      const one = shortestPaths(graph, { ...query, limit: 1 });
      expect(one.paths).toEqual(all.paths.slice(0, 1));
      expect(one.truncated).toBe(all.paths.length > 1);
      if (one.truncated) truncatedSeen++;
    }
    // The check means something only if both cases occurred.
    expect(truncatedSeen).toBeGreaterThan(20);
    expect(truncatedSeen).toBeLessThan(380);
  });
});
