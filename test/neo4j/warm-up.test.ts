// The Neo4j store's warm-up reads the actor names once and builds their search index, ahead of the
// first search, and a failed read is not remembered: the next query reads again. No server: the
// transactions are a fake that answers the names statement and counts what it is asked.
import type { Driver } from 'neo4j-driver';
import { expect, test, vi } from 'vitest';
import { NameIndex } from '../../src/domain/names.js';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import { Neo4jStore } from '../../src/store/neo4j/store.js';
import type { Run, Transactions } from '../../src/store/neo4j/transactions.js';

async function fakeStore(failFirst = false) {
  const cypher = await readCypherFiles();
  const asked: string[] = [];
  const run: Run = async (query) => {
    asked.push(query === cypher.query.names ? 'names' : 'other');
    if (failFirst && asked.length === 1) throw new Error('server gone');
    return [{ id: 'ttp', kind: 'ArmedGroup', name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP'] }];
  };
  const tx = { read: (work: (r: Run) => Promise<unknown>) => work(run) } as Transactions;
  return { store: new Neo4jStore({} as Driver, tx, cypher), asked };
}

test('warmUp reads the names and builds the search index; searches after it build nothing more', async () => {
  // The index's own builder, private: what the first search would otherwise run.
  const build = vi.spyOn(
    NameIndex.prototype as unknown as { buildLookups(): unknown },
    'buildLookups',
  );
  const { store, asked } = await fakeStore();
  await store.warmUp();
  expect(asked).toEqual(['names']);
  expect(build).toHaveBeenCalledTimes(1);
  expect((await store.search('TTP')).map((h) => h.id)).toEqual(['ttp']);
  expect((await store.search('Tehrik')).map((h) => h.id)).toEqual(['ttp']);
  expect(asked).toEqual(['names']);
  expect(build).toHaveBeenCalledTimes(1);
  build.mockRestore();
});

test('a failed warm-up is read again by the first search', async () => {
  const { store, asked } = await fakeStore(true);
  await expect(store.warmUp()).rejects.toThrow('server gone');
  expect((await store.search('TTP')).map((h) => h.id)).toEqual(['ttp']);
  expect(asked).toEqual(['names', 'names']);
});
