// Bad input on every route answers the one error shape with the right status, code and field;
// unknown and ambiguous names answer 404 with suggestions and 409 with candidates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';
import { serveApp, startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;
let dataset: Dataset;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  dataset = (await api.get('/api/export?format=json')).json;
});
afterAll(() => api.close());

const BAD_PARAMETERS: Array<[route: string, field: string, reason: RegExp]> = [
  ['/api/graph?minClaims=two', 'minClaims', /integer/],
  ['/api/graph?minClaims=0', 'minClaims', /from 1 to/],
  ['/api/graph?minClaims=2.5', 'minClaims', /integer/],
  ['/api/graph?types=STRIKES,BEFRIENDS', 'types', /unknown relationship type "BEFRIENDS"/],
  ['/api/graph?types=', 'types', /at least one/],
  ['/api/graph?kinds=Wizard', 'kinds', /unknown actor kind "Wizard"/],
  ['/api/graph?kinds=State&kinds=Place', 'kinds', /given once/],
  ['/api/graph?contested=yes', 'contested', /true or false/],
  ['/api/graph?from=2025-13', 'from', /calendar/],
  ['/api/graph?from=25-1', 'from', /YYYY-MM/],
  ['/api/graph?from=2025-06&to=2025-01', 'to', /before from/],
  ['/api/graph?colour=red', 'colour', /not a known parameter/],
  ['/api/health?verbose=1', 'verbose', /not a known parameter/],
  ['/api/vocabulary?lang=fr', 'lang', /not a known parameter/],
  ['/api/actors', 'q', /required/],
  ['/api/actors?q=%20', 'q', /empty/],
  ['/api/actors?q=ttp&limit=0', 'limit', /from 1 to 100/],
  ['/api/actors?q=ttp&limit=101', 'limit', /from 1 to 100/],
  ['/api/actors?q=ttp&kinds=Planet', 'kinds', /unknown actor kind/],
  ['/api/actors/TTP?depth=1', 'depth', /not a known parameter/],
  ['/api/actors/TTP/neighbourhood?depth=4', 'depth', /from 1 to 3/],
  ['/api/actors/TTP/neighbourhood?types=HUGS', 'types', /unknown relationship type/],
  ['/api/paths?from=TTP', 'to', /required/],
  ['/api/paths?to=Kabul', 'from', /required/],
  ['/api/paths?from=TTP&to=Kabul&maxHops=7', 'maxHops', /from 1 to 6/],
  ['/api/paths?from=TTP&to=Kabul&maxHops=x', 'maxHops', /integer/],
  ['/api/paths?from=TTP&to=Kabul&limit=1000', 'limit', /from 1 to 100/],
  ['/api/paths?from=TTP&to=Kabul&directed=1', 'directed', /true or false/],
  ['/api/paths?from=TTP&to=Kabul&types=STRIKE', 'types', /unknown relationship type/],
  ['/api/paths?from=TTP&to=Kabul&hops=2', 'hops', /not a known parameter/],
  ['/api/paths?from=TTP&to=TTP', 'to', /same actor/],
  ['/api/sources?page=2', 'page', /not a known parameter/],
  ['/api/export?format=xml', 'format', /json, gexf, graphml, csv/],
  ['/api/export?format=gexf&table=nodes', 'table', /only to format=csv/],
  ['/api/export?format=csv&table=claims', 'table', /edges, nodes/],
  ['/api/export?format=gexf&symmetric=twice', 'symmetric', /both, once/],
  ['/api/export?format=csv&symmetric=once', 'symmetric', /only to format=gexf and format=graphml/],
];

describe('bad parameters', () => {
  it.each(BAD_PARAMETERS)('%s → 400 naming %s', async (route, field, reason) => {
    const r = await api.get(route);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ status: 400, code: 'bad_request', field });
    expect(r.json.error.message).toMatch(reason);
    expect(r.json.error.message).toContain(field);
  });
});

describe('names that do not resolve to one actor', () => {
  it('answers 404 with did-you-mean suggestions for a misspelt name', async () => {
    const ttp = (await api.get('/api/actors?q=TTP&limit=1')).json.hits[0];
    // Drop one letter from the middle of the name: a typo the suggestions should forgive.
    const i = Math.floor(ttp.name.length / 2);
    const typo = ttp.name.slice(0, i) + ttp.name.slice(i + 1);
    for (const route of [
      `/api/actors/${encodeURIComponent(typo)}`,
      `/api/paths?from=${encodeURIComponent(typo)}&to=${dataset.actors[0]?.id}`,
    ]) {
      const r = await api.get(route);
      expect(r.status, route).toBe(404);
      expect(r.json.error.code).toBe('not_found');
      expect(r.json.error.suggestions.map((s: { id: string }) => s.id)).toContain(ttp.id);
    }
  });

  it('answers 404 for an unknown source and an unknown API route', async () => {
    const source = await api.get('/api/sources/no-such-source');
    expect(source.status).toBe(404);
    expect(source.json.error).toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/source/),
    });
    for (const route of ['/api/nothing', '/api/actors/TTP/friends', '/api']) {
      const r = await api.get(route);
      expect(r.status, route).toBe(404);
      expect(r.json.error.code).toBe('not_found');
    }
  });
});

describe('methods other than GET', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    '%s on an API route → 405 with Allow, and nothing read or changed',
    async (method) => {
      const before = (await api.get('/api/health')).json;
      const r = await api.get('/api/paths?from=TTP&to=Kabul', {
        method,
        headers: { 'content-type': 'application/json' },
        body: '{"from": "TTP"',
      });
      expect(r.status).toBe(405);
      expect(r.headers.get('allow')).toBe('GET, HEAD');
      expect(r.json.error).toMatchObject({ status: 405, code: 'method_not_allowed' });
      expect(r.json.error.message).toContain(`${method} is not allowed on /api/paths`);
      expect((await api.get('/api/health')).json).toEqual(before);
    },
  );

  it('answers OPTIONS with the allowed methods and HEAD like GET without a body', async () => {
    const options = await api.get('/api/actors/TTP', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${api.base}/api/actors/TTP`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toContain('json');
    expect(await head.text()).toBe('');
  });

  it('still answers 404 for a path no route has, whatever the method', async () => {
    const r = await api.get('/api/nothing', { method: 'POST' });
    expect(r.status).toBe(404);
  });
});

// The seed may hold no name two actors share, so ambiguity is shown on the store fixture, which
// shares names on purpose.
describe('ambiguous names (fixture store)', () => {
  let fixture: Api;
  beforeAll(async () => {
    fixture = await serveApp(await openFixtureStore(makeDir));
  });
  afterAll(() => fixture.close());

  /** An alias that several actors knowingly share, and who shares it. */
  function sharedAlias(): { alias: string; ids: string[] } {
    const holders = new Map<string, string[]>();
    for (const a of fixtureDataset().actors) {
      for (const alias of a.ambiguousAliases ?? []) {
        holders.set(alias, [...(holders.get(alias) ?? []), a.id]);
      }
    }
    const [alias, ids] = [...holders].find(([, ids]) => ids.length > 1) ?? [];
    if (!alias || !ids) throw new Error('the fixture has no alias shared by two actors');
    return { alias, ids };
  }

  it('answers 409 with the candidates on every route that takes a name', async () => {
    const { alias, ids } = sharedAlias();
    const other = fixtureDataset().actors.find((a) => !ids.includes(a.id))?.id;
    for (const route of [
      `/api/actors/${encodeURIComponent(alias)}`,
      `/api/actors/${encodeURIComponent(alias)}/neighbourhood`,
      `/api/paths?from=${encodeURIComponent(alias)}&to=${other}`,
      `/api/paths?from=${other}&to=${encodeURIComponent(alias)}`,
    ]) {
      const r = await fixture.get(route);
      expect(r.status, route).toBe(409);
      expect(r.json.error.code).toBe('ambiguous');
      expect(r.json.error.candidates.map((c: { id: string }) => c.id)).toEqual(
        expect.arrayContaining(ids),
      );
    }
  });
});
