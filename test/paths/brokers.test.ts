// Brokers: the intermediaries of the returned paths, by how many paths pass through them.
import { describe, expect, it } from 'vitest';
import { rankBrokers } from '../../src/paths/brokers.js';
import type { ActorSummary } from '../../src/store/types.js';
import { fixture } from './fixture.js';

const actor = (id: string): ActorSummary => {
  const a = fixture.actors.find((x) => x.id === id);
  if (!a) throw new Error(id);
  return { id, kind: a.kind, name: a.name };
};
const path = (...ids: string[]) => ({ nodes: ids.map(actor) });

describe('rankBrokers', () => {
  const paths = [
    path('ttp', 'afghanistan', 'kabul-city'),
    path('ttp', 'aig', 'kabul-city'),
    path('ttp', 'afghanistan', 'aig', 'kabul-city'),
    path('ttp', 'aig', 'afghanistan', 'kabul-city'),
    path('ttp', 'pakistan', 'aig', 'kabul-city'),
  ];

  it('counts intermediaries per path, most-travelled first, with their share', () => {
    expect(rankBrokers(paths).map((b) => [b.actor.id, b.paths, b.share])).toEqual([
      ['aig', 4, 0.8],
      ['afghanistan', 3, 0.6],
      ['pakistan', 1, 0.2],
    ]);
  });

  it('never counts the endpoints', () => {
    const ids = rankBrokers(paths).map((b) => b.actor.id);
    expect(ids).not.toContain('ttp');
    expect(ids).not.toContain('kabul-city');
  });

  it('has no brokers for direct links or no paths', () => {
    expect(rankBrokers([path('ttp', 'aig')])).toEqual([]);
    expect(rankBrokers([])).toEqual([]);
  });

  it('breaks ties by name', () => {
    const tied = rankBrokers([
      path('ttp', 'pakistan', 'kabul-city'),
      path('ttp', 'aig', 'kabul-city'),
    ]);
    expect(tied.map((b) => b.actor.name)).toEqual(['Afghan Interim Government', 'Pakistan']);
  });
});
