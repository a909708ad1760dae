// Reopening a store we wrote ourselves without validating it again. After graph.json is written
// (or validated on open), graph.json.trust records its sha256, the version of the rules that
// passed it and the relationships' ends and types as validation numbered them (with their own
// digest); an open whose file hashes to that digest under the same rules builds the graph at once,
// without looking up a million endpoint ids. When the store wrote the file itself, the record also
// holds each relationship's byte offset and facts, so that the open parses only the sources and
// actors and each relationship when first read. Any change to either file, a crash between the
// two writes or new rules fall back to full validation. Bump RULES_VERSION whenever src/domain's
// validation rules change.
import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { NameIndex } from '../../domain/names.js';
import type { Actor, Source } from '../../domain/schema.js';
import type { DatasetLayout, RawDataset } from '../../domain/validate.js';
import { DatasetGraph, type GraphParts } from './dataset-graph.js';
import { EdgeFacts, type FactColumns } from './edge-facts.js';
import { parseHead } from './persist.js';
import { ParsedOnDemand } from './relationship-list.js';
import { tempFileName } from './stale-temps.js';

export const RULES_VERSION = 1;

interface TrustRecord {
  sha256: string;
  rules: number;
  /** The layout's from, to and types arrays, end to end, in base64, and the sha256 of those bytes. */
  layout: { sha256: string; bytes: string };
  /**
   * For a file the store wrote itself: its relationships' byte offsets and facts (see Rows),
   * end to end in base64, the distinct spans, and the sha256 of both.
   */
  rows?: { sha256: string; bytes: string; spanKeys: string[] };
}

/** The relationships' ends and types, as validation numbered them. */
export type RelationshipLayout = Omit<DatasetLayout, 'positions'>;

/** Where each relationship of a file the store wrote lies in it, and each one's facts. */
export interface Rows {
  offsets: Uint32Array;
  facts: FactColumns;
}

/** What a trust record proves of the file it names. */
export interface Trusted {
  layout: RelationshipLayout;
  rows?: Rows;
}

export function trustFile(file: string): string {
  return `${file}.trust`;
}

/** Records that the file with this digest, laid out so, passed validation under the current rules. */
export async function writeTrust(
  file: string,
  sha256: string,
  layout: RelationshipLayout,
  rows?: Rows,
): Promise<void> {
  const target = trustFile(file);
  // Named like graph.json's own temporary files, so a writer killed here is cleaned up alike.
  const temp = tempFileName(target, process.pid, randomUUID());
  const bytes = Buffer.concat([layout.from, layout.to, layout.types].map(bytesOf));
  const record: TrustRecord = {
    sha256,
    rules: RULES_VERSION,
    layout: { sha256: digest(bytes), bytes: bytes.toString('base64') },
  };
  if (rows) {
    const { offsets, facts } = rows;
    const rowBytes = Buffer.concat(
      [offsets, facts.span, facts.citedStart, facts.citedSources, facts.contested].map(bytesOf),
    );
    record.rows = {
      sha256: rowsDigest(rowBytes, facts.spanKeys),
      bytes: rowBytes.toString('base64'),
      spanKeys: facts.spanKeys,
    };
  }
  try {
    await writeFile(temp, JSON.stringify(record));
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * What the trust record proves of the file with this digest under the current rules, if that is
 * the record and it is whole (each part hashes to its own digest and has the sizes of the
 * others); undefined otherwise.
 */
export async function readTrust(file: string, sha256: string): Promise<Trusted | undefined> {
  let record: Partial<TrustRecord>;
  try {
    record = JSON.parse(await readFile(trustFile(file), 'utf8')) as Partial<TrustRecord>;
  } catch {
    // No record, or one cut short: the file is simply validated.
    return undefined;
  }
  if (record.sha256 !== sha256 || record.rules !== RULES_VERSION) return undefined;
  if (typeof record.layout?.bytes !== 'string') return undefined;
  const bytes = Buffer.from(record.layout.bytes, 'base64');
  const n = bytes.length / LAYOUT_BYTES;
  if (!Number.isInteger(n) || digest(bytes) !== record.layout.sha256) return undefined;
  const layout = {
    from: new Int32Array(copied(bytes, 0, n * 4)),
    to: new Int32Array(copied(bytes, n * 4, n * 8)),
    types: new Uint8Array(copied(bytes, n * 8, n * 9)),
  };
  return { layout, rows: readRows(record.rows, n) };
}

/** Bytes per relationship in a recorded layout: two Int32 ends and a Uint8 type. */
const LAYOUT_BYTES = 9;
/**
 * Recorded rows, end to end: n + 1 offsets, then per relationship its span, then n + 1 starts of
 * its cited sources, the cited sources (one Int32 a claim), and last its contested flag (a byte).
 */
function readRows(rows: TrustRecord['rows'] | undefined, n: number): Rows | undefined {
  if (typeof rows?.bytes !== 'string' || !Array.isArray(rows.spanKeys)) return undefined;
  const bytes = Buffer.from(rows.bytes, 'base64');
  const fixed = (3 * n + 2) * 4;
  if (bytes.length < fixed + n) return undefined;
  const cited = bytes.readInt32LE(fixed - 4);
  if (cited < 0 || bytes.length !== fixed + cited * 4 + n) return undefined;
  if (rowsDigest(bytes, rows.spanKeys) !== rows.sha256) return undefined;
  const ints = (from: number, count: number) =>
    new Int32Array(copied(bytes, from * 4, (from + count) * 4));
  return {
    offsets: new Uint32Array(copied(bytes, 0, (n + 1) * 4)),
    facts: {
      span: ints(n + 1, n),
      citedStart: ints(2 * n + 1, n + 1),
      citedSources: ints(3 * n + 2, cited),
      contested: new Uint8Array(copied(bytes, fixed + cited * 4, bytes.length)),
      spanKeys: rows.spanKeys,
    },
  };
}

/** A fresh buffer of bytes [from, to): typed arrays need aligned offsets, Buffer's pool does not give them. */
function copied(bytes: Buffer, from: number, to: number): ArrayBuffer {
  return new Uint8Array(bytes.subarray(from, to)).buffer;
}

function bytesOf(array: Int32Array | Uint32Array | Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function rowsDigest(bytes: Buffer, spanKeys: readonly string[]): string {
  return createHash('sha256').update(bytes).update(JSON.stringify(spanKeys)).digest('hex');
}

/**
 * The graph of records proven to be a dataset validation passed (ending in canonical order) with
 * this layout; its name index is built when first asked for.
 */
export function trustedGraph(raw: RawDataset, layout: RelationshipLayout): DatasetGraph {
  return graphOf(raw as unknown as GraphParts, layout);
}

/**
 * The graph of a file the store wrote itself, from its bytes and trust record, without parsing
 * its relationships (each is parsed when first read); undefined when the record has no rows or
 * the bytes are not laid out as they say.
 */
export function lazyGraph(bytes: Buffer, trusted: Trusted): DatasetGraph | undefined {
  const { rows, layout } = trusted;
  const head = rows && parseHead(bytes, rows.offsets[0] as number);
  if (!rows || !head) return undefined;
  const parts: GraphParts = {
    sources: head.sources as unknown as Source[],
    actors: head.actors as unknown as Actor[],
    relationships: new ParsedOnDemand(bytes, rows.offsets),
  };
  return graphOf(parts, layout, EdgeFacts.fromColumns(rows.facts));
}

function graphOf(parts: GraphParts, layout: RelationshipLayout, facts?: EdgeFacts): DatasetGraph {
  const positions = new Map<string, number>();
  parts.actors.forEach((actor, i) => positions.set(actor.id, i));
  const names = () => new NameIndex(parts.actors);
  return new DatasetGraph(parts, names, { positions, ...layout }, facts);
}
