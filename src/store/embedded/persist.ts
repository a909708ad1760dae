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

/** A store file's bytes and their sha256. */
export interface DatasetFile {
  bytes: Buffer;
  sha256: string;
}

/** The file's bytes; undefined when there is no file (an empty store). */
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
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The file's records, unchecked. */
export function parseDatasetFile(file: string, bytes: Buffer): RawDataset {
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
  return json;
}

/** What the file holds before its relationships, as writeDatasetFile wrote them. */
const RELATIONSHIPS_KEY = ',"relationships":[';

/**
 * The sources and actors of bytes that writeDatasetFile wrote with its first relationship at
 * `relationshipsAt`, parsed without the relationships; undefined when the bytes are not laid out
 * so there.
 */
export function parseHead(
  bytes: Buffer,
  relationshipsAt: number,
): Pick<RawDataset, 'sources' | 'actors'> | undefined {
  const keyAt = relationshipsAt - RELATIONSHIPS_KEY.length;
  if (keyAt < 0 || bytes.toString('utf8', keyAt, relationshipsAt) !== RELATIONSHIPS_KEY) {
    return undefined;
  }
  try {
    const head = JSON.parse(`${bytes.toString('utf8', 0, keyAt)}}`) as Partial<RawDataset>;
    if (!Array.isArray(head.sources) || !Array.isArray(head.actors)) return undefined;
    return { sources: head.sources, actors: head.actors };
  } catch {
    return undefined;
  }
}

/** What writeDatasetFile wrote: the sha256 of the file and where its relationships lie. */
export interface WrittenFile {
  sha256: string;
  /**
   * The byte offset of each relationship record and, last, of the array's closing bracket (see
   * ParsedOnDemand); undefined for a file too large for 32-bit offsets.
   */
  relationshipOffsets: Uint32Array | undefined;
}

/** Writes the file atomically. */
export async function writeDatasetFile(file: string, dataset: Dataset): Promise<WrittenFile> {
  const hash = createHash('sha256');
  const dir = path.dirname(file);
  const offsets: number[] = [];
  // Same directory, so the rename cannot cross file systems; unique, so writers never collide;
  // named with our pid, so that a later writer can tell if we died (stale-temps.ts).
  const temp = tempFileName(file, process.pid, randomUUID());
  try {
    const handle = await open(temp, 'w');
    try {
      // One slice is written while the next is serialised; no 100 MB string is ever held.
      let writing: Promise<unknown> = Promise.resolve();
      for (const text of jsonSlices(dataset, offsets)) {
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
  const fits = (offsets[offsets.length - 1] ?? 0) <= 0xffff_ffff;
  return {
    sha256: hash.digest('hex'),
    relationshipOffsets: fits ? Uint32Array.from(offsets) : undefined,
  };
}

/** Records per slice: large enough that each write is worth a system call. */
const SLICE = 10_000;

/**
 * The dataset as JSON.stringify would write it, in slices of at most SLICE records; pushes onto
 * `offsets` the byte offset of each relationship and then of the relationships' closing bracket.
 */
function* jsonSlices(dataset: Dataset, offsets: number[]): Generator<string> {
  let position = 0;
  const sections = ['sources', 'actors', 'relationships'] as const;
  for (const [i, section] of sections.entries()) {
    const opening = `${i === 0 ? '{' : ','}${JSON.stringify(section)}:[`;
    position += opening.length;
    yield opening;
    const records: readonly unknown[] = dataset[section];
    for (let at = 0; at < records.length; at += SLICE) {
      const slice = records.slice(at, at + SLICE);
      const separator = at === 0 ? '' : ',';
      let text: string;
      if (section === 'relationships') {
        const written = relationshipsJson(slice);
        for (const start of written.starts) offsets.push(position + separator.length + start);
        text = separator + written.text;
      } else {
        text = separator + JSON.stringify(slice).slice(1, -1);
      }
      position += Buffer.byteLength(text);
      yield text;
    }
    if (section === 'relationships') offsets.push(position);
    position += 1;
    yield ']';
  }
  yield '}';
}

/** How a relationship's JSON starts when its first key is its type (as every load's ends up). */
const TYPE_FIRST = '{"type":"';

/** The records' JSON, comma-separated, and the byte offset in it where each one starts. */
function relationshipsJson(records: readonly unknown[]): { text: string; starts: number[] } {
  const text = JSON.stringify(records).slice(1, -1);
  // The fast way, for ASCII records each written type first: in JSON text TYPE_FIRST can only
  // open an object (a quote inside a string is escaped), and no object inside a relationship
  // has a type key (claims, dates and figures are strict), so each match starts a record.
  if (Buffer.byteLength(text) === text.length) {
    const starts: number[] = [];
    for (let at = text.indexOf(TYPE_FIRST); at >= 0; at = text.indexOf(TYPE_FIRST, at + 1)) {
      starts.push(at);
    }
    if (starts.length === records.length && starts[0] === 0) return { text, starts };
  }
  const parts = records.map((record) => JSON.stringify(record));
  const starts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    offset += Buffer.byteLength(part) + 1;
  }
  return { text: parts.join(','), starts };
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
