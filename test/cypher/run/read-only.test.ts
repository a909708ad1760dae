// The write-clause check that runs before either backend: every write clause is refused with
// its name and place; names, properties, strings and comments that merely spell one are not.
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../../src/cypher/errors.js';
import { findWriteClause, refuseWrites } from '../../../src/cypher/run/read-only.js';

describe('findWriteClause', () => {
  it.each([
    ['CREATE (n:Actor {id: "x"})', 'CREATE', 1, 1],
    ['MATCH (n) SET n.name = "y"', 'SET', 1, 11],
    ['MATCH (n)\n  DETACH DELETE n', 'DETACH DELETE', 2, 3],
    ['MATCH (n) delete n', 'DELETE', 1, 11],
    ['MERGE (a:Actor {id: 1})', 'MERGE', 1, 1],
    ['MATCH (n) REMOVE n:Actor', 'REMOVE', 1, 11],
    ['MATCH (n) FOREACH (x IN [1] | SET n.x = x)', 'FOREACH', 1, 11],
    ['LOAD CSV FROM "file:///x" AS row RETURN row', 'LOAD CSV', 1, 1],
    ['MATCH (n) CALL { WITH n CREATE (m) } RETURN n', 'CREATE', 1, 25],
    ['DROP INDEX claim_claimant', 'DROP', 1, 1],
  ])('%s -> %s at %i:%i', (query, clause, line, column) => {
    expect(findWriteClause(query)).toMatchObject({ clause, position: { line, column } });
  });

  it.each([
    'MATCH (n:Actor) RETURN n.set, n.create',
    'MATCH (n) WHERE n.name = "CREATE (x)" RETURN n',
    'MATCH (n) // SET n.x = 1\nRETURN n',
    'MATCH (n) /* DELETE n */ RETURN n',
    'MATCH (n:`SET`) RETURN n',
    'RETURN {set: 1, create: 2} AS m',
    'MATCH (create) RETURN create',
    'WITH 1 AS set RETURN set',
    'MATCH (a)-[:REMOVE]->(b) RETURN a',
    'RETURN $set AS x',
  ])('reads %s', (query) => {
    expect(findWriteClause(query)).toBeNull();
  });

  it('refuses with read-only, naming the clause and its line and column', () => {
    let error: unknown;
    try {
      refuseWrites('MATCH (n)\nSET n.x = 1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({
      code: 'read-only',
      position: { line: 2, column: 1, offset: 10 },
    });
    expect((error as Error).message).toBe(
      'SET writes to the graph, and queries here are read-only',
    );
  });
});
