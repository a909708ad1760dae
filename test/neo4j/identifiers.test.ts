// The guards on what is spliced into Cypher: actor-kind labels, relationship types, hop bounds.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import type { Cypher } from '../../src/store/neo4j/cypher-files.js';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import {
  withDepthBound,
  withHalfHopBounds,
  withHopBound,
  HALF_HOP_QUANTIFIERS,
  DEPTH_BOUND_QUANTIFIER,
  withKindLabel,
  withRelationshipType,
  withTypesAndHops,
  ANY_TYPE_HOPS,
} from '../../src/store/neo4j/identifiers.js';

const actors = 'UNWIND $batch AS row MERGE (a:Actor {id: row.id}) SET a:__KIND__' as Cypher;
const rels = 'MATCH (a), (b) MERGE (a)-[r:__TYPE__]->(b)' as Cypher;

describe('withKindLabel', () => {
  it.each(ACTOR_KINDS)('writes the kind %s as the label', (kind) => {
    expect(withKindLabel(actors, kind)).toBe(
      `UNWIND $batch AS row MERGE (a:Actor {id: row.id}) SET a:${kind}`,
    );
  });

  it.each(['Actor', 'armedgroup', 'ArmedGroup DETACH DELETE a //', 'Person`:Admin', '', 'STRIKES'])(
    'refuses %j, which is no actor kind',
    (name) => {
      expect(() => withKindLabel(actors, name)).toThrow(/not an actor kind/);
    },
  );

  it('refuses a template without the placeholder', () => {
    expect(() => withKindLabel(rels, 'Person')).toThrow(/__KIND__/);
  });
});

describe('withRelationshipType', () => {
  it.each(RELATIONSHIP_TYPE_NAMES)('writes the type %s', (type) => {
    expect(withRelationshipType(rels, type)).toBe(`MATCH (a), (b) MERGE (a)-[r:${type}]->(b)`);
  });

  it.each(['CITES', 'strikes', 'STRIKES]->(b) DETACH DELETE b //', 'State', ' STRIKES'])(
    'refuses %j, which is no vocabulary type',
    (name) => {
      expect(() => withRelationshipType(rels, name)).toThrow(/not a relationship type/);
    },
  );

  it('refuses a template without the placeholder', () => {
    expect(() => withRelationshipType(actors, 'STRIKES')).toThrow(/__TYPE__/);
  });
});

describe('withHopBound', () => {
  const paths = 'MATCH p = (a)((x)-[r]-(y)){1,6}(b) RETURN p' as Cypher;

  it.each([1, 2, 3, 4, 5, 6])('narrows the quantifier to %i hops', (n) => {
    expect(withHopBound(paths, n)).toBe(`MATCH p = (a)((x)-[r]-(y)){1,${n}}(b) RETURN p`);
  });

  it.each([0, 7, 2.5, Number.NaN, -1])('refuses %s hops', (n) => {
    expect(() => withHopBound(paths, n)).toThrow(/whole number of hops from 1 to 6/);
  });

  it('refuses a template without the quantifier', () => {
    expect(() => withHopBound(rels, 3)).toThrow(/\{1,6\}/);
  });

  it('finds the quantifier in the shortest-path query, and only in its pattern', async () => {
    const { query } = await readCypherFiles();
    expect(query['shortest-paths'].split('{1,6}')).toHaveLength(2);
    expect(withHopBound(query['shortest-paths'], 3)).toContain('){1,3}(b)');
  });
});

describe('withTypesAndHops', () => {
  const paths = 'MATCH p = allShortestPaths((a)-[*1..6]-(b)) RETURN p' as Cypher;

  it.each([
    [null, 6, '[*1..6]'],
    [[], 2, '[*1..2]'],
    [['STRIKES'], 1, '[:STRIKES*1..1]'],
    [['SHELTERS', 'STRIKES', 'TARGETS'], 4, '[:SHELTERS|STRIKES|TARGETS*1..4]'],
  ])('writes the types %j and %i hops as %s', (types, hops, written) => {
    expect(withTypesAndHops(paths, types, hops)).toBe(
      `MATCH p = allShortestPaths((a)-${written}-(b)) RETURN p`,
    );
  });

  it.each(['CITES', 'strikes', 'STRIKES*1..6]-(b) DETACH DELETE b //', ''])(
    'refuses the type %j, which is no vocabulary type',
    (type) => {
      expect(() => withTypesAndHops(paths, ['SHELTERS', type], 3)).toThrow(
        /not a relationship type/,
      );
    },
  );

  it.each([0, 7, 2.5])('refuses %s hops', (n) => {
    expect(() => withTypesAndHops(paths, null, n)).toThrow(/whole number of hops from 1 to 6/);
  });

  it('finds the pattern in the undirected shortest-path query, once', async () => {
    const { query } = await readCypherFiles();
    expect(query['shortest-paths-undirected'].split(ANY_TYPE_HOPS)).toHaveLength(2);
    expect(withTypesAndHops(query['shortest-paths-undirected'], ['STRIKES'], 3)).toContain(
      'allShortestPaths((a)-[:STRIKES*1..3]-(b))',
    );
  });
});

describe('withHalfHopBounds', () => {
  const halves = 'MATCH (a)((x)-[r]-(y)){1,3}(m) MATCH (m)((u)-[q]-(v)){0,3}(b)' as Cypher;

  it.each([
    [1, '{1,1}', '{0,1}'],
    [2, '{1,1}', '{0,1}'],
    [3, '{1,2}', '{0,1}'],
    [4, '{1,2}', '{0,2}'],
    [5, '{1,3}', '{0,2}'],
    [6, '{1,3}', '{0,3}'],
  ])('splits %i hops into a first half of %s and a second of %s', (n, first, second) => {
    expect(withHalfHopBounds(halves, n)).toBe(
      `MATCH (a)((x)-[r]-(y))${first}(m) MATCH (m)((u)-[q]-(v))${second}(b)`,
    );
  });

  it.each([0, 7, 1.5])('refuses %s hops', (n) => {
    expect(() => withHalfHopBounds(halves, n)).toThrow(/whole number of hops from 1 to 6/);
  });

  it('finds both halves in the simple-path query, once each', async () => {
    const { query } = await readCypherFiles();
    for (const quantifier of HALF_HOP_QUANTIFIERS) {
      expect(query['simple-paths'].split(quantifier)).toHaveLength(2);
    }
    expect(withHalfHopBounds(query['simple-paths'], 4)).toContain('){0,2}(b)');
  });
});

describe('withDepthBound', () => {
  it.each([1, 2, 3])('narrows the neighbourhood quantifier to depth %i', async (n) => {
    const { query } = await readCypherFiles();
    expect(query.neighbourhood.split(DEPTH_BOUND_QUANTIFIER)).toHaveLength(2);
    expect(withDepthBound(query.neighbourhood, n)).toContain(`){0,${n}}(n:Actor)`);
  });

  it.each([0, 4, 1.5])('refuses depth %s', (n) => {
    const pattern = 'MATCH p = (a)((x)-[r]-(y)){0,3}(n) RETURN p' as Cypher;
    expect(() => withDepthBound(pattern, n)).toThrow(/whole number of hops of depth from 1 to 3/);
  });
});
