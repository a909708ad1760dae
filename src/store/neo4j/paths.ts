// Path query results as a PathSet: the rows of shortest-paths.cypher or simple-paths.cypher (one
// more than the limit, so an extra row tells the limit cut them short) and the rows of
// path-details.cypher for the relationships they walk.
import type { ActorSummary, PathSet, RawPath } from '../types.js';
import { toRawPath } from '../walk.js';
import { PropReader, toActorSummary, toRelationshipRecord, toSource } from './records.js';
import type { Row } from './transactions.js';

/** A relationship a path walks, as path-details.cypher looks it up. */
export interface RelationshipRef {
  id: string;
  from: string;
  to: string;
}

export interface FoundPaths {
  paths: RawPath[];
  truncated: boolean;
  /** Every actor the kept paths pass, once. */
  actors: ActorSummary[];
  /** Every relationship the kept paths walk, once. */
  relationships: RelationshipRef[];
}

/** Rows of {nodes: [{id, kind, name}], rels: [{id, type, start, end}]}, in the order to keep. */
export function toFoundPaths(rows: Row[], limit: number): FoundPaths {
  const actors = new Map<string, ActorSummary>();
  const relationships = new Map<string, RelationshipRef>();
  const paths = rows.slice(0, limit).map((row) => {
    const r = new PropReader(row, 'path');
    const nodes = r.maps('nodes').map(toActorSummary);
    const rels = r.maps('rels').map((m) => {
      const rel = new PropReader(m, 'path relationship');
      return {
        id: rel.str('id'),
        type: rel.str('type'),
        from: rel.str('start'),
        to: rel.str('end'),
      };
    });
    for (const n of nodes) actors.set(n.id, n);
    for (const { id, from, to } of rels) relationships.set(id, { id, from, to });
    return toRawPath(
      nodes.map((n) => n.id),
      rels,
    );
  });
  return {
    paths,
    truncated: rows.length > limit,
    actors: [...actors.values()],
    relationships: [...relationships.values()],
  };
}

/** The PathSet of `found`: the two ends always, and each walked relationship with its sources. */
export function toPathSet(found: FoundPaths, ends: ActorSummary[], details: Row[]): PathSet {
  const set: PathSet = {
    paths: found.paths,
    truncated: found.truncated,
    actors: {},
    relationships: {},
    sources: {},
  };
  for (const actor of [...ends, ...found.actors]) set.actors[actor.id] ??= actor;
  for (const row of details) {
    const rel = toRelationshipRecord(row);
    set.relationships[rel.id] = rel;
    for (const source of new PropReader(row, 'relationship').maps('sources').map(toSource)) {
      set.sources[source.id] = source;
    }
  }
  const missing = found.relationships.find((ref) => !set.relationships[ref.id]);
  if (missing) throw new Error(`path-details returned no relationship "${missing.id}"`);
  return set;
}
