// The guards on what is spliced into Cypher: actor-kind labels, relationship types, hop bounds.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import type { Cypher } from '../../src/store/neo4j/cypher-files.js';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import {
  withDepthBound,
  withHopBound,
  DEPTH_BOUND_QUANTIFIER,
  withKindLabel,
  withRelationshipType,
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

  it('finds the quantifier in both path queries, and only in their pattern', async () => {
    const { query } = await readCypherFiles();
    for (const file of ['shortest-paths', 'simple-paths'] as const) {
      expect(query[file].split('{1,6}')).toHaveLength(2);
      expect(withHopBound(query[file], 3)).toContain('){1,3}(b)');
    }
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
