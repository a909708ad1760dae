// The embedded store loads the project's seed dataset whole and gives it back unchanged.
import path from 'node:path';
import { expect, test } from 'vitest';
import { validateDataset } from '../../src/domain/validate.js';
import { readSeedDir } from '../../src/seed/read.js';
import { openTempStore, tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
const SEED_DIR = path.resolve(import.meta.dirname, '../../seed');

test('the seed dataset loads, and every actor and relationship is queryable', async () => {
  const { raw, files } = await readSeedDir(SEED_DIR);
  const { dataset, issues, summary } = validateDataset(raw, files, { review: true });
  expect(issues).toEqual([]);
  if (!dataset) return;
  const store = await openTempStore(makeDir);
  await store.load(dataset, 'replace');
  const stats = await store.stats();
  expect([stats.actors, stats.relationships, stats.sources, stats.claims]).toEqual([
    summary.actors,
    summary.relationships,
    summary.sources,
    summary.claims,
  ]);
  expect(await store.exportDataset()).toEqual(dataset);
  for (const actor of dataset.actors) {
    const detail = await store.getActor(actor.id);
    expect(detail?.degree).toBe(detail?.relationships.length);
  }
});
