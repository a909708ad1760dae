// The question the product exists to answer: GET /api/paths?from=TTP&to=Kabul names the Afghan
// Interim Government and cites its sources on every hop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../src/store/types.js';
import type { PathAnswer } from '../../src/api/types.js';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;
let answer: PathAnswer;
let aig: ActorSummary;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  const r = await api.get('/api/paths?from=TTP&to=Kabul');
  expect(r.status).toBe(200);
  answer = r.json;
  aig = (await api.get('/api/actors?q=Afghan%20Interim%20Government&limit=1')).json.hits[0];
});
afterAll(() => api.close());

describe('GET /api/paths?from=TTP&to=Kabul', () => {
  it('resolves both names and finds paths, shortest first', () => {
    expect(answer.from.name).toMatch(/Taliban/i);
    expect(answer.paths.length).toBeGreaterThan(0);
    const lengths = answer.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(answer.paths.map((p) => p.rank)).toEqual(answer.paths.map((_, i) => i + 1));
  });

  it('names the Afghan Interim Government, as an endpoint, a direct link or a broker', () => {
    expect(aig.name).toBe('Afghan Interim Government');
    const onPaths = answer.paths.some((p) => p.nodes.some((n) => n.id === aig.id));
    const broker = answer.brokers.some((b) => b.actor.id === aig.id);
    expect(onPaths || broker || answer.to.id === aig.id).toBe(true);
    expect(answer.paths[0]?.explanation).toContain(
      answer.paths[0]?.nodes.find((n) => n.id === aig.id)?.name ?? answer.to.name,
    );
  });

  it('walks each path hop by hop through the nodes it lists', () => {
    for (const path of answer.paths) {
      expect(path.nodes[0]?.id).toBe(answer.from.id);
      expect(path.nodes.at(-1)?.id).toBe(answer.to.id);
      expect(path.hops).toHaveLength(path.nodes.length - 1);
      path.hops.forEach((hop, i) => {
        expect(hop.from).toBe(path.nodes[i]?.id);
        expect(hop.to).toBe(path.nodes[i + 1]?.id);
      });
    }
  });

  it('carries claims on every hop, each source described once in the answer', () => {
    for (const path of answer.paths) {
      expect(path.sources.length).toBeGreaterThan(0);
      for (const hop of path.hops) {
        expect(hop.claims.length).toBeGreaterThan(0);
        for (const claim of hop.claims) {
          expect(claim.claimedByName.length).toBeGreaterThan(0);
          expect(hop.sources).toContain(claim.source);
          expect(answer.sources[claim.source]?.title.length).toBeGreaterThan(0);
          expect(claim).not.toHaveProperty('sourceInfo');
        }
      }
    }
  });

  it('narrows to the types and hops asked for', async () => {
    const hops = answer.paths[0]?.length ?? 1;
    const { json } = await api.get(`/api/paths?from=TTP&to=Kabul&maxHops=${hops}&limit=3`);
    expect(json.query).toMatchObject({ maxHops: hops, limit: 3 });
    expect(json.paths.length).toBeLessThanOrEqual(3);
    for (const p of json.paths) expect(p.length).toBeLessThanOrEqual(hops);
    const type = answer.paths[0]?.hops[0]?.type as string;
    const typed = (await api.get(`/api/paths?from=TTP&to=Kabul&types=${type}`)).json;
    for (const p of typed.paths) for (const h of p.hops) expect(h.type).toBe(type);
  });
});
