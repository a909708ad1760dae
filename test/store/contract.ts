// The behaviour every GraphStore must show on the fixture dataset. Store-agnostic: each store's
// test file calls runStoreContract with a function opening a fresh store of its kind.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { isContested, relationshipId } from '../../src/domain/relationships.js';
import { CLAIM_STATUSES, type Dataset } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import type { GraphStore, PathQuery } from '../../src/store/types.js';
import { fixtureAddition, fixtureDataset } from '../fixtures/dataset.js';
import { oracleShortestPaths, oracleSimplePaths, signature } from './path-oracle.js';

/** The fixture as a store should hold it: validated, symmetric relationships canonical. */
function canonicalFixture(): Dataset {
  return validateDataset(fixtureDataset()).dataset as Dataset;
}

/** Order-free form of a dataset, for comparing what two stores (or two loads) hold. */
function sorted(d: Dataset): Dataset {
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    sources: [...d.sources].sort(byId),
    actors: [...d.actors].sort(byId),
    relationships: [...d.relationships].sort((a, b) =>
      relationshipId(a).localeCompare(relationshipId(b)),
    ),
  };
}

function relIdsWhere(pred: (r: Dataset['relationships'][number]) => boolean): string[] {
  return canonicalFixture().relationships.filter(pred).map(relationshipId).sort();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (err: unknown) => err,
  );
}

/** Expects a ValidationError whose first issue names `field`. */
async function expectInvalid(promise: Promise<unknown>, field: string): Promise<void> {
  const err = await rejection(promise);
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).issues[0]?.path).toBe(field);
}

export function runStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`${name} store: loading`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
      await store.load(fixtureDataset(), 'replace');
    });
    afterEach(async () => {
      await store.close();
    });

    test('keeps every claim status and the sameDayAsReport mark', async () => {
      const dataset = fixtureDataset();
      const statuses = CLAIM_STATUSES.map((status, i) => ({
        source: 'talks-and-strikes',
        summary: `A ${status} statement.`,
        claimedBy: 'author',
        status,
        ...(i === 0 && {
          date: { start: '2024-12-26', precision: 'day' as const },
          sameDayAsReport: true,
        }),
      }));
      dataset.relationships.push({
        type: 'ACCUSES',
        from: 'pakistan',
        to: 'ttp',
        claims: statuses,
      });
      await store.load(dataset, 'replace');
      const back = (await store.exportDataset()).relationships.find(
        (r) => relationshipId(r) === 'pakistan.ACCUSES.ttp',
      );
      expect(back?.claims).toEqual(statuses);
      const detail = await store.getActor('ttp');
      const rel = detail?.relationships.find((r) => r.id === 'pakistan.ACCUSES.ttp');
      expect(rel?.claims.map((c) => c.status)).toEqual([...CLAIM_STATUSES]);
      expect(rel?.claims[0]?.sameDayAsReport).toBe(true);
    });

    test('exportDataset gives back what was loaded, in canonical form', async () => {
      expect(sorted(await store.exportDataset())).toEqual(sorted(canonicalFixture()));
      expect(await store.isEmpty()).toBe(false);
    });

    test('an exported dataset loads back to the same graph', async () => {
      const exported = await store.exportDataset();
      await store.load(exported, 'replace');
      expect(sorted(await store.exportDataset())).toEqual(sorted(exported));
    });

    test('merge upserts actors and sources by id and relationships by relationship id', async () => {
      const addition = fixtureAddition();
      const result = await store.load(addition, 'merge');
      const fixture = canonicalFixture();
      expect(result).toEqual({
        actors: fixture.actors.length + 1,
        relationships: fixture.relationships.length + 1,
        sources: fixture.sources.length + 1,
      });
      const china = await store.getActor('china');
      expect(china?.actor.description).toBe('China, changed.');
      expect(await store.getActor('iran')).not.toBeNull();
      const cooperation = china?.relationships.find((r) => r.type === 'COOPERATES_WITH');
      expect(cooperation?.id).toBe('china.COOPERATES_WITH.pakistan');
      expect(cooperation?.claims.map((c) => c.source)).toEqual(['later-report']);
      const untouched = await store.getActor('ttp');
      expect(untouched?.relationships.length).toBe(
        fixture.relationships.filter((r) => r.from === 'ttp' || r.to === 'ttp').length,
      );
    });

    test('merging the same dataset twice gives the same graph', async () => {
      await store.load(fixtureAddition(), 'merge');
      const once = sorted(await store.exportDataset());
      await store.load(fixtureAddition(), 'merge');
      expect(sorted(await store.exportDataset())).toEqual(once);
      await store.load(fixtureDataset(), 'merge');
      expect((await store.stats()).relationships).toBe(once.relationships.length);
    });

    test('replace drops what was stored', async () => {
      const small: Dataset = {
        sources: [],
        actors: [fixtureDataset().actors[0]!],
        relationships: [],
      };
      await store.load(small, 'replace');
      expect(sorted(await store.exportDataset())).toEqual(small);
      expect(await store.getActor('ttp')).toBeNull();
      await store.load({ sources: [], actors: [], relationships: [] }, 'replace');
      expect(await store.isEmpty()).toBe(true);
    });

    test('a load that fails validation changes nothing, in either mode', async () => {
      const before = sorted(await store.exportDataset());
      const broken = fixtureAddition();
      broken.relationships[0]!.to = 'atlantis';
      for (const mode of ['merge', 'replace'] as const) {
        const err = await rejection(store.load(broken, mode));
        expect(err).toBeInstanceOf(ValidationError);
        expect((err as ValidationError).issues).toContainEqual(
          expect.objectContaining({ path: 'to', message: expect.stringContaining('atlantis') }),
        );
        expect(sorted(await store.exportDataset())).toEqual(before);
        expect(await store.getActor('iran')).toBeNull();
      }
    });

    test('merge reports a record repeated within the incoming dataset', async () => {
      // China is stored already, Iran is new: both must be caught.
      for (const index of [0, 1]) {
        const twice = fixtureAddition();
        twice.actors.push({ ...twice.actors[index]!, description: 'A second copy.' });
        await expectInvalid(store.load(twice, 'merge'), 'id');
      }
    });

    test('the revision holds between loads and changes with every successful load', async () => {
      const first = await store.revision();
      expect(first).toMatch(/\S/);
      await store.getGraph();
      expect(await store.revision()).toBe(first);
      await store.load(fixtureAddition(), 'merge');
      const second = await store.revision();
      expect(second).not.toBe(first);
      const broken = fixtureAddition();
      broken.relationships[0]!.to = 'atlantis';
      await rejection(store.load(broken, 'replace'));
      expect(await store.revision()).toBe(second);
      await store.load(fixtureDataset(), 'replace');
      expect(await store.revision()).not.toBe(second);
    });

    test('ping succeeds', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });

  describe(`${name} store: queries`, () => {
    let store: GraphStore;
    const fixture = canonicalFixture();
    beforeAll(async () => {
      store = await makeStore();
      await store.load(fixtureDataset(), 'replace');
    });
    afterAll(async () => {
      await store.close();
    });

    describe('getGraph', () => {
      test('without a filter: every actor, every relationship, whole-graph degrees', async () => {
        const view = await store.getGraph();
        expect(view.nodes.map((n) => n.id).sort()).toEqual(fixture.actors.map((a) => a.id).sort());
        expect(view.edges.map((e) => e.id).sort()).toEqual(relIdsWhere(() => true));
        const pg = view.nodes.find((n) => n.id === 'pakistan-government');
        expect(pg?.degree).toBe(
          relIdsWhere((r) => r.from === 'pakistan-government' || r.to === 'pakistan-government')
            .length,
        );
        const strikes = view.edges.find((e) => e.id === 'pakistan-government.STRIKES.ttp');
        expect(strikes).toMatchObject({
          type: 'STRIKES',
          claimCount: 2,
          contested: false,
          symmetric: false,
          sources: ['talks-and-strikes', 'fractured-relations'],
          span: { first: '2024-12-24', last: '2024-12-24' },
        });
      });

      test('kinds keep those actors and only the edges between them', async () => {
        const view = await store.getGraph({ kinds: ['Government', 'ArmedGroup'] });
        const ids = new Set(view.nodes.map((n) => n.id));
        expect([...ids].sort()).toEqual([
          'afghan-interim-government',
          'pakistan-government',
          'ttp',
        ]);
        expect(view.edges.map((e) => e.id).sort()).toEqual(
          relIdsWhere((r) => ids.has(r.from) && ids.has(r.to)),
        );
      });

      test('types keep only those relationships', async () => {
        const view = await store.getGraph({ types: ['LOCATED_IN', 'GOVERNS'] });
        expect(view.edges.map((e) => e.id).sort()).toEqual(
          relIdsWhere((r) => r.type === 'LOCATED_IN' || r.type === 'GOVERNS'),
        );
      });

      test('a date window keeps overlapping dated relationships and timeless ones', async () => {
        const ids = (await store.getGraph({ from: '2025' })).edges.map((e) => e.id);
        expect(ids).toContain('pakistan-government.ACCUSES.afghan-interim-government');
        expect(ids).toContain('kabul.LOCATED_IN.afghanistan');
        expect(ids).not.toContain('pakistan-government.STRIKES.ttp');
        expect(ids).not.toContain('china.COOPERATES_WITH.pakistan');
      });

      test('the window reads when facts happened, never when their sources reported them', async () => {
        // china.COOPERATES_WITH.pakistan happened in 2023-05, reported by a source of 2025-01.
        const id = 'china.COOPERATES_WITH.pakistan';
        expect(
          canonicalFixture().sources.find((s) => s.id === 'fractured-relations')?.published,
        ).toEqual({ start: '2025-01', precision: 'month' });
        const reportedMonth = await store.getGraph({ from: '2025-01', to: '2025-01' });
        expect(reportedMonth.edges.map((e) => e.id)).not.toContain(id);
        const factMonth = await store.getGraph({ from: '2023-05', to: '2023-05' });
        expect(factMonth.edges.find((e) => e.id === id)?.span).toEqual({
          first: '2023-05-01',
          last: '2023-05-31',
        });
      });

      test('window bounds are inclusive and widened to their precision', async () => {
        const day = (await store.getGraph({ from: '2024-12-25', to: '2024-12-25' })).edges;
        const ids = day.map((e) => e.id);
        // THREATENS is dated that day; SHELTERS has a claim dated "2024-12", the whole month.
        expect(ids).toContain('afghan-interim-government.THREATENS.pakistan-government');
        expect(ids).toContain('afghan-interim-government.SHELTERS.ttp');
        expect(ids).not.toContain('pakistan-government.STRIKES.ttp');
        const month = (await store.getGraph({ from: '2024-12', to: '2024-12' })).edges;
        expect(month.map((e) => e.id)).toContain('pakistan-government.STRIKES.ttp');
        const until = (await store.getGraph({ to: '2023' })).edges.map((e) => e.id);
        expect(until).toContain('china.COOPERATES_WITH.pakistan');
        expect(until).not.toContain('pakistan-government.STRIKES.ttp');
      });

      test('minClaims and contestedOnly', async () => {
        const many = await store.getGraph({ minClaims: 2 });
        expect(many.edges.map((e) => e.id).sort()).toEqual(
          relIdsWhere((r) => r.claims.length >= 2),
        );
        const contested = await store.getGraph({ contestedOnly: true });
        expect(contested.edges.map((e) => e.id).sort()).toEqual(
          relIdsWhere((r) => isContested(r.claims)),
        );
        expect(contested.edges.every((e) => e.contested)).toBe(true);
      });

      test('bad filter values name the field', async () => {
        await expectInvalid(store.getGraph({ kinds: ['Robot' as never] }), 'kinds');
        await expectInvalid(store.getGraph({ types: ['LOVES'] }), 'types');
        await expectInvalid(store.getGraph({ from: '2024-13' }), 'from');
        await expectInvalid(store.getGraph({ to: 'yesterday' }), 'to');
        await expectInvalid(store.getGraph({ from: '2025', to: '2024' }), 'to');
        await expectInvalid(store.getGraph({ minClaims: -1 }), 'minClaims');
      });
    });

    describe('getActor', () => {
      test('gives degree, every relationship with its direction, the other end and claims', async () => {
        const detail = await store.getActor('pakistan-government');
        expect(detail?.actor.name).toBe('Government of Pakistan');
        const touching = relIdsWhere(
          (r) => r.from === 'pakistan-government' || r.to === 'pakistan-government',
        );
        expect(detail?.degree).toBe(touching.length);
        expect(detail?.relationships.map((r) => r.id).sort()).toEqual(touching);
        const byType = (t: string) => detail?.relationships.find((r) => r.type === t);
        expect(byType('STRIKES')).toMatchObject({ direction: 'out', other: { id: 'ttp' } });
        expect(byType('TARGETS')).toMatchObject({ direction: 'in', other: { id: 'ttp' } });
        expect(byType('MEETS')).toMatchObject({
          direction: 'both',
          other: { id: 'afghan-interim-government', kind: 'Government' },
        });
      });

      test('each claim carries its source and the claimant by name', async () => {
        const detail = await store.getActor('pakistan-government');
        const strikes = detail?.relationships.find((r) => r.type === 'STRIKES');
        expect(strikes?.claims.map((c) => [c.sourceInfo.title, c.claimedByName])).toEqual([
          ['Pakistan Targets Terrorists Amid Taliban Talks', 'unnamed sources'],
          ['Mending fractured relations with Afghanistan', "the article's author"],
        ]);
        const threat = detail?.relationships.find((r) => r.type === 'THREATENS');
        expect(threat?.claims[0]?.claimedByName).toBe('Zabihullah Mujahid');
      });

      test('an unknown id gives null', async () => {
        expect(await store.getActor('atlantis')).toBeNull();
      });
    });

    describe('resolve and search', () => {
      test('resolve: id, spelling variant and alias are found', async () => {
        expect(await store.resolve('ttp')).toMatchObject({ status: 'found', actor: { id: 'ttp' } });
        expect(await store.resolve('Tehreek-e-Taliban Pakistan')).toMatchObject({
          status: 'found',
          actor: { id: 'ttp' },
        });
        expect(await store.resolve('Afghan Taliban')).toMatchObject({
          status: 'found',
          actor: { id: 'afghan-interim-government' },
          matched: 'Afghan Taliban',
        });
      });

      test('resolve: a shared name is ambiguous, an unknown one gives suggestions', async () => {
        const kabul = await store.resolve('Kabul');
        expect(kabul.status).toBe('ambiguous');
        expect(kabul.status === 'ambiguous' && kabul.candidates.map((c) => c.id).sort()).toEqual([
          'afghan-interim-government',
          'kabul',
        ]);
        const typo = await store.resolve('Zabihulah Mujahid');
        expect(typo.status).toBe('unknown');
        expect(typo.status === 'unknown' && typo.suggestions[0]?.id).toBe('zabihullah-mujahid');
      });

      test('search: exact, prefix and typo-tolerant hits, ranked', async () => {
        const kabul = await store.search('Kabul');
        expect(kabul.slice(0, 2).map((h) => h.id)).toEqual(['afghan-interim-government', 'kabul']);
        expect((await store.search('Tehrik-i-Tal'))[0]).toMatchObject({
          id: 'ttp',
          match: 'prefix',
        });
        expect((await store.search('Paktka'))[0]).toMatchObject({ id: 'paktika', match: 'fuzzy' });
      });

      test('search honours kinds and limit, and checks them', async () => {
        expect((await store.search('Kabul', { kinds: ['Place'] })).map((h) => h.id)).toEqual([
          'kabul',
        ]);
        expect(await store.search('a', { limit: 2 })).toHaveLength(2);
        await expectInvalid(store.search('a', { limit: 0 }), 'limit');
        await expectInvalid(store.search('a', { kinds: ['Robot' as never] }), 'kinds');
      });
    });

    describe('neighbourhood', () => {
      test('depth 1: direct neighbours in any direction and the edges among them', async () => {
        const n = await store.neighbourhood('ttp', { depth: 1 });
        expect(n.center).toBe('ttp');
        expect(n.distance).toEqual({
          ttp: 0,
          'pakistan-government': 1,
          'afghan-interim-government': 1,
          afghanistan: 1,
        });
        const ids = new Set(Object.keys(n.distance));
        expect(n.nodes.map((x) => x.id).sort()).toEqual([...ids].sort());
        expect(n.edges.map((e) => e.id).sort()).toEqual(
          relIdsWhere((r) => ids.has(r.from) && ids.has(r.to)),
        );
      });

      test('depth 2 reaches one hop further', async () => {
        const n = await store.neighbourhood('ttp', { depth: 2 });
        expect(n.distance.kabul).toBe(2);
        expect(n.distance['mohammad-sadiq']).toBe(2);
        expect(n.distance.china).toBeUndefined();
        expect((await store.neighbourhood('ttp', { depth: 3 })).distance.china).toBe(3);
      });

      test('types restrict the hops taken', async () => {
        const n = await store.neighbourhood('ttp', { depth: 2, types: ['STRIKES', 'TARGETS'] });
        expect(n.distance).toEqual({ ttp: 0, 'pakistan-government': 1 });
        expect(n.edges.every((e) => e.type === 'STRIKES' || e.type === 'TARGETS')).toBe(true);
        expect(n.edges).toHaveLength(2);
      });

      test('bad depth and unknown actor', async () => {
        await expectInvalid(store.neighbourhood('ttp', { depth: 4 as never }), 'depth');
        await expect(store.neighbourhood('atlantis', { depth: 1 })).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });
    });

    describe('shortestPaths', () => {
      const base: PathQuery = {
        from: 'mohammad-sadiq',
        to: 'zabihullah-mujahid',
        maxHops: 4,
        directed: false,
        limit: 50,
      };

      test('gives every shortest path; parallel relationships are distinct paths', async () => {
        const set = await store.shortestPaths(base);
        expect(set.paths.map(signature).sort()).toEqual(oracleShortestPaths(fixture, base));
        expect(set.paths.length).toBe(
          relIdsWhere(
            (r) =>
              [r.from, r.to].includes('pakistan-government') &&
              [r.from, r.to].includes('afghan-interim-government'),
          ).length,
        );
        expect(set.truncated).toBe(false);
      });

      test('hops say which way each relationship is walked', async () => {
        const [path] = (await store.shortestPaths(base)).paths;
        expect(path?.hops[0]).toMatchObject({
          relationship: 'mohammad-sadiq.REPRESENTS.pakistan-government',
          from: 'mohammad-sadiq',
          to: 'pakistan-government',
          direction: 'forward',
        });
        expect(path?.hops[2]).toMatchObject({
          relationship: 'zabihullah-mujahid.REPRESENTS.afghan-interim-government',
          from: 'afghan-interim-government',
          to: 'zabihullah-mujahid',
          direction: 'backward',
        });
      });

      test('fills actors, relationships and cited sources', async () => {
        const set = await store.shortestPaths(base);
        const nodes = new Set(set.paths.flatMap((p) => p.nodes));
        const rels = new Set(set.paths.flatMap((p) => p.hops.map((h) => h.relationship)));
        expect(Object.keys(set.actors).sort()).toEqual([...nodes].sort());
        expect(Object.keys(set.relationships).sort()).toEqual([...rels].sort());
        const cited = new Set(
          [...rels].flatMap((id) => set.relationships[id]?.claims.map((c) => c.source) ?? []),
        );
        expect(Object.keys(set.sources).sort()).toEqual([...cited].sort());
        expect(set.actors['mohammad-sadiq']).toEqual({
          id: 'mohammad-sadiq',
          kind: 'Person',
          name: 'Mohammad Sadiq',
        });
      });

      test('directed follows relationship direction, symmetric ones both ways', async () => {
        const blocked = await store.shortestPaths({ ...base, directed: true });
        expect(blocked.paths).toEqual([]);
        const q = { ...base, from: 'ttp', to: 'afghan-interim-government', directed: true };
        const set = await store.shortestPaths(q);
        expect(set.paths.map(signature).sort()).toEqual(oracleShortestPaths(fixture, q));
        expect(set.paths.every((p) => p.hops.length === 2)).toBe(true);
      });

      test('types, maxHops and limit', async () => {
        const typed = { ...base, types: ['REPRESENTS', 'MEETS'] };
        const one = await store.shortestPaths(typed);
        expect(one.paths.map(signature)).toEqual(oracleShortestPaths(fixture, typed));
        expect((await store.shortestPaths({ ...base, maxHops: 2 })).paths).toEqual([]);
        const limited = await store.shortestPaths({ ...base, limit: 2 });
        expect(limited.paths).toHaveLength(2);
        expect(limited.truncated).toBe(true);
      });

      test('bad queries', async () => {
        await expectInvalid(store.shortestPaths({ ...base, maxHops: 7 }), 'maxHops');
        await expectInvalid(store.shortestPaths({ ...base, maxHops: 0 }), 'maxHops');
        await expectInvalid(store.shortestPaths({ ...base, limit: 0 }), 'limit');
        await expectInvalid(store.shortestPaths({ ...base, types: ['LOVES'] }), 'types');
        const err = await rejection(store.shortestPaths({ ...base, to: 'atlantis' }));
        expect(err).toBeInstanceOf(NotFoundError);
        expect((err as NotFoundError).key).toBe('atlantis');
      });
    });

    describe('simplePaths', () => {
      const base: PathQuery = {
        from: 'ttp',
        to: 'afghanistan',
        maxHops: 3,
        directed: false,
        limit: 100,
      };

      test('gives every simple path up to maxHops, shortest first', async () => {
        const set = await store.simplePaths(base);
        expect(set.paths.map(signature).sort()).toEqual(oracleSimplePaths(fixture, base));
        const lengths = set.paths.map((p) => p.hops.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
        expect(set.paths.every((p) => new Set(p.nodes).size === p.nodes.length)).toBe(true);
        expect(set.truncated).toBe(false);
      });

      test('honours directed and types', async () => {
        for (const q of [
          { ...base, directed: true },
          { ...base, maxHops: 4, types: ['SHELTERS', 'GOVERNS', 'LOCATED_IN', 'SEATED_IN'] },
        ]) {
          const set = await store.simplePaths(q);
          expect(set.paths.map(signature).sort()).toEqual(oracleSimplePaths(fixture, q));
        }
      });

      test('the limit keeps the shortest paths and says more existed', async () => {
        const all = oracleSimplePaths(fixture, { ...base, maxHops: 4 });
        const set = await store.simplePaths({ ...base, maxHops: 4, limit: 3 });
        expect(set.paths).toHaveLength(3);
        expect(set.truncated).toBe(true);
        const longest = Math.max(...set.paths.map((p) => p.hops.length));
        const shorter = all.filter((p) => p.split('>').length - 1 < longest);
        for (const p of shorter) expect(set.paths.map(signature)).toContain(p);
        const exact = await store.simplePaths({ ...base, maxHops: 4, limit: all.length });
        expect(exact.truncated).toBe(false);
      });

      test('bad queries', async () => {
        await expectInvalid(store.simplePaths({ ...base, maxHops: 7 }), 'maxHops');
        await expectInvalid(store.simplePaths({ ...base, to: 'ttp' }), 'to');
        await expect(store.simplePaths({ ...base, from: 'atlantis' })).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });
    });

    describe('sources and stats', () => {
      const citing = (id: string) =>
        fixture.relationships.flatMap((r) => r.claims).filter((c) => c.source === id).length;

      test('listSources counts the claims citing each source', async () => {
        const sources = await store.listSources();
        expect(sources.map((s) => [s.id, s.claimCount]).sort()).toEqual(
          fixture.sources.map((s) => [s.id, citing(s.id)]).sort(),
        );
        expect(sources.find((s) => s.id === 'uncited-note')?.claimCount).toBe(0);
      });

      test('getSource lists the claims citing it with their relationships', async () => {
        const detail = await store.getSource('fractured-relations');
        expect(detail?.source.title).toBe('Mending fractured relations with Afghanistan');
        expect(detail?.claims).toHaveLength(citing('fractured-relations'));
        const shelter = detail?.claims.find(
          (c) => c.relationship.id === 'afghan-interim-government.SHELTERS.ttp',
        );
        expect(shelter?.claim.status).toBe('denied');
        expect(shelter?.relationship.contested).toBe(true);
        expect(shelter?.relationship).not.toHaveProperty('claims');
        expect(await store.getSource('atlantis-times')).toBeNull();
      });

      test('stats', async () => {
        const count = <T>(items: T[], key: (t: T) => string) =>
          items.reduce<Record<string, number>>((acc, t) => {
            acc[key(t)] = (acc[key(t)] ?? 0) + 1;
            return acc;
          }, {});
        expect(await store.stats()).toEqual({
          actors: fixture.actors.length,
          relationships: fixture.relationships.length,
          claims: fixture.relationships.reduce((n, r) => n + r.claims.length, 0),
          sources: fixture.sources.length,
          contested: fixture.relationships.filter((r) => isContested(r.claims)).length,
          byKind: count(fixture.actors, (a) => a.kind),
          byType: count(fixture.relationships, (r) => r.type),
        });
      });
    });
  });
}
