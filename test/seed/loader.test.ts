// Reading seed folders and loading them into a store: file errors name the file, seeding is
// idempotent, --reset replaces, and an invalid seed changes nothing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import type { Dataset } from '../../src/domain/schema.js';
import { defaultSeedDir, packageRoot, readSeedDir, seedIfEmpty, seedStore } from '../../src/seed/index.js';
import { openTempStore, tempDirs } from '../fixtures/store.js';
import { fixture } from '../paths/fixture.js';

const makeDir = tempDirs();

/** Writes `dataset` as a seed folder, its relationships split over two theme files. */
async function writeSeed(dataset: Dataset, files: Record<string, string> = {}): Promise<string> {
  const dir = await makeDir();
  const half = Math.ceil(dataset.relationships.length / 2);
  const contents: Record<string, string> = {
    'sources.json': JSON.stringify(dataset.sources),
    'actors.json': JSON.stringify(dataset.actors),
    'relationships/b-structure.json': JSON.stringify(dataset.relationships.slice(0, half)),
    'relationships/a-conflict.json': JSON.stringify(dataset.relationships.slice(half)),
    ...files,
  };
  await mkdir(path.join(dir, 'relationships'));
  for (const [name, text] of Object.entries(contents)) {
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function fileIssues(dir: string): Promise<Array<{ file?: string; message: string }>> {
  const err = await readSeedDir(dir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).issues;
}

const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('readSeedDir', () => {
  it('reads every file, relationship files in name order, and remembers where each record came from', async () => {
    const dir = await writeSeed(fixture);
    const { raw, files } = await readSeedDir(dir);
    const half = Math.ceil(fixture.relationships.length / 2);
    expect(raw.sources).toEqual(fixture.sources);
    expect(raw.actors).toEqual(fixture.actors);
    expect(raw.relationships).toEqual([
      ...fixture.relationships.slice(half),
      ...fixture.relationships.slice(0, half),
    ]);
    expect(files.relationships[0]).toMatch(/relationships[/\\]a-conflict\.json$/);
    expect(files.relationships.at(-1)).toMatch(/relationships[/\\]b-structure\.json$/);
    expect(files.actors).toHaveLength(fixture.actors.length);
    expect(files.actors[0]).toMatch(/actors\.json$/);
  });

  it('ignores files in relationships/ that are not .json', async () => {
    const dir = await writeSeed(fixture, { 'relationships/notes.md': 'not data' });
    const { raw } = await readSeedDir(dir);
    expect(raw.relationships).toHaveLength(fixture.relationships.length);
  });

  it('names a missing file', async () => {
    const missing = await makeDir();
    const issues = await fileIssues(missing);
    expect(issues.map((i) => path.basename(i.file ?? ''))).toEqual(
      expect.arrayContaining(['relationships', 'sources.json', 'actors.json']),
    );
    expect(issues.every((i) => /missing/.test(i.message))).toBe(true);
  });

  it('names a file that is not JSON', async () => {
    const dir = await writeSeed(fixture, { 'relationships/a-conflict.json': '[{"type": ' });
    const [issue, ...rest] = await fileIssues(dir);
    expect(rest).toEqual([]);
    expect(issue?.file).toMatch(/a-conflict\.json$/);
    expect(issue?.message).toMatch(/not valid JSON/);
  });

  it('names a file that holds no array', async () => {
    const dir = await writeSeed(fixture, { 'actors.json': '{"actors": []}' });
    const [issue, ...rest] = await fileIssues(dir);
    expect(rest).toEqual([]);
    expect(issue?.file).toMatch(/actors\.json$/);
    expect(issue?.message).toMatch(/JSON array, found an object/);
  });
});

describe('seedStore', () => {
  it('gives the same graph when run twice', async () => {
    const dir = await writeSeed(fixture);
    const store = await openTempStore(makeDir);
    const first = await seedStore(store, dir);
    const once = await store.exportDataset();
    const second = await seedStore(store, dir);
    expect(second).toEqual(first);
    expect(await store.exportDataset()).toEqual(once);
    expect(first).toEqual({
      actors: fixture.actors.length,
      relationships: fixture.relationships.length,
      sources: fixture.sources.length,
    });
  });

  it('merges by default and replaces with reset', async () => {
    const store = await openTempStore(makeDir);
    await seedStore(store, await writeSeed(fixture));
    // A smaller graph: two actors, one source, one relationship.
    const small: Dataset = {
      sources: [{ id: 'src-z', title: 'Another article', kind: 'news' }],
      actors: fixture.actors.filter((a) => a.id === 'pakistan' || a.id === 'ttp'),
      relationships: [
        {
          type: 'TARGETS',
          from: 'ttp',
          to: 'pakistan',
          claims: [{ source: 'src-z', summary: 'Attacks on posts.', claimedBy: 'author', status: 'reported' }],
        },
      ],
    };
    const smallDir = await writeSeed(small);

    await seedStore(store, smallDir);
    const merged = await store.exportDataset();
    expect(merged.actors).toHaveLength(fixture.actors.length);
    expect(merged.relationships).toHaveLength(fixture.relationships.length + 1);

    await seedStore(store, smallDir, { reset: true });
    const replaced = await store.exportDataset();
    expect(sortById(replaced.actors)).toEqual(sortById(small.actors));
    expect(replaced.sources).toEqual(small.sources);
    expect(replaced.relationships).toEqual(small.relationships);
  });

  it('leaves the store untouched when the seed is invalid, naming file, record and field', async () => {
    const store = await openTempStore(makeDir);
    await seedStore(store, await writeSeed(fixture));
    const before = await store.exportDataset();
    const broken = {
      type: 'SHELTERS',
      from: 'aig',
      to: 'nobody',
      claims: [{ source: 'src-a', summary: 'x', claimedBy: 'author', status: 'reported' }],
    };
    const dir = await writeSeed(fixture, {
      'relationships/c-broken.json': JSON.stringify([broken]),
    });
    const err = await seedStore(store, dir, { reset: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/c-broken\.json$/),
        record: 'aig.SHELTERS.nobody',
        path: 'to',
      }),
    );
    expect(await store.exportDataset()).toEqual(before);
  });
});

describe('seedIfEmpty', () => {
  it('seeds an empty store once and then leaves it alone', async () => {
    const dir = await writeSeed(fixture);
    const store = await openTempStore(makeDir);
    expect(await seedIfEmpty(store, dir)).toMatchObject({ actors: fixture.actors.length });
    expect(await seedIfEmpty(store, dir)).toBeNull();
  });
});

describe('defaultSeedDir', () => {
  it('is the seed/ folder of the package this source file belongs to', () => {
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    expect(packageRoot()).toBe(repo);
    expect(defaultSeedDir()).toBe(path.join(repo, 'seed'));
  });
});
