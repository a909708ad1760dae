// Questions an analyst asks of the seed graph, answered through the store with the articles cited.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPaths } from '../../src/paths/index.js';
import { defaultSeedDir, seedStore } from '../../src/seed/index.js';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import type { ActorRelationship, GraphStore } from '../../src/store/types.js';

const ARTICLE_001 = '001_bc84858fea6a1ab7';
const ARTICLE_004 = '004_b9d91eb74d9ded6c';

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-answers-'));
  store = await openEmbeddedStore(dir);
  await seedStore(store, defaultSeedDir(), { reset: true });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function relationshipsBetween(a: string, b: string): Promise<ActorRelationship[]> {
  const detail = await store.getActor(a);
  if (!detail) throw new Error(`no actor ${a}`);
  return detail.relationships.filter((r) => r.other.id === b);
}

describe('which relationships join the TTP and the AIG, and which sources say so', () => {
  it('finds sheltering and support, each cited', async () => {
    const rels = await relationshipsBetween('ttp', 'afghan-interim-government');
    const types = rels.map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['SHELTERS', 'SUPPORTS']));
    const shelters = rels.find((r) => r.type === 'SHELTERS')!;
    expect(shelters.from).toBe('afghan-interim-government');
    expect(shelters.direction).toBe('in');
    const sources = new Set(shelters.claims.map((c) => c.source));
    expect(sources).toContain(ARTICLE_001);
    expect(sources).toContain(ARTICLE_004);
    for (const claim of shelters.claims) expect(claim.sourceInfo.id).toBe(claim.source);
  });

  it('keeps the sheltering contested: Islamabad accuses, Kabul denies', async () => {
    const [shelters] = (await relationshipsBetween('ttp', 'afghan-interim-government')).filter(
      (r) => r.type === 'SHELTERS',
    );
    expect(shelters!.contested).toBe(true);
    const denial = shelters!.claims.find((c) => c.status === 'denied');
    expect(denial?.claimedBy).toBe('afghan-interim-government');
    const honouredGuests = shelters!.claims.find((c) => c.quote?.includes('honored guests'));
    expect(honouredGuests?.claimedBy).toBe('khairullah-khairkhwa');
    expect(honouredGuests?.source).toBe(ARTICLE_001);
  });
});

describe('the 24 December 2024 strikes', () => {
  it('says who carried them out and where', async () => {
    const event = await store.getActor('strikes-2024-12-24');
    expect(event?.actor.date?.start).toBe('2024-12-24');
    const perpetrators = event!.relationships
      .filter((r) => r.type === 'CARRIED_OUT')
      .map((r) => r.other.id);
    expect(perpetrators).toContain('pakistan');
    const places = event!.relationships
      .filter((r) => r.type === 'OCCURRED_IN')
      .map((r) => r.other.id);
    expect(places).toContain('barmal');
    const paktika = await store.getActor('barmal');
    const within = paktika!.relationships
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => r.other.id);
    expect(within).toContain('paktika');
  });

  it('keeps both casualty accounts, each with the claimant the text names', async () => {
    const event = await store.getActor('strikes-2024-12-24');
    const killedOn = (other: string) =>
      event!.relationships
        .find((r) => r.type === 'TARGETS' && r.other.id === other)!
        .claims.flatMap((c) =>
          (c.figures ?? [])
            .filter((f) => f.measure.includes('killed'))
            .map((f) => ({ by: c.claimedBy, value: f.value, status: c.status, source: c.source })),
        );
    // Article 004 states the militant toll in its own voice; Kabul's civilian toll is its allegation.
    expect(killedOn('ttp')).toContainEqual({
      by: 'author',
      value: 30,
      status: 'reported',
      source: ARTICLE_004,
    });
    expect(killedOn('paktika-civilians')).toContainEqual({
      by: 'afghan-interim-government',
      value: 46,
      status: 'alleged',
      source: ARTICLE_004,
    });
    const civilians = event!.relationships.find((r) => r.other.id === 'paktika-civilians')!;
    expect(civilians.contested).toBe(true);
    expect(civilians.claims.find((c) => c.status === 'denied')?.claimedBy).toBe('pakistan');
  });
});

describe('which forums the sources say Pakistan could use to press Kabul', () => {
  it('names the OIC and the SCO, as an author proposal in article 001', async () => {
    const pakistan = await store.getActor('pakistan');
    const forums = pakistan!.relationships.filter(
      (r) => r.type === 'APPEALS_TO' && r.other.kind === 'Organisation',
    );
    const proposed = forums.filter((r) =>
      r.claims.some((c) => c.status === 'proposed' && c.source === ARTICLE_001),
    );
    expect(proposed.map((r) => r.other.id).sort()).toEqual(['oic', 'sco']);
  });
});

describe('who links TTP to Kabul', () => {
  it('resolves Kabul to the AIG and explains the links with sources', async () => {
    const answer = await answerPaths(store, 'TTP', 'Kabul', {});
    expect(answer.to.id).toBe('afghan-interim-government');
    expect(answer.paths.length).toBeGreaterThan(0);
    const direct = answer.paths.filter((p) => p.length === 1).map((p) => p.hops[0]!.type);
    expect(direct).toContain('SHELTERS');
    const top = answer.paths[0]!;
    expect(top.sources.length).toBeGreaterThan(0);
    expect(top.explanation).toContain('Afghan Interim Government');
  });

  it('makes the AIG the broker between the TTP and the city of Kabul', async () => {
    const answer = await answerPaths(store, 'TTP', 'Kabul city', { maxHops: 2 });
    expect(answer.to.id).toBe('kabul-city');
    expect(answer.brokers[0]?.actor.id).toBe('afghan-interim-government');
    const viaAig = answer.paths.find((p) => p.nodes[1]?.id === 'afghan-interim-government');
    expect(viaAig?.explanation).toMatch(/seated in Kabul/);
  });
});
