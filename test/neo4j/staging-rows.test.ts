// The staging statements name, in their CREATE patterns, exactly the properties the row builders
// of src/store/neo4j/rows.ts give a relationship or a claim: a property left out would be lost.
import { expect, test } from 'vitest';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import { toLoadRows } from '../../src/store/neo4j/rows.js';
import { fixtureDataset } from '../fixtures/dataset.js';

/** The keys of `key: row.props.key` in the statement; each must read the field of its name. */
function named(statement: string): string[] {
  return [...statement.matchAll(/(\w+): row\.props\.(\w+)/g)].map(([, key, field]) => {
    expect(field).toBe(key);
    return key!;
  });
}

const keysOf = (rows: Array<{ props: object }>) =>
  [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();

test('relationships.cypher and claims.cypher set every property of their rows, and no other', async () => {
  const { load } = await readCypherFiles();
  const rows = toLoadRows(fixtureDataset());
  expect(named(load.relationships).sort()).toEqual(
    keysOf([...rows.relationshipsByType.values()].flat()),
  );
  expect(named(load.claims).sort()).toEqual(keysOf(rows.claims));
});
