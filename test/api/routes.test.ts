// Every route with good input, over the real seed graph: the answers agree with each other, with
// the vocabulary and with the filters asked for.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { CLAIM_STATUSES, CONTESTED_STATUSES } from '../../src/domain/schema.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import type { GraphEdge, GraphNode } from '../../src/store/types.js';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;
let nodes: GraphNode[];
let edges: GraphEdge[];
/** The actor "TTP" names, found by search rather than assumed. */
let ttp: { id: string; name: string };

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  ({ nodes, edges } = (await api.get('/api/graph')).json);
  ttp = (await api.get('/api/actors?q=TTP&limit=1')).json.hits[0];
});
afterAll(() => api.close());

describe('GET /api/health and /api/vocabulary', () => {
  it('reports the store and the size of the seeded graph', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    const r = await api.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      status: 'ok',
      store: 'embedded',
      nodes: nodes.length,
      relationships: edges.length,
      version: pkg.version,
    });
    expect(nodes.length).toBeGreaterThan(0);
  });

  it('lists kinds, relationship types in vocabulary order and claim statuses', async () => {
    const { json } = await api.get('/api/vocabulary');
    expect(json.kinds.map((k: { kind: string }) => k.kind)).toEqual([...ACTOR_KINDS]);
    expect(json.relationshipTypes.map((t: { type: string }) => t.type)).toEqual([
      ...RELATIONSHIP_TYPE_NAMES,
    ]);
    for (const t of json.relationshipTypes) expect(t.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(json.claimStatuses.map((s: { status: string }) => s.status)).toEqual([
      ...CLAIM_STATUSES,
    ]);
    for (const s of json.claimStatuses) {
      expect(s.contested).toBe(CONTESTED_STATUSES.includes(s.status));
      expect(s.description.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/graph', () => {
  it('keeps only the kinds asked for, and edges between them', async () => {
    const { json } = await api.get('/api/graph?kinds=ArmedGroup,Government');
    expect(json.nodes.length).toBeGreaterThan(0);
    expect(json.nodes.length).toBeLessThan(nodes.length);
    const ids = new Set(json.nodes.map((n: GraphNode) => n.id));
    for (const n of json.nodes) expect(['ArmedGroup', 'Government']).toContain(n.kind);
    for (const e of json.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
  });

  it('keeps only the relationship types asked for', async () => {
    const type = edges[0]?.type as string;
    const { json } = await api.get(`/api/graph?types=${type}`);
    expect(json.edges.length).toBe(edges.filter((e) => e.type === type).length);
    for (const e of json.edges) expect(e.type).toBe(type);
  });

  it('filters by evidence: contested and minimum claims', async () => {
    const contested = (await api.get('/api/graph?contested=true')).json.edges as GraphEdge[];
    expect(contested.length).toBe(edges.filter((e) => e.contested).length);
    const uncontestedToo = (await api.get('/api/graph?contested=false')).json.edges;
    expect(uncontestedToo.length).toBe(edges.length);
    const strong = (await api.get('/api/graph?minClaims=2')).json.edges as GraphEdge[];
    expect(strong.length).toBe(edges.filter((e) => e.claimCount >= 2).length);
  });

  it('keeps relationships whose claims overlap the date window, and undated ones', async () => {
    const { json } = await api.get('/api/graph?from=2025-01&to=2025-06-30');
    expect(json.edges.length).toBeLessThanOrEqual(edges.length);
    for (const e of json.edges as GraphEdge[]) {
      if (!e.span) continue;
      expect(e.span.last >= '2025-01-01' && e.span.first <= '2025-06-30').toBe(true);
    }
  });
});

describe('GET /api/actors', () => {
  it('ranks the actor a name means first', async () => {
    expect(ttp.name).toMatch(/Taliban/i);
    const { json } = await api.get('/api/actors?q=TTP');
    expect(json.query).toBe('TTP');
    const scores = json.hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('honours limit and kinds', async () => {
    expect((await api.get('/api/actors?q=a&limit=2')).json.hits).toHaveLength(2);
    const { json } = await api.get('/api/actors?q=Kabul&kinds=Place');
    expect(json.hits.length).toBeGreaterThan(0);
    for (const h of json.hits) expect(h.kind).toBe('Place');
  });
});

describe('GET /api/actors/:id', () => {
  it('answers the same actor by id and by alias', async () => {
    const byId = (await api.get(`/api/actors/${ttp.id}`)).json;
    const byAlias = (await api.get('/api/actors/TTP')).json;
    expect(byId.actor.id).toBe(ttp.id);
    expect(byAlias).toEqual(byId);
    expect(byId.degree).toBe(nodes.find((n) => n.id === ttp.id)?.degree);
  });

  it('groups relationships by type in vocabulary order, with claims and their sources', async () => {
    const { json } = await api.get(`/api/actors/${ttp.id}`);
    const order = json.groups.map((g: { type: string }) =>
      RELATIONSHIP_TYPE_NAMES.indexOf(g.type as never),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const total = json.groups.reduce(
      (n: number, g: { relationships: unknown[] }) => n + g.relationships.length,
      0,
    );
    expect(total).toBe(json.degree);
    for (const group of json.groups) {
      for (const rel of group.relationships) {
        expect(rel.type).toBe(group.type);
        expect([rel.from, rel.to]).toContain(ttp.id);
        for (const claim of rel.claims) expect(claim.sourceInfo.title.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('GET /api/actors/:id/neighbourhood', () => {
  it('holds the actor and its direct neighbours at depth 1', async () => {
    const { json } = await api.get(`/api/actors/${ttp.id}/neighbourhood`);
    expect(json.center).toBe(ttp.id);
    const neighbours = new Set(
      edges.flatMap((e) => (e.from === ttp.id ? [e.to] : e.to === ttp.id ? [e.from] : [])),
    );
    const ids = json.nodes.map((n: GraphNode) => n.id).filter((id: string) => id !== ttp.id);
    expect(new Set(ids)).toEqual(neighbours);
    for (const id of ids) expect(json.distance[id]).toBe(1);
  });

  it('grows with depth and follows only the types asked for', async () => {
    const one = (await api.get(`/api/actors/TTP/neighbourhood?depth=1`)).json;
    const two = (await api.get(`/api/actors/TTP/neighbourhood?depth=2`)).json;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const type = one.edges[0].type;
    const typed = (await api.get(`/api/actors/TTP/neighbourhood?depth=2&types=${type}`)).json;
    for (const e of typed.edges) expect(e.type).toBe(type);
  });
});

describe('GET /api/sources', () => {
  it('lists sources with claim counts that match their detail pages', async () => {
    const { json } = await api.get('/api/sources');
    expect(json.sources.length).toBeGreaterThan(0);
    for (const s of json.sources) {
      const detail = (await api.get(`/api/sources/${encodeURIComponent(s.id)}`)).json;
      expect(detail.source.title).toBe(s.title);
      expect(detail.claims).toHaveLength(s.claimCount);
      for (const c of detail.claims) expect(c.claim.source).toBe(s.id);
    }
  });
});
