// Reopening a store we wrote: validation is skipped exactly when graph.json still hashes to the
// digest recorded after it was last validated, and the graph is the same either way.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { CorruptDataError } from '../../src/domain/errors.js';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import { RULES_VERSION } from '../../src/store/embedded/trust.js';
import { tempDirs, writtenStore } from '../fixtures/store.js';

const makeDir = tempDirs();

function written(): ReturnType<typeof writtenStore> {
  return writtenStore(makeDir);
}

interface Record {
  sha256: string;
  rules: number;
  layout: { sha256: string; bytes: string };
}

async function readRecord(trust: string): Promise<Record> {
  return JSON.parse(await readFile(trust, 'utf8')) as Record;
}

/** graph.json with its first actor's name emptied: the schema refuses it. */
async function breakName(file: string): Promise<string> {
  const json = JSON.parse(await readFile(file, 'utf8')) as { actors: { name: string }[] };
  (json.actors[0] as { name: string }).name = '';
  const text = JSON.stringify(json);
  await writeFile(file, text);
  return createHash('sha256').update(text).digest('hex');
}

describe('reopening a store it wrote', () => {
  test('gives the same graph as a validated open', async () => {
    const { dir, trust } = await written();
    const trusted = await openEmbeddedStore(dir);
    await rm(trust);
    const validated = await openEmbeddedStore(dir);
    expect(await trusted.exportDataset()).toEqual(await validated.exportDataset());
    const query = { from: 'ttp', to: 'kabul', maxHops: 4, directed: false, limit: 50 };
    expect(await trusted.simplePaths(query)).toEqual(await validated.simplePaths(query));
    expect(await trusted.search('Tehrik')).toEqual(await validated.search('Tehrik'));
  });

  test('validates a file changed since it was written', async () => {
    const { dir, file } = await written();
    await breakName(file);
    await expect(openEmbeddedStore(dir)).rejects.toBeInstanceOf(CorruptDataError);
  });

  test('skips validation when the digest matches, and only under the same rules', async () => {
    const { dir, file, trust } = await written();
    const record = await readRecord(trust);
    // A record naming the broken file's digest: only a skipped validation lets it open.
    const sha256 = await breakName(file);
    await writeFile(trust, JSON.stringify({ ...record, sha256 }));
    const opened = await openEmbeddedStore(dir);
    expect((await opened.exportDataset()).actors[0]?.name).toBe('');
    await writeFile(trust, JSON.stringify({ ...record, sha256, rules: RULES_VERSION + 1 }));
    await expect(openEmbeddedStore(dir)).rejects.toBeInstanceOf(CorruptDataError);
  });

  test('validates again when the recorded layout is damaged', async () => {
    const { dir, file, trust } = await written();
    const record = await readRecord(trust);
    const sha256 = await breakName(file);
    const bytes = Buffer.from(record.layout.bytes, 'base64');
    bytes[0] = (bytes[0] as number) ^ 1;
    const layout = { ...record.layout, bytes: bytes.toString('base64') };
    await writeFile(trust, JSON.stringify({ ...record, sha256, layout }));
    await expect(openEmbeddedStore(dir)).rejects.toBeInstanceOf(CorruptDataError);
    const cut = { ...record.layout, bytes: bytes.subarray(9).toString('base64') };
    await writeFile(trust, JSON.stringify({ ...record, sha256, layout: cut }));
    await expect(openEmbeddedStore(dir)).rejects.toBeInstanceOf(CorruptDataError);
  });

  test('records the digest after validating a file it had no record for', async () => {
    const { dir, file, trust } = await written();
    await rm(trust);
    await openEmbeddedStore(dir);
    const digest = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    expect(await readRecord(trust)).toMatchObject({ sha256: digest, rules: RULES_VERSION });
  });
});
