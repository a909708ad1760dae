// Evidence strength of hops and paths, and the order paths are ranked in.
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type Claim } from '../../src/domain/schema.js';
import {
  hopStrength,
  onlyStatus,
  pathEvidence,
  rankPaths,
  STATUS_WEIGHT,
} from '../../src/paths/rank.js';
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
    // The further claim in source a is an allegation: a quarter of its 0.5.
    expect(hopStrength([claim('a'), claim('a', 'alleged'), claim('b')])).toBe(2.125);
  });

  it('weighs each claim by its status: reported 1, alleged/disputed/assessed 0.5, proposed/speculated 0.25', () => {
    const one = (status: Claim['status']) => hopStrength([claim('a', status)]);
    expect(Object.fromEntries(CLAIM_STATUSES.map((s) => [s, one(s)]))).toEqual({
      reported: 1,
      alleged: 0.5,
      assessed: 0.5,
      proposed: 0.25,
      speculated: 0.25,
      denied: 0,
      disputed: 0.25, // 0.5, halved as contested
    });
    expect(Object.keys(STATUS_WEIGHT).sort()).toEqual([...CLAIM_STATUSES].sort());
  });

  it('lets a source count its best claim in full, whatever order the claims come in', () => {
    const guessThenFact = hopStrength([claim('a', 'speculated'), claim('a')]);
    const factThenGuess = hopStrength([claim('a'), claim('a', 'speculated')]);
    expect(guessThenFact).toBe(1 + 0.25 * 0.25);
    expect(factThenGuess).toBe(guessThenFact);
  });

  it('halves a contested hop and ignores the denial itself', () => {
    expect(hopStrength([claim('a'), claim('b', 'denied')])).toBe(0.5);
    expect(hopStrength([claim('a', 'disputed'), claim('b', 'disputed')])).toBe(0.5);
  });

  it('makes one reported fact outweigh proposals and speculation from several sources', () => {
    expect(hopStrength([claim('a', 'proposed')])).toBe(0.25);
    expect(hopStrength([claim('a', 'proposed'), claim('b')])).toBe(1.25);
    const guesses = ['a', 'b', 'c'].map((s) => claim(s, 'speculated'));
    expect(hopStrength(guesses)).toBeLessThan(hopStrength([claim('d')]));
  });

  it('gives nothing to a hop with only denials', () => {
    expect(hopStrength([claim('a', 'denied')])).toBe(0);
  });
});

describe('onlyStatus', () => {
  it('names the status when every claim is the same kind of non-fact', () => {
    expect(onlyStatus([claim('a', 'proposed'), claim('b', 'proposed')])).toBe('proposed');
    expect(onlyStatus([claim('a', 'speculated')])).toBe('speculated');
    expect(onlyStatus([claim('a', 'proposed'), claim('b')])).toBeUndefined();
    expect(onlyStatus([claim('a')])).toBeUndefined();
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
const sheltersSeated = walk('ttp', 'aig.SHELTERS.ttp', 'aig.SEATED_IN.kabul-city'); // [0.75, 1] → 0.857
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
); // [0.75, 2, 1] → 1.059
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

// Sheltering rests on an allegation and a report, and is contested (Kabul denies it), so the path
// through it now ranks below the one through reported strikes and talks.
const BEST_FIRST = [
  operatesLocated,
  sheltersSeated,
  operatesGovernsSeated,
  strikesNegotiatesSeated,
  sheltersGovernsLocated,
  strikesProposedSeated,
];

describe('rankPaths', () => {
  it('changes the order when the claims of a hop change status, for that reason only', () => {
    const order = (set: ReturnType<typeof pathSet>) => rankPaths(set, 20).map((r) => r.path);
    const set = pathSet([sheltersGovernsLocated, strikesNegotiatesSeated]);
    // Sheltering rests on Pakistan's allegation (0.5) and a report (1), halved as contested: 0.75.
    expect(order(set)).toEqual([strikesNegotiatesSeated, sheltersGovernsLocated]);
    // Had the article reported the sheltering itself, the hop would be (1 + 1) × 0.5 = 1, and the
    // path (1.2) would lead; nothing else differs between the two sets.
    const shelters = set.relationships['aig.SHELTERS.ttp']!;
    set.relationships[shelters.id] = {
      ...shelters,
      claims: shelters.claims.map((c) =>
        c.status === 'alleged' ? { ...c, status: 'reported' as const } : c,
      ),
    };
    expect(order(set)).toEqual([sheltersGovernsLocated, strikesNegotiatesSeated]);
  });

  it('puts shorter paths first, then stronger evidence', () => {
    const scrambled = [...BEST_FIRST].reverse();
    const ranked = rankPaths(pathSet(scrambled), 20);
    expect(ranked.map((r) => r.path)).toEqual(BEST_FIRST);
    expect(ranked.map((r) => Number(r.evidence.toFixed(3)))).toEqual([
      1.333, 0.857, 1.5, 1.071, 1.059, 0.517,
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
