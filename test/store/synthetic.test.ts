// The benchmark's synthetic datasets: valid, of the asked size, the same on every run.
import { expect, test } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import { validateDataset } from '../../src/domain/validate.js';

test('a synthetic dataset validates and has the asked numbers of actors and relationships', () => {
  const dataset = syntheticDataset({ actors: 500, relationships: 2_000 });
  expect(validateDataset(dataset).issues).toEqual([]);
  expect(dataset.actors).toHaveLength(500);
  expect(dataset.relationships).toHaveLength(2_000);
  expect(new Set(dataset.actors.map((a) => a.kind)).size).toBeGreaterThan(5);
  expect(dataset.relationships.some((r) => r.claims.some((c) => c.date))).toBe(true);
  expect(dataset.relationships.some((r) => r.claims.some((c) => c.status === 'denied'))).toBe(true);
});

test('the same seed gives the same dataset, another seed another one', () => {
  const size = { actors: 200, relationships: 600 };
  expect(syntheticDataset(size)).toEqual(syntheticDataset(size));
  expect(syntheticDataset({ ...size, seed: 1 })).not.toEqual(syntheticDataset(size));
});
