// Query rows, made by hand in the shapes the cypher/queries files return, mapped to GraphStore
// results: the actor detail and its order, path sets, the neighbourhood, sources and stats.
import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../src/domain/kinds.js';
import { toActorDetail } from '../../src/store/neo4j/actor-detail.js';
import { toFoundPaths, toPathSet } from '../../src/store/neo4j/paths.js';
import type { Row } from '../../src/store/neo4j/transactions.js';
import { toNeighbourhood, toSourceDetail, toStats } from '../../src/store/neo4j/views.js';
import type { ActorSummary } from '../../src/store/types.js';

const actor = (id: string, kind: string, name: string): Row => ({
  id,
  kind,
  name,
  aliases: [],
  description: `${name}.`,
  ord: 0,
});
const PAK = actor('pakistan-government', 'Government', 'Government of Pakistan');
const TTP = actor('ttp', 'ArmedGroup', 'Tehrik-i-Taliban Pakistan');
const AIG = actor('afghan-interim-government', 'Government', 'Afghan Interim Government');
const SOURCE: Row = { id: 'talks', title: 'Talks and strikes', kind: 'news', ord: 0 };

function rel(type: string, from: string, to: string, extra: Row = {}): Row {
  return {
    type,
    from,
    to,
    rel: {
      id: `${from}.${type}.${to}`,
      symmetric: false,
      contested: false,
      claimCount: 1,
      sources: ['talks'],
      ord: 0,
      ...extra,
    },
  };
}

function claim(claimedBy: string, claimant: string | null, extra: Row = {}): Row {
  return {
    claim: { summary: 'Said so.', claimedBy, status: 'reported', source: 'talks', ...extra },
    source: SOURCE,
    claimant,
  };
}

describe('toActorDetail', () => {
  const detail = toActorDetail({ actor: PAK, degree: 4 }, [
    { ...rel('TARGETS', 'ttp', 'pakistan-government'), other: TTP, claims: [] },
    {
      ...rel('STRIKES', 'pakistan-government', 'ttp'),
      other: TTP,
      claims: [claim('unnamed', null), claim('author', null), claim('ttp', TTP.name as string)],
    },
    { ...rel('STRIKES', 'ttp', 'pakistan-government'), other: TTP, claims: [] },
    {
      ...rel('MEETS', 'afghan-interim-government', 'pakistan-government', { symmetric: true }),
      other: AIG,
      claims: [],
    },
    {
      ...rel('STRIKES', 'pakistan-government', 'afghan-interim-government'),
      other: AIG,
      claims: [],
    },
  ]);

  it('orders by vocabulary type, then the other name, then out before in', () => {
    expect(detail.relationships.map((r) => r.id)).toEqual([
      'pakistan-government.STRIKES.afghan-interim-government',
      'pakistan-government.STRIKES.ttp',
      'ttp.STRIKES.pakistan-government',
      'ttp.TARGETS.pakistan-government',
      'afghan-interim-government.MEETS.pakistan-government',
    ]);
  });

  it('says which way each relationship points from the actor', () => {
    const direction = Object.fromEntries(detail.relationships.map((r) => [r.id, r.direction]));
    expect(direction['pakistan-government.STRIKES.ttp']).toBe('out');
    expect(direction['ttp.TARGETS.pakistan-government']).toBe('in');
    expect(direction['afghan-interim-government.MEETS.pakistan-government']).toBe('both');
  });

  it('names each claimant and gives each claim its source', () => {
    const strikes = detail.relationships.find((r) => r.id === 'pakistan-government.STRIKES.ttp');
    expect(strikes?.claims.map((c) => c.claimedByName)).toEqual([
      'unnamed sources',
      "the article's author",
      'Tehrik-i-Taliban Pakistan',
    ]);
    expect(strikes?.claims[0]?.sourceInfo).toEqual({
      id: 'talks',
      title: 'Talks and strikes',
      kind: 'news',
    });
    expect(strikes?.other).toEqual({ id: 'ttp', kind: 'ArmedGroup', name: TTP.name });
    expect(detail.degree).toBe(4);
    expect(detail.actor.id).toBe('pakistan-government');
  });
});

describe('path sets', () => {
  const summary = (a: Row): ActorSummary => ({
    id: a.id as string,
    kind: a.kind as ActorKind,
    name: a.name as string,
  });
  const walk = (id: string, type: string, start: string, end: string) => ({ id, type, start, end });
  // ttp -STRIKES(backward)- pakistan-government -MEETS(forward)- afghan-interim-government
  const rows: Row[] = [
    {
      nodes: [TTP, PAK, AIG].map(summary),
      rels: [
        walk('pakistan-government.STRIKES.ttp', 'STRIKES', 'pakistan-government', 'ttp'),
        walk(
          'afghan-interim-government.MEETS.pakistan-government',
          'MEETS',
          'afghan-interim-government',
          'pakistan-government',
        ),
      ],
    },
    {
      nodes: [TTP, PAK, AIG].map(summary),
      rels: [
        walk('ttp.TARGETS.pakistan-government', 'TARGETS', 'ttp', 'pakistan-government'),
        walk(
          'afghan-interim-government.MEETS.pakistan-government',
          'MEETS',
          'afghan-interim-government',
          'pakistan-government',
        ),
      ],
    },
  ];

  it('keeps the rows up to the limit and says when there were more', () => {
    expect(toFoundPaths(rows, 2).truncated).toBe(false);
    const cut = toFoundPaths(rows, 1);
    expect(cut.truncated).toBe(true);
    expect(cut.paths).toHaveLength(1);
    expect(cut.relationships.map((r) => r.id)).toEqual([
      'pakistan-government.STRIKES.ttp',
      'afghan-interim-government.MEETS.pakistan-government',
    ]);
  });

  it('walks each hop forward or backward from the node the path is at', () => {
    const [path] = toFoundPaths(rows, 2).paths;
    expect(path).toEqual({
      nodes: ['ttp', 'pakistan-government', 'afghan-interim-government'],
      hops: [
        {
          relationship: 'pakistan-government.STRIKES.ttp',
          type: 'STRIKES',
          from: 'ttp',
          to: 'pakistan-government',
          direction: 'backward',
        },
        {
          relationship: 'afghan-interim-government.MEETS.pakistan-government',
          type: 'MEETS',
          from: 'pakistan-government',
          to: 'afghan-interim-government',
          direction: 'backward',
        },
      ],
    });
    expect(toFoundPaths(rows, 2).paths[1]?.hops[0]?.direction).toBe('forward');
  });

  it('fills the actors, the ends first, and each relationship with its sources', () => {
    const found = toFoundPaths(rows, 1);
    const details = found.relationships.map((ref) => ({
      ...rel(ref.id.split('.')[1] as string, ref.from, ref.to),
      claims: [{ summary: 'Said so.', claimedBy: 'author', status: 'reported', source: 'talks' }],
      sources: [SOURCE],
    }));
    const set = toPathSet(found, [summary(TTP), summary(AIG)], details);
    expect(Object.keys(set.actors)).toEqual([
      'ttp',
      'afghan-interim-government',
      'pakistan-government',
    ]);
    expect(Object.keys(set.relationships)).toEqual(found.relationships.map((r) => r.id));
    expect(set.relationships['pakistan-government.STRIKES.ttp']?.claims).toHaveLength(1);
    expect(set.sources).toEqual({
      talks: { id: 'talks', title: 'Talks and strikes', kind: 'news' },
    });
  });

  it('fails loudly when a walked relationship has no details', () => {
    expect(() => toPathSet(toFoundPaths(rows, 1), [], [])).toThrow(
      'path-details returned no relationship "pakistan-government.STRIKES.ttp"',
    );
  });

  it('gives no paths and only the ends when nothing was found', () => {
    const set = toPathSet(toFoundPaths([], 5), [summary(TTP)], []);
    expect(set).toEqual({
      paths: [],
      truncated: false,
      actors: { ttp: summary(TTP) },
      relationships: {},
      sources: {},
    });
  });
});

describe('views', () => {
  it('toNeighbourhood gives each node its distance', () => {
    const n = toNeighbourhood('ttp', {
      nodes: [
        { actor: TTP, degree: 2, distance: 0 },
        { actor: PAK, degree: 5, distance: 1 },
      ],
      edges: [rel('STRIKES', 'pakistan-government', 'ttp')],
    });
    expect(n.center).toBe('ttp');
    expect(n.distance).toEqual({ ttp: 0, 'pakistan-government': 1 });
    expect(n.nodes.map((x) => [x.id, x.degree])).toEqual([
      ['ttp', 2],
      ['pakistan-government', 5],
    ]);
    expect(n.edges.map((e) => e.id)).toEqual(['pakistan-government.STRIKES.ttp']);
  });

  it('toSourceDetail gives each claim beside its relationship, without claims', () => {
    const detail = toSourceDetail({
      source: SOURCE,
      claims: [
        {
          ...rel('STRIKES', 'pakistan-government', 'ttp', { contested: true }),
          claim: { summary: 'Denied.', claimedBy: 'ttp', status: 'denied', source: 'talks' },
        },
      ],
    });
    expect(detail.source.id).toBe('talks');
    expect(detail.claims[0]?.claim.status).toBe('denied');
    expect(detail.claims[0]?.relationship).toEqual({
      id: 'pakistan-government.STRIKES.ttp',
      type: 'STRIKES',
      from: 'pakistan-government',
      to: 'ttp',
      symmetric: false,
      contested: true,
    });
  });

  it('toStats turns [name, count] pairs into records', () => {
    const row = {
      actors: 3,
      relationships: 2,
      claims: 4,
      sources: 1,
      contested: 1,
      byKind: [
        ['Government', 2],
        ['ArmedGroup', 1],
      ],
      byType: [['STRIKES', 2]],
    };
    expect(toStats(row)).toEqual({
      actors: 3,
      relationships: 2,
      claims: 4,
      sources: 1,
      contested: 1,
      byKind: { Government: 2, ArmedGroup: 1 },
      byType: { STRIKES: 2 },
    });
    expect(() => toStats({ ...row, byType: [['STRIKES', '2']] })).toThrow(/byType/);
  });
});
