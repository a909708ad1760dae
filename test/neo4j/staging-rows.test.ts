// The staging statements name, in their CREATE patterns, exactly the properties the row builders
// of src/store/neo4j/rows.ts give a relationship or a claim, each read from its place in the row
// list: a property left out would be lost, one read from the wrong place stored under another name.
import { expect, test } from 'vitest';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import { asList, CLAIM_COLUMNS, RELATIONSHIP_COLUMNS } from '../../src/store/neo4j/rows.js';

/** The `key: row[i]` pairs of the statement's CREATE, as the key each place of the row holds. */
function placed(statement: string): string[] {
  const keys: string[] = [];
  const created = statement.slice(statement.lastIndexOf('CREATE ('));
  for (const [, key, at] of created.matchAll(/(\w+): row\[(\d+)\]/g)) keys[Number(at)] = key!;
  return keys;
}

test('relationships.cypher and claims.cypher set every property of their rows, and no other', async () => {
  // The columns are the model's property lists, which test/cypher/model.test.ts holds to the
  // row builders' keys; here each must be read from its place, after the ids the statement
  // seeks (two actors, one source).
  const { load } = await readCypherFiles();
  expect(placed(load.relationships)).toEqual([undefined, undefined, ...RELATIONSHIP_COLUMNS]);
  expect(placed(load.claims)).toEqual([undefined, ...CLAIM_COLUMNS]);
});

test('a row list holds the ends, then each column, absent properties as null', () => {
  expect(asList(['a', 'b'], { last: '2024', id: 'r1' }, ['id', 'first', 'last'])).toEqual([
    'a',
    'b',
    'r1',
    null,
    '2024',
  ]);
});
