// The plain-English sentence for a path: forward, backward, symmetric, contested, proposed, roles.
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../src/domain/vocabulary.js';
import { scorePath } from '../../src/paths/rank.js';
import { pathBuilder } from '../../src/paths/ranked-path.js';
import type { RawPath } from '../../src/store/types.js';
import { pathSet, walk } from './fixture.js';

function explain(path: RawPath): string {
  const set = pathSet([path]);
  return pathBuilder(set, (c) => c.claimedBy)(scorePath(path, set), 1).explanation;
}

describe('path explanations', () => {
  it('reads a forward hop with the active phrase', () => {
    expect(explain(walk('aig', 'aig.SEATED_IN.kabul-city'))).toBe(
      'Afghan Interim Government is seated in Kabul (city) [src-a].',
    );
  });

  it('reads a backward hop with the passive phrase', () => {
    expect(explain(walk('kabul-city', 'aig.SEATED_IN.kabul-city'))).toBe(
      'Kabul (city) is the seat of Afghan Interim Government [src-a].',
    );
    expect(explain(walk('ttp', 'pakistan.STRIKES.ttp'))).toBe(
      'Tehreek-i-Taliban Pakistan is struck by Pakistan [src-a].',
    );
  });

  it('chains hops with "which", marks contested hops and cites sources most-cited first', () => {
    expect(explain(walk('ttp', 'aig.SHELTERS.ttp', 'aig.SEATED_IN.kabul-city'))).toBe(
      'Tehreek-i-Taliban Pakistan is sheltered by Afghan Interim Government (contested), ' +
        'which is seated in Kabul (city) [src-b, src-a].',
    );
  });

  it('reads a symmetric hop the same way from either end', () => {
    expect(explain(walk('pakistan', 'aig.NEGOTIATES_WITH.pakistan'))).toBe(
      'Pakistan negotiates with Afghan Interim Government [src-c].',
    );
    expect(explain(walk('aig', 'aig.NEGOTIATES_WITH.pakistan'))).toBe(
      'Afghan Interim Government negotiates with Pakistan [src-c].',
    );
  });

  it('marks a hop that only the author proposes', () => {
    expect(explain(walk('pakistan', 'aig.COOPERATES_WITH.pakistan'))).toBe(
      'Pakistan cooperates with Afghan Interim Government (proposed only) [src-b].',
    );
  });

  it('names the role a relationship carries', () => {
    expect(explain(walk('aig', 'khairkhwa.REPRESENTS.aig'))).toBe(
      'Afghan Interim Government is represented by Khairullah Khairkhwa as Minister of Information [src-b].',
    );
  });

  it('has a distinct passive phrase for every directed type and one phrase for symmetric ones', () => {
    for (const t of RELATIONSHIP_TYPES) {
      if (t.symmetric) expect(t.passive, t.type).toBe(t.active);
      else expect(t.passive, t.type).not.toBe(t.active);
    }
  });
});
