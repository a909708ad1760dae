// Reopening a store we wrote ourselves without validating it again. After graph.json is written
// (or validated on open), graph.json.trust records its sha256, the version of the rules that
// passed it and the relationships' ends and types as validation numbered them (with their own
// digest); an open whose file hashes to that digest under the same rules builds the graph at once,
// without looking up a million endpoint ids. Any change to either file, a crash between the two
// writes or new rules fall back to full validation. Bump RULES_VERSION whenever src/domain's
// validation rules change.
import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { NameIndex } from '../../domain/names.js';
import type { Dataset } from '../../domain/schema.js';
import type { DatasetLayout, RawDataset } from '../../domain/validate.js';
import { tempFileName } from './stale-temps.js';

export const RULES_VERSION = 1;

interface TrustRecord {
  sha256: string;
  rules: number;
  /** The layout's from, to and types arrays, end to end, in base64, and the sha256 of those bytes. */
  layout: { sha256: string; bytes: string };
}

/** The relationships' ends and types, as validation numbered them. */
export type RelationshipLayout = Omit<DatasetLayout, 'positions'>;

export function trustFile(file: string): string {
  return `${file}.trust`;
}

/** Records that the file with this digest, laid out so, passed validation under the current rules. */
export async function writeTrust(
  file: string,
  sha256: string,
  layout: RelationshipLayout,
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
  try {
    await writeFile(temp, JSON.stringify(record));
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * The relationship layout recorded for the file with this digest under the current rules, if
 * that is the record and it is whole (its layout hashes to its own digest and fits
 * `relationships`); undefined otherwise.
 */
export async function trustedLayout(
  file: string,
  sha256: string,
  relationships: number,
): Promise<RelationshipLayout | undefined> {
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
  if (bytes.length !== relationships * LAYOUT_BYTES || digest(bytes) !== record.layout.sha256) {
    return undefined;
  }
  // Copied into fresh buffers: typed arrays need aligned offsets, Buffer's pool does not give them.
  const ints = (at: number) =>
    new Int32Array(new Uint8Array(bytes.subarray(at, at + relationships * 4)).buffer);
  return {
    from: ints(0),
    to: ints(relationships * 4),
    types: new Uint8Array(bytes.subarray(relationships * 8)),
  };
}

/** Bytes per relationship in a recorded layout: two Int32 ends and a Uint8 type. */
const LAYOUT_BYTES = 9;

function bytesOf(array: Int32Array | Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What validation would have returned for records proven to be a dataset it passed (ending in
 * canonical order) with this layout: the dataset, its name index (built when first asked for)
 * and the whole layout.
 */
export function trustedDataset(
  raw: RawDataset,
  relationships: RelationshipLayout,
): {
  dataset: Dataset;
  names: () => NameIndex;
  layout: DatasetLayout;
} {
  const dataset = raw as unknown as Dataset;
  const positions = new Map<string, number>();
  dataset.actors.forEach((actor, i) => positions.set(actor.id, i));
  return {
    dataset,
    names: () => new NameIndex(dataset.actors),
    layout: { positions, ...relationships },
  };
}
