// Path highlighting on real path answers from the fixture store: which actors and relationships
// light up for all paths, for one path, and for an answer with no path at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { answerPaths } from '../../src/paths/index.js';
import type { PathAnswer } from '../../src/paths/types.js';
import type { GraphStore, GraphView } from '../../src/store/types.js';
import { pathHighlight } from '../../web/src/paths/highlight.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
let store: GraphStore;
let view: GraphView;
let answer: PathAnswer;

beforeAll(async () => {
  store = await openFixtureStore(makeDir);
  view = await store.getGraph();
  answer = await answerPaths(store, 'ttp', 'kabul', { maxHops: 4 });
});

describe('pathHighlight', () => {
  it('lights up the actors and relationships of every path', () => {
    expect(answer.paths.length).toBeGreaterThan(1);
    const highlight = pathHighlight(answer)!;
    expect(highlight.nodes).toEqual(new Set(answer.paths.flatMap((p) => p.nodes.map((n) => n.id))));
    expect(highlight.edges).toEqual(
      new Set(answer.paths.flatMap((p) => p.hops.map((h) => h.relationship))),
    );
  });

  it('highlights edges of the graph view that join highlighted actors', () => {
    const highlight = pathHighlight(answer)!;
    const edges = new Map(view.edges.map((e) => [e.id, e]));
    for (const id of highlight.edges) {
      const edge = edges.get(id);
      expect(edge, id).toBeDefined();
      expect(highlight.nodes.has(edge!.from) && highlight.nodes.has(edge!.to)).toBe(true);
    }
    expect(highlight.nodes.has('ttp')).toBe(true);
    expect(highlight.nodes.has('kabul')).toBe(true);
  });

  it('narrows to the one path of a given rank', () => {
    const second = answer.paths.find((p) => p.rank === 2)!;
    const highlight = pathHighlight(answer, 2)!;
    expect(highlight.nodes).toEqual(new Set(second.nodes.map((n) => n.id)));
    expect(highlight.edges).toEqual(new Set(second.hops.map((h) => h.relationship)));
    expect(highlight.edges.size).toBeLessThan(pathHighlight(answer)!.edges.size);
  });

  it('falls back to every path for a rank the answer does not have', () => {
    expect(pathHighlight(answer, answer.paths.length + 5)).toEqual(pathHighlight(answer));
  });

  it('highlights nothing when no path was found', async () => {
    const none = await answerPaths(store, 'ttp', 'kabul', { maxHops: 1 });
    expect(none.paths).toHaveLength(0);
    expect(pathHighlight(none)).toBeNull();
  });
});
