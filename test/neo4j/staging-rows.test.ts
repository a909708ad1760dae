// The staging statements name, in their CREATE patterns, exactly the properties the row builders
// of src/store/neo4j/rows.ts give a relationship or a claim, each read from its place in the row
// list: a property left out would be lost, one read from the wrong place stored under another name.
import { expect, test } from 'vitest';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import {
  asList,
  CLAIM_COLUMNS,
  RELATIONSHIP_COLUMNS,
  toLoadRows,
} from '../../src/store/neo4j/rows.js';
import { fixtureDataset } from '../fixtures/dataset.js';

/** The `key: row[i]` pairs of the statement's CREATE, as the key each place of the row holds. */
function placed(statement: string): string[] {
  const keys: string[] = [];
  const created = statement.slice(statement.lastIndexOf('CREATE ('));
  for (const [, key, at] of created.matchAll(/(\w+): row\[(\d+)\]/g)) keys[Number(at)] = key!;
  return keys;
}

const keysOf = (rows: Array<{ props: object }>) =>
  [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();

test('relationships.cypher and claims.cypher set every property of their rows, and no other', async () => {
  const { load } = await readCypherFiles();
  const rows = toLoadRows(fixtureDataset());
  expect([...RELATIONSHIP_COLUMNS].sort()).toEqual(
    keysOf([...rows.relationshipsByType.values()].flat()),
  );
  expect([...CLAIM_COLUMNS].sort()).toEqual(keysOf(rows.claims));
  // After the ids the statement seeks: two actors, one source.
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
