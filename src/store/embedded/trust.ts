// Reopening a store we wrote ourselves without validating it again. After graph.json is written
// (or validated on open), graph.json.trust records its sha256 and the version of the rules that
// passed it; an open whose file hashes to that digest under the same rules builds the graph at
// once. Any change to the file, a crash between the two writes or new rules fall back to full
// validation. Bump RULES_VERSION whenever src/domain's validation rules change.
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { NameIndex } from '../../domain/names.js';
import type { Dataset } from '../../domain/schema.js';
import type { DatasetLayout, RawDataset } from '../../domain/validate.js';
import { relationshipTypeIndex } from '../../domain/vocabulary.js';
import { tempFileName } from './stale-temps.js';

export const RULES_VERSION = 1;

interface TrustRecord {
  sha256: string;
  rules: number;
}

export function trustFile(file: string): string {
  return `${file}.trust`;
}

/** Records that the file with this digest passed validation under the current rules. */
export async function writeTrust(file: string, sha256: string): Promise<void> {
  const target = trustFile(file);
  // Named like graph.json's own temporary files, so a writer killed here is cleaned up alike.
  const temp = tempFileName(target, process.pid, randomUUID());
  const record: TrustRecord = { sha256, rules: RULES_VERSION };
  try {
    await writeFile(temp, JSON.stringify(record));
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Whether the file's digest is the one last recorded as valid, under the current rules. */
export async function isTrusted(file: string, sha256: string): Promise<boolean> {
  let record: Partial<TrustRecord>;
  try {
    record = JSON.parse(await readFile(trustFile(file), 'utf8')) as Partial<TrustRecord>;
  } catch {
    // No record, or one cut short: the file is simply validated.
    return false;
  }
  return record.sha256 === sha256 && record.rules === RULES_VERSION;
}

/**
 * What validation would have returned beside a dataset it passed: the name index and the layout.
 * Only for records proven to be a dataset validateDataset returned (ends in canonical order).
 */
export function trustedDataset(raw: RawDataset): {
  dataset: Dataset;
  names: NameIndex;
  layout: DatasetLayout;
} {
  const dataset = raw as unknown as Dataset;
  const positions = new Map<string, number>();
  dataset.actors.forEach((actor, i) => positions.set(actor.id, i));
  const count = dataset.relationships.length;
  const layout: DatasetLayout = {
    positions,
    from: new Int32Array(count),
    to: new Int32Array(count),
    types: new Uint8Array(count),
  };
  dataset.relationships.forEach((rel, i) => {
    layout.from[i] = positions.get(rel.from) as number;
    layout.to[i] = positions.get(rel.to) as number;
    layout.types[i] = relationshipTypeIndex(rel.type);
  });
  return { dataset, names: new NameIndex(dataset.actors), layout };
}
