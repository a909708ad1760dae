// The graph and its indexes, built once from a validated Dataset: actors with their outgoing and
// incoming relationship records (adjacency lists), plus actors by kind, relationships by type,
// claims by source and the name index. Queries use only its small accessors, so another query
// engine could sit on it.
//
// Plain maps and arrays rather than a graphology MultiDirectedGraph: at 100k actors / 500k
// relationships graphology's edge insertion alone took ~6 s of CPU (its per-node adjacency
// objects are re-shaped on every new neighbour), over the whole 5 s load budget; these lists build
// in well under a second and are faster to walk.
import type { ActorKind } from '../../domain/kinds.js';
import { NameIndex } from '../../domain/names.js';
import type { DatasetLayout } from '../../domain/validate.js';
import { claimsSpan, isContested, relationshipId } from '../../domain/relationships.js';
import type { Actor, Claim, Dataset, Relationship, Source } from '../../domain/schema.js';
import { relationshipTypeInfo } from '../../domain/vocabulary.js';
import type { RelationshipRecord } from '../types.js';

/**
 * How a walk may use an edge: 'out' follows relationships along their direction, 'in' against it
 * (walking back from a target), symmetric relationships both ways in either; 'any' ignores
 * direction.
 */
export type WalkMode = 'out' | 'in' | 'any';

export interface Citation {
  relationship: RelationshipRecord;
  claim: Claim;
}

interface Node {
  actor: Actor;
  /** Relationships whose `from` is this actor. */
  out: RelationshipRecord[];
  /** Relationships whose `to` is this actor. */
  in: RelationshipRecord[];
}

export class DatasetGraph {
  private readonly nodes = new Map<string, Node>();
  private readonly records: RelationshipRecord[] = [];
  private readonly sourcesById = new Map<string, Source>();
  private readonly actorsByKind = new Map<ActorKind, Actor[]>();
  private readonly relationshipsByType = new Map<string, RelationshipRecord[]>();
  /** Per source, the relationships with a claim citing it (each once) and the claim count. */
  private readonly citing = new Map<
    string,
    { relationships: RelationshipRecord[]; claims: number }
  >();
  readonly names: NameIndex;
  readonly claimCount: number = 0;
  readonly contestedCount: number = 0;

  /**
   * The dataset must have passed validateDataset (endpoints and sources are not checked here);
   * pass the name index and layout validation built to save working them out twice (at 500k
   * relationships, ids and endpoint look-ups cost most of a second).
   */
  constructor(dataset: Dataset, names?: NameIndex, layout?: DatasetLayout) {
    for (const source of dataset.sources) {
      this.sourcesById.set(source.id, source);
      this.citing.set(source.id, { relationships: [], claims: 0 });
    }
    const byPosition: Node[] = [];
    for (const actor of dataset.actors) {
      const node: Node = { actor, out: [], in: [] };
      this.nodes.set(actor.id, node);
      byPosition.push(node);
      pushTo(this.actorsByKind, actor.kind, actor);
    }
    for (const [i, rel] of dataset.relationships.entries()) {
      const record = toRecord(rel, layout?.relationshipIds[i]);
      this.records.push(record);
      const from = layout ? byPosition[layout.from[i] as number] : this.nodes.get(record.from);
      const to = layout ? byPosition[layout.to[i] as number] : this.nodes.get(record.to);
      from?.out.push(record);
      to?.in.push(record);
      pushTo(this.relationshipsByType, record.type, record);
      for (const claim of record.claims) {
        const entry = this.citing.get(claim.source);
        if (!entry) continue;
        entry.claims++;
        if (entry.relationships[entry.relationships.length - 1] !== record) {
          entry.relationships.push(record);
        }
      }
      this.claimCount += record.claims.length;
      if (record.contested) this.contestedCount++;
    }
    this.names = names ?? new NameIndex(dataset.actors);
  }

  get actorCount(): number {
    return this.nodes.size;
  }

  get relationshipCount(): number {
    return this.records.length;
  }

  get sourceCount(): number {
    return this.sourcesById.size;
  }

  actor(id: string): Actor | undefined {
    return this.nodes.get(id)?.actor;
  }

  /** Relationships touching the actor, whatever their direction. */
  degree(id: string): number {
    const node = this.nodes.get(id);
    return node ? node.out.length + node.in.length : 0;
  }

  /** Every actor, in the order they were loaded. */
  *actors(): Generator<Actor> {
    for (const node of this.nodes.values()) yield node.actor;
  }

  actorsOfKind(kind: ActorKind): readonly Actor[] {
    return this.actorsByKind.get(kind) ?? [];
  }

  /** Every relationship, in the order they were loaded. */
  relationships(): readonly RelationshipRecord[] {
    return this.records;
  }

  relationshipsOfType(type: string): readonly RelationshipRecord[] {
    return this.relationshipsByType.get(type) ?? [];
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  sources(): IterableIterator<Source> {
    return this.sourcesById.values();
  }

  /** The claims citing a source, with their relationships. */
  citationsOf(sourceId: string): Citation[] {
    const relationships = this.citing.get(sourceId)?.relationships ?? [];
    return relationships.flatMap((relationship) =>
      relationship.claims
        .filter((claim) => claim.source === sourceId)
        .map((claim) => ({ relationship, claim })),
    );
  }

  claimCountOf(sourceId: string): number {
    return this.citing.get(sourceId)?.claims ?? 0;
  }

  kindCounts(): Record<string, number> {
    return Object.fromEntries(
      [...this.actorsByKind].map(([kind, actors]) => [kind, actors.length]),
    );
  }

  typeCounts(): Record<string, number> {
    return Object.fromEntries(
      [...this.relationshipsByType].map(([type, rels]) => [type, rels.length]),
    );
  }

  /**
   * Calls `visit` for every relationship a walk may take from `node` in `mode`, with the actor at
   * its other end.
   */
  forEachStep(
    node: string,
    mode: WalkMode,
    types: ReadonlySet<string> | undefined,
    visit: (rel: RelationshipRecord, other: string) => void,
  ): void {
    const n = this.nodes.get(node);
    if (!n) return;
    for (const rel of n.out) {
      if (mode === 'in' && !rel.symmetric) continue;
      if (types && !types.has(rel.type)) continue;
      visit(rel, rel.to);
    }
    for (const rel of n.in) {
      if (mode === 'out' && !rel.symmetric) continue;
      if (types && !types.has(rel.type)) continue;
      visit(rel, rel.from);
    }
  }

  /** What load would take back: the stored dataset, in load order. */
  toDataset(): Dataset {
    return {
      sources: [...this.sources()],
      actors: [...this.actors()],
      relationships: [...this.relationships()].map(toRelationship),
    };
  }
}

function toRecord(rel: Relationship, id = relationshipId(rel)): RelationshipRecord {
  const record: RelationshipRecord = {
    id,
    type: rel.type,
    from: rel.from,
    to: rel.to,
    symmetric: relationshipTypeInfo(rel.type)?.symmetric ?? false,
    claims: rel.claims,
    contested: isContested(rel.claims),
  };
  if (rel.role !== undefined) record.role = rel.role;
  const span = claimsSpan(rel.claims);
  if (span) record.span = span;
  return record;
}

function toRelationship(record: RelationshipRecord): Relationship {
  const { type, from, to, role, claims } = record;
  return { type, from, to, ...(role !== undefined ? { role } : {}), claims };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
