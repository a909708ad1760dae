// Counts of a dataset in the store's Stats shape, so a seed checked without a store reads the
// same as a loaded one.
import { isContested } from '../domain/relationships.js';
import type { Dataset } from '../domain/schema.js';
import type { Stats } from '../store/types.js';

export function summariseDataset(dataset: Dataset): Stats {
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let claims = 0;
  let contested = 0;
  for (const a of dataset.actors) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  for (const r of dataset.relationships) {
    byType[r.type] = (byType[r.type] ?? 0) + 1;
    claims += r.claims.length;
    if (isContested(r.claims)) contested += 1;
  }
  return {
    actors: dataset.actors.length,
    relationships: dataset.relationships.length,
    claims,
    sources: dataset.sources.length,
    contested,
    byKind,
    byType,
  };
}
