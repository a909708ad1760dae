// The store's file: <dataDir>/graph.json holds the dataset. Writes are atomic (temporary file,
// fsync, rename, fsync of the directory), so a crash leaves the previous file whole.
import { createHash, randomUUID } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { jsonProblem } from '../../domain/echo.js';
import { CorruptDataError } from '../../domain/errors.js';
import type { Dataset } from '../../domain/schema.js';
import type { RawDataset } from '../../domain/validate.js';
import { tempFileName } from './stale-temps.js';

export const DATA_FILE = 'graph.json';

/** A file's records, unchecked, and the sha256 of its bytes. */
export interface DatasetFile {
  raw: RawDataset;
  sha256: string;
}

/** The file's records, unchecked; undefined when there is no file (an empty store). */
export async function readDatasetFile(file: string): Promise<DatasetFile | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw new CorruptDataError(file, `the file cannot be read (${errorCode(err) ?? String(err)})`, {
      cause: err,
    });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CorruptDataError(file, `not valid JSON (${jsonProblem(text, err)})`, { cause: err });
  }
  if (!isRawDataset(json)) {
    throw new CorruptDataError(
      file,
      'expected an object with sources, actors and relationships arrays',
    );
  }
  return { raw: json, sha256 };
}

/** Writes the file atomically; resolves to the sha256 of what it wrote. */
export async function writeDatasetFile(file: string, dataset: Dataset): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.dirname(file);
  // Same directory, so the rename cannot cross file systems; unique, so writers never collide;
  // named with our pid, so that a later writer can tell if we died (stale-temps.ts).
  const temp = tempFileName(file, process.pid, randomUUID());
  try {
    const handle = await open(temp, 'w');
    try {
      // One slice is written while the next is serialised; no 100 MB string is ever held.
      let writing: Promise<unknown> = Promise.resolve();
      for (const text of jsonSlices(dataset)) {
        await writing;
        hash.update(text);
        // writeFile, unlike write, goes on until the whole slice is written; it continues at the
        // current position.
        writing = handle.writeFile(text);
      }
      await writing;
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  // The rename itself is durable only once the directory entry is flushed.
  const dirHandle = await open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
  return hash.digest('hex');
}

/** Records per slice: large enough that each write is worth a system call. */
const SLICE = 10_000;

/** The dataset as JSON.stringify would write it, in slices of at most SLICE records. */
function* jsonSlices(dataset: Dataset): Generator<string> {
  const sections = ['sources', 'actors', 'relationships'] as const;
  for (const [i, section] of sections.entries()) {
    yield `${i === 0 ? '{' : ','}${JSON.stringify(section)}:[`;
    const records: readonly unknown[] = dataset[section];
    for (let at = 0; at < records.length; at += SLICE) {
      const slice = JSON.stringify(records.slice(at, at + SLICE));
      yield `${at === 0 ? '' : ','}${slice.slice(1, -1)}`;
    }
    yield ']';
  }
  yield '}';
}

function isRawDataset(json: unknown): json is RawDataset {
  if (typeof json !== 'object' || json === null) return false;
  const o = json as Record<string, unknown>;
  return Array.isArray(o.sources) && Array.isArray(o.actors) && Array.isArray(o.relationships);
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
