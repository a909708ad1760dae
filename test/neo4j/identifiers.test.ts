// The guard on the only names spliced into Cypher: actor-kind labels and relationship types.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import type { Cypher } from '../../src/store/neo4j/cypher-files.js';
import { withKindLabel, withRelationshipType } from '../../src/store/neo4j/identifiers.js';

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
