// answerPaths end to end on an embedded store holding the fixture: resolution, ranking,
// explained hops, brokers, limits and errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { AmbiguousNameError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { answerPaths } from '../../src/paths/index.js';
import { pathEvidence, hopStrength } from '../../src/paths/rank.js';
import type { GraphStore } from '../../src/store/types.js';
import { openTempStore, tempDirs } from '../fixtures/store.js';
import { fixture } from './fixture.js';

const makeDir = tempDirs();
let store: GraphStore;

beforeAll(async () => {
  store = await openTempStore(makeDir);
  await store.load(fixture, 'replace');
});

describe('answerPaths', () => {
  it('resolves names and aliases to actors', async () => {
    const a = await answerPaths(store, 'TTP', 'Kabul', { maxHops: 1 });
    expect(a.from.id).toBe('ttp');
    expect(a.to.id).toBe('aig');
    expect(a.query).toEqual({ maxHops: 1, limit: 20, directed: false });
  });

  it('ranks shortest first, then by evidence, numbering the ranks', async () => {
    const a = await answerPaths(store, 'TTP', 'Kabul city', { maxHops: 3 });
    expect(a.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['ttp', 'afghanistan', 'kabul-city'],
      ['ttp', 'aig', 'kabul-city'],
      ['ttp', 'afghanistan', 'aig', 'kabul-city'],
      // Reported strikes and talks outweigh the contested, partly alleged sheltering.
      ['ttp', 'pakistan', 'aig', 'kabul-city'],
      ['ttp', 'aig', 'afghanistan', 'kabul-city'],
      ['ttp', 'pakistan', 'aig', 'kabul-city'],
    ]);
    expect(a.paths.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(a.paths.map((p) => p.length)).toEqual([2, 2, 3, 3, 3, 3]);
    // The proposal-only hop makes the last of the two parallel routes the weakest.
    expect(a.paths[5]?.hops[1]?.type).toBe('COOPERATES_WITH');
    expect(a.truncated).toBe(false);
  });

  it('scores each path from its hops claims', async () => {
    const a = await answerPaths(store, 'TTP', 'Kabul city', { maxHops: 3 });
    for (const p of a.paths) {
      const expected = pathEvidence(p.hops.map((h) => hopStrength(h.claims)));
      expect(p.evidence).toBeCloseTo(expected, 3);
      expect(p.contested).toBe(p.hops.some((h) => h.contested));
    }
  });

  it('explains each hop with its claims, sources and claimant names', async () => {
    const a = await answerPaths(store, 'TTP', 'Kabul city', { maxHops: 2 });
    const shelter = a.paths.find((p) => p.hops[0]?.type === 'SHELTERS');
    expect(shelter?.explanation).toBe(
      'Tehreek-i-Taliban Pakistan is sheltered by Afghan Interim Government (contested), ' +
        'which is seated in Kabul (city) [src-b, src-a].',
    );
    const hop = shelter?.hops[0];
    expect(hop).toMatchObject({ direction: 'backward', symmetric: false, contested: true });
    expect(hop?.sources).toEqual(['src-b', 'src-a']);
    // Khairkhwa is not on the path, yet his claim carries his name.
    expect(hop?.claims.map((c) => c.claimedByName)).toEqual([
      'Pakistan',
      'Khairullah Khairkhwa',
      'Afghan Interim Government',
    ]);
    expect(a.sources[hop!.claims[0]!.source]?.title).toBe('Strikes in Paktika');
    expect(Object.keys(a.sources).sort()).toEqual(['src-a', 'src-b', 'src-c']);
  });

  it('ranks the brokers of the returned paths', async () => {
    const a = await answerPaths(store, 'TTP', 'Kabul city', { maxHops: 3 });
    expect(a.brokers.map((b) => [b.actor.id, b.paths])).toEqual([
      ['aig', 5],
      ['afghanistan', 3],
      ['pakistan', 2],
    ]);
    expect(a.brokers[0]?.share).toBeCloseTo(5 / 6);
  });

  it('keeps the best paths up to the limit and says more exist', async () => {
    const a = await answerPaths(store, 'TTP', 'Kabul city', { maxHops: 3, limit: 2 });
    expect(a.paths.map((p) => p.length)).toEqual([2, 2]);
    expect(a.truncated).toBe(true);
  });

  it('follows only the given types, and only along direction when directed', async () => {
    const typed = await answerPaths(store, 'TTP', 'Kabul city', {
      types: ['SHELTERS', 'SEATED_IN'],
    });
    expect(typed.paths.map((p) => p.hops.map((h) => h.type))).toEqual([['SHELTERS', 'SEATED_IN']]);
    const directed = await answerPaths(store, 'TTP', 'Kabul city', { directed: true });
    expect(directed.paths).toEqual([]);
    expect(directed.brokers).toEqual([]);
  });

  it('throws AmbiguousNameError listing the candidates', async () => {
    const err = await answerPaths(store, 'Taliban', 'Pakistan').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AmbiguousNameError);
    expect((err as AmbiguousNameError).candidates.map((c) => c.id).sort()).toEqual(['aig', 'ttp']);
  });

  it('throws NotFoundError with suggestions for an unknown name', async () => {
    const err = await answerPaths(store, 'TTP', 'Pakistn').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).key).toBe('Pakistn');
    expect((err as NotFoundError).suggestions.map((c) => c.id)).toContain('pakistan');
  });

  it('rejects bad options and two names for one actor, naming the field', async () => {
    const bad = await answerPaths(store, 'TTP', 'Pakistan', { maxHops: 9 }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).issues[0]?.path).toBe('maxHops');
    const same = await answerPaths(store, 'TTP', 'ttp').catch((e: unknown) => e);
    expect(same).toBeInstanceOf(ValidationError);
    expect((same as ValidationError).issues[0]?.path).toBe('to');
  });
});
