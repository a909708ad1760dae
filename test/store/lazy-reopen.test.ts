// Reopening a store the store wrote itself parses only its sources and actors: each relationship
// is parsed from its recorded byte range when first read, and the facts views need come from the
// trust record. The answers must be those of a validated open, whatever the text holds (multi-byte
// characters move byte offsets away from string offsets), and a damaged record of rows falls back
// to parsing the whole file.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import { CorruptDataError } from '../../src/domain/errors.js';
import type { Dataset } from '../../src/domain/schema.js';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import { readDatasetFile, writeDatasetFile } from '../../src/store/embedded/persist.js';
import { lazyGraph, readTrust } from '../../src/store/embedded/trust.js';
import type { GraphStore } from '../../src/store/types.js';
import { tempDirs, writtenStore } from '../fixtures/store.js';

const makeDir = tempDirs();

const RELATIONSHIPS = 25_000;

/**
 * A synthetic graph of three slices of graph.json (10k records each): the first all ASCII, the
 * second with multi-byte characters in some claims (byte offsets differ from string offsets), the
 * third with one record whose keys come in another order (as an API client may send them).
 */
function dataset(): Dataset {
  const ds = syntheticDataset({ actors: 4_000, relationships: RELATIONSHIPS });
  ds.actors[3]!.name = 'Peshāwar قبائلی';
  for (const [i, rel] of ds.relationships.entries()) {
    if (i >= 10_000 && i < 20_000 && i % 7 === 0) rel.claims[0]!.summary = `Claim: “قبائلی” — é`;
    if (i % 11 === 0) rel.claims.push({ ...rel.claims[0]!, status: 'denied' });
  }
  const { type, ...rest } = ds.relationships[20_005]!;
  ds.relationships[20_005] = { ...rest, type };
  return ds;
}

function written(): ReturnType<typeof writtenStore> {
  return writtenStore(makeDir, dataset());
}

/** Every kind of answer a reader asks for, on a few actors and pairs. */
async function answers(store: GraphStore): Promise<unknown[]> {
  const { actors } = await store.exportDataset();
  const ids = [0, 3, 150, 3_999].map((i) => actors[i]!.id);
  const out: unknown[] = [
    await store.stats(),
    await store.getCompactGraph(),
    await store.getCompactGraph({ minClaims: 2 }),
    await store.getGraph({ from: '2018-01-01', to: '2019-12-31' }),
    await store.getGraph({ contestedOnly: true }),
    await store.listSources(),
    await store.getSource('synthetic-source-3'),
  ];
  for (const id of ids) {
    out.push(await store.getActor(id), await store.neighbourhood(id, { depth: 2 }));
    for (const other of ids) {
      if (other === id) continue;
      const query = { from: id, to: other, maxHops: 4, directed: false, limit: 20 };
      out.push(await store.shortestPaths(query), await store.simplePaths(query));
    }
  }
  out.push(await store.exportDataset());
  return out;
}

describe('reopening a store it wrote, relationships parsed on demand', () => {
  test('answers as a validated open does', async () => {
    const { dir, trust } = await written();
    const lazy = await openEmbeddedStore(dir);
    const lazyAnswers = await answers(lazy);
    await rm(trust);
    const validated = await openEmbeddedStore(dir);
    expect(lazyAnswers).toEqual(await answers(validated));
  });

  test('parses no relationship at the open, and each from its own bytes when read', async () => {
    const { file } = await written();
    const read = (await readDatasetFile(file))!;
    const trusted = (await readTrust(file, read.sha256))!;
    const stored = (JSON.parse(read.bytes.toString('utf8')) as Dataset).relationships;
    expect(trusted.rows).toBeDefined();
    // Relationship 5's text made unparsable after the digest was checked: the open does not
    // notice, a read of relationship 5 does, and its neighbours still parse.
    const { offsets } = trusted.rows!;
    read.bytes.fill('#'.charCodeAt(0), offsets[5]!, offsets[5]! + 3);
    const graph = lazyGraph(read.bytes, trusted)!;
    expect(graph.relationshipCount).toBe(RELATIONSHIPS);
    expect(() => graph.storedRelationship(5)).toThrow(SyntaxError);
    for (const i of [0, 4, 6, 10_010, 20_005, RELATIONSHIPS - 1])
      expect(graph.storedRelationship(i)).toEqual(stored[i]);
  });

  test('the store opens such a file, and lists its sources, without parsing its relationships', async () => {
    const { dir, file, trust } = await written();
    const read = (await readDatasetFile(file))!;
    const { offsets } = (await readTrust(file, read.sha256))!.rows!;
    const original = await openEmbeddedStore(dir);
    const sources = await original.listSources();
    const ninth = (JSON.parse(read.bytes.toString('utf8')) as Dataset).relationships[9]!;
    const uncited = sources.find((s) => !ninth.claims.some((c) => c.source === s.id))!;
    const detail = await original.getSource(uncited.id);
    // Relationship 9 made unparsable, and the record made to name the changed file: only an open
    // that leaves relationship 9 unparsed succeeds.
    read.bytes.fill('#'.charCodeAt(0), offsets[9]!, offsets[9]! + 3);
    await writeFile(file, read.bytes);
    const record = JSON.parse(await readFile(trust, 'utf8')) as { rows?: unknown };
    const sha256 = createHash('sha256').update(read.bytes).digest('hex');
    await writeFile(trust, JSON.stringify({ ...record, sha256 }));
    const store = await openEmbeddedStore(dir);
    expect((await store.stats()).relationships).toBe(RELATIONSHIPS);
    // Sources and their claim counts come from the recorded facts; a source's claims parse only
    // the relationships citing it.
    expect(await store.listSources()).toEqual(sources);
    expect(await store.getSource(uncited.id)).toEqual(detail);
    expect(detail?.claims.length).toBe(uncited.claimCount);
    await writeFile(trust, JSON.stringify({ ...record, sha256, rows: undefined }));
    await expect(openEmbeddedStore(dir)).rejects.toBeInstanceOf(CorruptDataError);
  });

  test('the offsets are byte offsets of each record, as JSON.stringify writes it', async () => {
    const dir = await makeDir();
    const file = path.join(dir, 'graph.json');
    const ds = dataset();
    const { relationshipOffsets: offsets } = await writeDatasetFile(file, ds);
    const bytes = await readFile(file);
    expect(bytes.toString('utf8')).toBe(JSON.stringify(ds));
    expect(offsets).toHaveLength(ds.relationships.length + 1);
    for (const [i, rel] of ds.relationships.entries()) {
      const end = i + 1 < ds.relationships.length ? offsets![i + 1]! - 1 : offsets![i + 1]!;
      expect(bytes.toString('utf8', offsets![i], end)).toBe(JSON.stringify(rel));
    }
    expect(bytes.toString('utf8', offsets!.at(-1))).toBe(']}');
  });

  test('a damaged record of rows, or none, falls back to parsing the file', async () => {
    const { dir, trust } = await written();
    const expected = await answers(await openEmbeddedStore(dir));
    const record = JSON.parse(await readFile(trust, 'utf8')) as {
      rows: { bytes: string; spanKeys: string[] };
    };
    const bytes = Buffer.from(record.rows.bytes, 'base64');
    bytes[1] = (bytes[1] as number) ^ 0x40;
    const damaged = { ...record, rows: { ...record.rows, bytes: bytes.toString('base64') } };
    for (const variant of [damaged, { ...record, rows: undefined }]) {
      await writeFile(trust, JSON.stringify(variant));
      const file = path.join(dir, 'graph.json');
      const read = (await readDatasetFile(file))!;
      expect((await readTrust(file, read.sha256))?.rows).toBeUndefined();
      expect(await answers(await openEmbeddedStore(dir))).toEqual(expected);
    }
  });
});
