// Loads a seed directory into a store: read, validate (every issue at once), then write it whole.
import path from 'node:path';
import { ValidationError } from '../domain/errors.js';
import { validateDataset } from '../domain/validate.js';
import type { GraphStore, LoadResult } from '../store/types.js';
import { defaultSeedDir } from './package-root.js';
import { readSeedDir } from './read.js';

export interface SeedOptions {
  /** Replace what is stored instead of merging into it. */
  reset?: boolean;
}

/**
 * Throws ValidationError, leaving the store untouched, when the seed has any issue. The review
 * rules (src/domain/review.ts) hold the bundled, curated seed; a folder of one's own loads when
 * it passes the schema and integrity rules (`actorgraph validate --dir` reports the review).
 */
export async function seedStore(
  store: GraphStore,
  dir: string,
  { reset = false }: SeedOptions = {},
): Promise<LoadResult> {
  const { raw, files } = await readSeedDir(dir);
  const review = path.resolve(dir) === path.resolve(defaultSeedDir());
  const { dataset, issues } = validateDataset(raw, files, { review });
  if (!dataset) throw new ValidationError(issues);
  return store.load(dataset, reset ? 'replace' : 'merge');
}

/** Seeds an empty store from `dir`; returns what was loaded, or null when it held data. */
export async function seedIfEmpty(
  store: GraphStore,
  dir: string = defaultSeedDir(),
): Promise<LoadResult | null> {
  if (!(await store.isEmpty())) return null;
  return seedStore(store, dir, { reset: true });
}
