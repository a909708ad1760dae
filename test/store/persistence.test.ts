// The embedded store's file: reopening, crash safety of writes, and refusing corrupt files.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import { CorruptDataError } from '../../src/domain/errors.js';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import { fixtureAddition, fixtureDataset } from '../fixtures/dataset.js';
import { tempDirs } from '../fixtures/store.js';

// Lets a test make the rename fail, as a crash between writing the temporary file and renaming
// it over graph.json would.
const crash = vi.hoisted(() => ({ beforeRename: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (crash.beforeRename) throw new Error('simulated crash before rename');
      return actual.rename(from, to);
    },
  };
});

const makeDir = tempDirs();

async function storeWithFixture(dir: string) {
  const store = await openEmbeddedStore(dir);
  await store.load(fixtureDataset(), 'replace');
  return store;
}

async function expectCorrupt(dir: string, reason: RegExp): Promise<void> {
  const file = path.join(dir, 'graph.json');
  const err = await openEmbeddedStore(dir).then(
    () => expect.fail('expected opening to fail'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CorruptDataError);
  expect((err as CorruptDataError).file).toBe(file);
  expect((err as Error).message).toContain(file);
  expect((err as Error).message).toMatch(reason);
}

describe('reopening', () => {
  test('a new store on the same directory holds what was written', async () => {
    const dir = await makeDir();
    const first = await storeWithFixture(dir);
    await first.load(fixtureAddition(), 'merge');
    const written = await first.exportDataset();
    await first.close();
    const second = await openEmbeddedStore(dir);
    expect(await second.exportDataset()).toEqual(written);
    expect(await second.stats()).toEqual(await first.stats());
  });

  test('a dataset of many slices is written as the JSON of the whole, and reopens whole', async () => {
    // 25k relationships: the file is written in slices of 10k records.
    const dataset = syntheticDataset({ actors: 3_000, relationships: 25_000 });
    const dir = await makeDir();
    const store = await openEmbeddedStore(dir);
    await store.load(dataset, 'replace');
    const stored = await store.exportDataset();
    expect(await readFile(path.join(dir, 'graph.json'), 'utf8')).toBe(JSON.stringify(stored));
    const reopened = await openEmbeddedStore(dir);
    expect(await reopened.exportDataset()).toEqual(stored);
    expect((await reopened.stats()).relationships).toBe(25_000);
  });

  test('a missing directory is created and a missing file is an empty store', async () => {
    const dir = path.join(await makeDir(), 'nested', 'data');
    const store = await openEmbeddedStore(dir);
    expect(await store.isEmpty()).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('interrupted writes', () => {
  test('a stray temporary file from a crashed write is ignored', async () => {
    const dir = await makeDir();
    const before = await (await storeWithFixture(dir)).exportDataset();
    await writeFile(path.join(dir, '.graph.json.999.dead.tmp'), '{"sources": [');
    const reopened = await openEmbeddedStore(dir);
    expect(await reopened.exportDataset()).toEqual(before);
  });

  test('a crash before the rename keeps the previous file and the graph in memory', async () => {
    const dir = await makeDir();
    const store = await storeWithFixture(dir);
    const file = path.join(dir, 'graph.json');
    const bytes = await readFile(file, 'utf8');
    crash.beforeRename = true;
    try {
      await expect(store.load(fixtureAddition(), 'merge')).rejects.toThrow(/simulated crash/);
    } finally {
      crash.beforeRename = false;
    }
    expect(await readFile(file, 'utf8')).toBe(bytes);
    expect(await store.getActor('iran')).toBeNull();
    // No temporary file is left behind; the trust record still names the previous file.
    expect((await readdir(dir)).sort()).toEqual(['graph.json', 'graph.json.trust']);
    const reopened = await openEmbeddedStore(dir);
    expect(await reopened.getActor('iran')).toBeNull();
    expect(await reopened.getActor('ttp')).not.toBeNull();
  });

  test('the store keeps working after a failed write', async () => {
    const dir = await makeDir();
    const store = await storeWithFixture(dir);
    crash.beforeRename = true;
    await store.load(fixtureAddition(), 'merge').catch(() => undefined);
    crash.beforeRename = false;
    await store.load(fixtureAddition(), 'merge');
    expect(await (await openEmbeddedStore(dir)).getActor('iran')).not.toBeNull();
  });
});

describe('corrupt files are refused, never read as an empty graph', () => {
  test('a file that is not JSON', async () => {
    const dir = await makeDir();
    await writeFile(path.join(dir, 'graph.json'), '{"sources": [');
    await expectCorrupt(dir, /not valid JSON/);
  });

  test('JSON that is not a dataset', async () => {
    const dir = await makeDir();
    await writeFile(path.join(dir, 'graph.json'), '[]');
    await expectCorrupt(dir, /sources, actors and relationships/);
  });

  test('a dataset that fails validation', async () => {
    const dir = await makeDir();
    const broken = fixtureDataset();
    broken.relationships[0]!.to = 'atlantis';
    await writeFile(path.join(dir, 'graph.json'), JSON.stringify(broken));
    await expectCorrupt(dir, /unknown actor "atlantis"/);
  });

  test('a file that cannot be read', async () => {
    const dir = await makeDir();
    // A directory in its place: unreadable as a file even for root, unlike chmod 000.
    await mkdir(path.join(dir, 'graph.json'));
    await expectCorrupt(dir, /cannot be read \(EISDIR\)/);
  });
});
