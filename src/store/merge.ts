// Merge-mode loading: the incoming dataset upserted into the stored one by id.
import { relationshipId } from '../domain/relationships.js';
import type { Dataset } from '../domain/schema.js';

/**
 * Actors and sources are replaced by id, relationships by relationship id (their claims are the
 * incoming record's). Stored order is kept; new records follow. An id repeated within `incoming`
 * is kept twice so that validation reports it rather than one copy silently winning.
 */
export function mergeDatasets(stored: Dataset, incoming: Dataset): Dataset {
  return {
    sources: upsert(stored.sources, incoming.sources, (s) => s.id),
    actors: upsert(stored.actors, incoming.actors, (a) => a.id),
    relationships: upsert(stored.relationships, incoming.relationships, relationshipId),
  };
}

function upsert<T>(stored: readonly T[], incoming: readonly T[], key: (t: T) => string): T[] {
  const merged = [...stored];
  const position = new Map(stored.map((t, i) => [key(t), i]));
  for (const record of incoming) {
    const k = key(record);
    const i = position.get(k);
    if (i === undefined) {
      merged.push(record);
    } else {
      merged[i] = record;
      position.delete(k);
    }
  }
  return merged;
}
