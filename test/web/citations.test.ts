// Footnote numbers for path explanations, on a real answer from the fixture store.
import { beforeAll, describe, expect, it } from 'vitest';
import { answerPaths } from '../../src/paths/index.js';
import type { PathAnswer } from '../../src/paths/types.js';
import { numberSources } from '../../web/src/paths/cite.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
let answer: PathAnswer;

beforeAll(async () => {
  const store = await openFixtureStore(makeDir);
  answer = await answerPaths(store, 'ttp', 'kabul', { maxHops: 4 });
});

describe('numberSources', () => {
  it('numbers every cited source once, in order of first citation', () => {
    const { sources } = numberSources(answer);
    const cited = [...new Set(answer.paths.flatMap((p) => p.sources))];
    expect(sources.map((s) => s.source.id)).toEqual(cited);
    expect(sources.map((s) => s.number)).toEqual(cited.map((_, i) => i + 1));
  });

  it('replaces source ids in explanations with their numbers', () => {
    const { cite, sources } = numberSources(answer);
    const numberOf = new Map(sources.map((s) => [s.source.id, s.number]));
    expect(answer.paths.some((p) => p.sources.some((id) => p.explanation.includes(id)))).toBe(true);
    for (const path of answer.paths) {
      const text = cite(path.explanation);
      for (const id of path.sources) expect(text).not.toContain(id);
      for (const id of path.sources.filter((s) => path.explanation.includes(s))) {
        expect(text).toMatch(new RegExp(`\\[[\\d, ]*\\b${numberOf.get(id)}\\b[\\d, ]*\\]`));
      }
    }
  });

  it('leaves other bracketed text alone', () => {
    const { cite, sources } = numberSources(answer);
    const first = sources[0]!.source.id;
    expect(cite('as [sic] reported')).toBe('as [sic] reported');
    expect(cite(`[${first}, not-a-source]`)).toBe(`[${first}, not-a-source]`);
    expect(cite(`[${first}]`)).toBe('[1]');
  });
});
