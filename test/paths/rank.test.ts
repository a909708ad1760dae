// Evidence strength of hops and paths, and the order paths are ranked in.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/schema.js';
import { hopStrength, pathEvidence, rankPaths } from '../../src/paths/rank.js';
import { pathSet, walk } from './fixture.js';

const claim = (source: string, status: Claim['status'] = 'reported'): Claim => ({
  source,
  summary: 'something happened',
  claimedBy: 'author',
  status,
});

describe('hopStrength', () => {
  it('counts each distinct source once and further claims in a counted source a quarter', () => {
    expect(hopStrength([claim('a')])).toBe(1);
    expect(hopStrength([claim('a'), claim('b')])).toBe(2);
    expect(hopStrength([claim('a'), claim('a')])).toBe(1.25);
    expect(hopStrength([claim('a'), claim('a', 'alleged'), claim('b')])).toBe(2.25);
  });

  it('halves a contested hop and ignores the denial itself', () => {
    expect(hopStrength([claim('a'), claim('b', 'denied')])).toBe(0.5);
    expect(hopStrength([claim('a', 'disputed'), claim('b', 'disputed')])).toBe(1);
  });

  it('quarters a hop that only an author proposes', () => {
    expect(hopStrength([claim('a', 'proposed')])).toBe(0.25);
    expect(hopStrength([claim('a', 'proposed'), claim('b')])).toBe(2);
  });

  it('gives nothing to a hop with only denials', () => {
    expect(hopStrength([claim('a', 'denied')])).toBe(0);
  });
});

describe('pathEvidence', () => {
  it('is the harmonic mean of the hop strengths', () => {
    expect(pathEvidence([2])).toBe(2);
    expect(pathEvidence([2, 2])).toBe(2);
    expect(pathEvidence([1, 4])).toBeCloseTo(1.6);
  });

  it('lets a weak hop pull a path down more than a strong one lifts it', () => {
    const weak = pathEvidence([0.25, 4]);
    expect(weak).toBeLessThan((0.25 + 4) / 2);
    expect(weak).toBeLessThan(pathEvidence([1, 1]));
  });

  it('is 0 when any hop has no supporting claim', () => {
    expect(pathEvidence([3, 0, 3])).toBe(0);
  });
});

// TTP to Kabul (city) within 3 hops, best first by the documented formula.
const operatesLocated = walk(
  'ttp',
  'ttp.OPERATES_IN.afghanistan',
  'kabul-city.LOCATED_IN.afghanistan',
); // [2, 1] → 1.333
const sheltersSeated = walk('ttp', 'aig.SHELTERS.ttp', 'aig.SEATED_IN.kabul-city'); // [1, 1] → 1
const operatesGovernsSeated = walk(
  'ttp',
  'ttp.OPERATES_IN.afghanistan',
  'aig.GOVERNS.afghanistan',
  'aig.SEATED_IN.kabul-city',
); // [2, 2, 1] → 1.5
const sheltersGovernsLocated = walk(
  'ttp',
  'aig.SHELTERS.ttp',
  'aig.GOVERNS.afghanistan',
  'kabul-city.LOCATED_IN.afghanistan',
); // [1, 2, 1] → 1.2
const strikesNegotiatesSeated = walk(
  'ttp',
  'pakistan.STRIKES.ttp',
  'aig.NEGOTIATES_WITH.pakistan',
  'aig.SEATED_IN.kabul-city',
); // [1.25, 1, 1] → 1.071
const strikesProposedSeated = walk(
  'ttp',
  'pakistan.STRIKES.ttp',
  'aig.COOPERATES_WITH.pakistan',
  'aig.SEATED_IN.kabul-city',
); // [1.25, 0.25, 1] → 0.517

const BEST_FIRST = [
  operatesLocated,
  sheltersSeated,
  operatesGovernsSeated,
  sheltersGovernsLocated,
  strikesNegotiatesSeated,
  strikesProposedSeated,
];

describe('rankPaths', () => {
  it('puts shorter paths first, then stronger evidence', () => {
    const scrambled = [...BEST_FIRST].reverse();
    const ranked = rankPaths(pathSet(scrambled), 20);
    expect(ranked.map((r) => r.path)).toEqual(BEST_FIRST);
    expect(ranked.map((r) => Number(r.evidence.toFixed(3)))).toEqual([
      1.333, 1, 1.5, 1.2, 1.071, 0.517,
    ]);
  });

  it('ranks a longer, well-sourced path below any shorter one', () => {
    const [first] = rankPaths(pathSet([operatesGovernsSeated, sheltersSeated]), 20);
    expect(first?.path).toBe(sheltersSeated);
  });

  it('keeps the best `limit` paths', () => {
    const ranked = rankPaths(pathSet([...BEST_FIRST].reverse()), 3);
    expect(ranked.map((r) => r.path)).toEqual(BEST_FIRST.slice(0, 3));
  });

  it('orders equally strong paths the same way whatever order they came in', () => {
    const a = walk('aig', 'aig.NEGOTIATES_WITH.pakistan');
    const b = walk('aig', 'aig.COOPERATES_WITH.pakistan');
    const c = walk('aig', 'aig.GOVERNS.afghanistan');
    const one = rankPaths(pathSet([a, b, c]), 20).map((r) => r.key);
    const other = rankPaths(pathSet([c, b, a]), 20).map((r) => r.key);
    expect(one).toEqual(other);
  });
});
