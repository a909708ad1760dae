// GET /api/graph/compact on the embedded store: decoding it gives the canvas fields of
// GET /api/graph under every filter, it is validated and cached like /api/graph, and an id that
// is not from.TYPE.to survives. (compact-graph.neo4j.test.ts runs the round trips on Neo4j.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactGraph } from '../../src/api/compact-graph.js';
import type { GraphStore } from '../../src/store/types.js';
import { decodeCompactGraph } from '../../web/src/graph/compact.js';
import { openFixtureStore, openTempStore, tempDirs } from '../fixtures/store.js';
import { serveApp, type Api } from './harness.js';
import { canvasFields, roundTripSeed, roundTripSynthetic } from './support/compact-round-trip.js';

const makeDir = tempDirs();

describe('compact graph round trip (embedded store)', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTempStore(makeDir);
  });
  afterAll(() => store.close());

  it('decodes to the canvas fields of the seed graph under every filter', () =>
    roundTripSeed(store));
  it(
    'decodes to the canvas fields of a synthetic 1k/5k graph',
    () => roundTripSynthetic(store),
    60_000,
  );
});

describe('compactGraph', () => {
  it('keeps an id that is not from.TYPE.to, and edges to the same node index', () => {
    const view = {
      nodes: [
        { id: 'a', kind: 'State' as const, name: 'A', aliases: [], description: '', degree: 2 },
        {
          id: 'b',
          kind: 'Place' as const,
          name: 'B',
          aliases: ['bee'],
          description: 'x',
          degree: 2,
        },
      ],
      edges: [
        {
          id: 'legacy-1',
          type: 'BORDERS',
          from: 'a',
          to: 'b',
          symmetric: true,
          contested: false,
          claimCount: 3,
          sources: ['s1', 's2'],
        },
        {
          id: 'b.STRIKES.a',
          type: 'STRIKES',
          from: 'b',
          to: 'a',
          symmetric: false,
          contested: true,
          claimCount: 1,
          sources: ['s1'],
          span: { first: '2020-01-01', last: '2021-12-31' },
        },
      ],
    };
    const compact = compactGraph(view);
    expect(compact.edges.ids).toEqual({ 0: 'legacy-1' });
    expect(compact.spans).toEqual(['2020-01-01/2021-12-31']);
    expect(compact.edges.span).toEqual([-1, 0]);
    expect(decodeCompactGraph(compact)).toEqual(canvasFields(view));
  });

  it('refuses a view with an edge to an actor it does not hold', () => {
    const view = {
      nodes: [],
      edges: [
        {
          id: 'a.MEETS.b',
          type: 'MEETS',
          from: 'a',
          to: 'b',
          symmetric: true,
          contested: false,
          claimCount: 1,
          sources: [],
        },
      ],
    };
    expect(() => compactGraph(view)).toThrow(/edge to a/);
  });
});

describe('GET /api/graph/compact', () => {
  let store: GraphStore;
  let api: Api;
  beforeAll(async () => {
    store = await openFixtureStore(makeDir);
    api = await serveApp(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it.each([
    ['kinds=Wizard', 'kinds'],
    ['types=FLIES_TO', 'types'],
    ['from=2024-02-30', 'from'],
    ['from=2024&to=2023', 'to'],
    ['minClaims=0', 'minClaims'],
    ['contested=yes', 'contested'],
    ['encoding=compact', 'encoding'],
  ])('answers ?%s with a 400 naming %s', async (query, field) => {
    const r = await api.get(`/api/graph/compact?${query}`);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('bad_request');
    expect(r.json.error.field).toBe(field);
  });

  it('is tagged with the store revision, as /api/graph is, and revalidates to 304', async () => {
    const first = await api.get('/api/graph/compact?contested=true');
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${await store.revision()}"`);
    expect(etag).toBe((await api.get('/api/graph')).headers.get('etag'));
    const again = await api.get('/api/graph/compact?contested=true', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
  });
});
