// Starting positions and dataset keys: the same ids always give the same picture and the same key;
// different data gives a different key.
import { describe, expect, it } from 'vitest';
import { fingerprint, seedPosition } from '../../web/src/layout/seed-positions.js';

describe('seedPosition', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `actor-${i}`);

  it('depends on the id alone', () => {
    expect(seedPosition('ttp', 40)).toEqual(seedPosition('ttp', 40));
    expect(seedPosition('ttp', 40)).not.toEqual(seedPosition('pakistan', 40));
  });

  it('stays inside the disc and spreads over it', () => {
    const points = ids.map((id) => seedPosition(id, 100));
    for (const p of points) expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(100);
    // Every quadrant gets a fair share of 500 points.
    for (const [sx, sy] of [
      [1, 1],
      [1, -1],
      [-1, 1],
      [-1, -1],
    ]) {
      const inQuadrant = points.filter((p) => Math.sign(p.x) === sx && Math.sign(p.y) === sy);
      expect(inQuadrant.length).toBeGreaterThan(90);
    }
    const distinct = new Set(points.map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBe(points.length);
  });
});

describe('fingerprint', () => {
  it('ignores order but not content', () => {
    const key = fingerprint(['a', 'b', 'c'], ['a.MEETS.b']);
    expect(fingerprint(['c', 'a', 'b'], ['a.MEETS.b'])).toBe(key);
    expect(fingerprint(['a', 'b', 'c'], ['a.MEETS.c'])).not.toBe(key);
    expect(fingerprint(['a', 'b'], ['a.MEETS.b'])).not.toBe(key);
    // An id counts as a node or as an edge, not just as an id.
    expect(fingerprint(['a', 'b', 'c', 'a.MEETS.b'], [])).not.toBe(key);
  });

  it('gives 2,000 datasets that each differ by one id 2,000 keys', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `actor-${i}`);
    const keys = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      keys.add(fingerprint([...ids, `extra-${i}`], []));
      keys.add(
        fingerprint(
          ids.filter((_, j) => j !== i % 500),
          [`edge-${i}`],
        ),
      );
    }
    expect(keys.size).toBe(2000);
  });
});
