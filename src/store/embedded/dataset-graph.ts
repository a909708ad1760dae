// The graph and its indexes, built once from a validated Dataset. Actors are numbered by their
// position in the dataset and relationships by theirs; adjacency lists are typed arrays of
// relationship numbers (CSR), one pair for outgoing and one for incoming relationships. Queries
// walk numbers and turn them into ids and records only for what they return, through the small
// accessors below, so another query engine could sit on them.
//
// Not a graphology MultiDirectedGraph: at 100k actors / 500k relationships graphology's edge
// insertion alone took ~6 s of CPU, over the whole 5 s load budget; these arrays build in tens of
// milliseconds, hold no object per edge and are faster to walk.
import { bucketItems, type Buckets } from '../../domain/buckets.js';
import type { ActorKind } from '../../domain/kinds.js';
import type { NameIndex } from '../../domain/names.js';
import { claimsSpan, isContested, relationshipId } from '../../domain/relationships.js';
import type { Actor, Claim, Dataset, Relationship, Source } from '../../domain/schema.js';
import type { DatasetLayout } from '../../domain/validate.js';
import {
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  relationshipTypeIndex,
} from '../../domain/vocabulary.js';
import type { RelationshipRecord } from '../types.js';
import { EdgeFacts } from './edge-facts.js';
import { listOf, type RelationshipList } from './relationship-list.js';
import { VisitMarks } from './visit-marks.js';

/**
 * How a walk may use an edge: 'out' follows relationships along their direction, 'in' against it
 * (walking back from a target), symmetric relationships both ways in either; 'any' ignores
 * direction.
 */
export type WalkMode = 'out' | 'in' | 'any';

/** Per vocabulary index, 1 when a walk may take relationships of that type. */
export type TypeMask = Uint8Array;

export interface Citation {
  relationship: RelationshipRecord;
  claim: Claim;
}

/** Per vocabulary index, 1 when relationships of that type are symmetric. */
export const SYMMETRIC = Uint8Array.from(RELATIONSHIP_TYPES, (t) => (t.symmetric ? 1 : 0));

/** The adjacency's arrays, for searches that walk them in tight loops; read only. */
export interface Adjacency {
  outgoing: Buckets;
  incoming: Buckets;
  /** Per relationship number, the numbers of its two actors and its vocabulary index. */
  from: Int32Array;
  to: Int32Array;
  types: Uint8Array;
}

/** A name index, or how to build one when it is first needed. */
export type Names = NameIndex | (() => NameIndex);

/** What a graph is built from: a dataset, whose relationships may be a list parsed on demand. */
export interface GraphParts {
  sources: readonly Source[];
  actors: readonly Actor[];
  relationships: readonly Relationship[] | RelationshipList;
}

export class DatasetGraph {
  /** Claim and source counts, contestedness and spans per relationship, for graph views. */
  readonly facts: EdgeFacts;
  private readonly actorList: readonly Actor[];
  private readonly positions: ReadonlyMap<string, number>;
  private readonly rels: RelationshipList;
  private readonly relFrom: Int32Array;
  private readonly relTo: Int32Array;
  private readonly relType: Uint8Array;
  private readonly outgoing: Buckets;
  private readonly incoming: Buckets;
  /** Records are made on first use: most queries touch a handful of relationships. */
  private readonly records: Array<RelationshipRecord | undefined>;
  private readonly sourcesById = new Map<string, Source>();
  /** Per source id, its place in the dataset's sources: the number the facts cite it by. */
  private readonly sourceNumbers = new Map<string, number>();
  private readonly actorsByKind = new Map<ActorKind, Actor[]>();
  private readonly markSets: VisitMarks[] = [];
  /** Per source, the relationships with a claim citing it (each once); made on first use. */
  private citing?: Map<string, number[]>;
  private nameIndex: Names;

  /**
   * The dataset must be validateDataset's, with the name index and layout it returned; a trusted
   * reopen passes a function instead, so that the index is built by the first query needing
   * names rather than by the open (~0.7 s at 100k actors), and may pass the facts it recorded.
   */
  constructor(dataset: GraphParts, names: Names, layout: DatasetLayout, facts?: EdgeFacts) {
    this.nameIndex = names;
    this.actorList = dataset.actors;
    this.positions = layout.positions;
    const { relationships } = dataset;
    this.rels = Array.isArray(relationships)
      ? listOf(relationships as readonly Relationship[])
      : (relationships as RelationshipList);
    this.relFrom = layout.from;
    this.relTo = layout.to;
    this.relType = layout.types;
    this.outgoing = bucketItems(layout.from, dataset.actors.length);
    this.incoming = bucketItems(layout.to, dataset.actors.length);
    this.records = new Array<RelationshipRecord | undefined>(this.rels.length);
    dataset.sources.forEach((source, i) => {
      this.sourcesById.set(source.id, source);
      this.sourceNumbers.set(source.id, i);
    });
    this.facts = facts ?? EdgeFacts.of(this.rels, this.sourceNumbers);
    for (const actor of dataset.actors) pushTo(this.actorsByKind, actor.kind, actor);
  }

  get claimCount(): number {
    return this.facts.claimTotal;
  }

  get contestedCount(): number {
    return this.facts.contestedTotal;
  }

  get names(): NameIndex {
    if (typeof this.nameIndex === 'function') this.nameIndex = this.nameIndex();
    return this.nameIndex;
  }

  get actorCount(): number {
    return this.actorList.length;
  }

  get relationshipCount(): number {
    return this.rels.length;
  }

  get sourceCount(): number {
    return this.sourcesById.size;
  }

  /** The actor's number, or undefined when there is no such actor. */
  position(id: string): number | undefined {
    return this.positions.get(id);
  }

  actor(id: string): Actor | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.actorList[at];
  }

  actorAt(position: number): Actor {
    return this.actorList[position] as Actor;
  }

  /** Relationships touching the actor at `position`, whatever their direction. */
  degreeAt(position: number): number {
    const { outgoing: o, incoming: i } = this;
    const out = (o.start[position + 1] as number) - (o.start[position] as number);
    return out + (i.start[position + 1] as number) - (i.start[position] as number);
  }

  /**
   * The `slot`-th set of visit marks, cleared. Queries run synchronously, one at a time, so they
   * can share these; a query gives each set it needs at once its own slot.
   */
  visitMarks(slot: number): VisitMarks {
    return (this.markSets[slot] ??= new VisitMarks(this.actorCount)).clear();
  }

  /** Every actor, in the order they were loaded. */
  actors(): readonly Actor[] {
    return this.actorList;
  }

  /** Whether the relationship numbered `index` starts at the actor at `position`. */
  startsAt(index: number, position: number): boolean {
    return this.relFrom[index] === position;
  }

  /** The relationship numbered `index`, as a record. */
  relationship(index: number): RelationshipRecord {
    return (this.records[index] ??= toRecord(this.rels.at(index)));
  }

  /** The relationship numbered `index`, as stored. */
  storedRelationship(index: number): Relationship {
    return this.rels.at(index);
  }

  /** The numbers of the relationship's ends and its type's vocabulary index. */
  fromAt(index: number): number {
    return this.relFrom[index] as number;
  }

  toAt(index: number): number {
    return this.relTo[index] as number;
  }

  typeAt(index: number): number {
    return this.relType[index] as number;
  }

  /** Every relationship, in the order they were loaded. */
  *relationships(): Generator<RelationshipRecord> {
    for (let i = 0; i < this.rels.length; i++) yield this.relationship(i);
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  sources(): IterableIterator<Source> {
    return this.sourcesById.values();
  }

  /** The claims citing a source, with their relationships. */
  citationsOf(sourceId: string): Citation[] {
    return (this.citations().get(sourceId) ?? []).flatMap((index) => {
      const relationship = this.relationship(index);
      return relationship.claims
        .filter((claim) => claim.source === sourceId)
        .map((claim) => ({ relationship, claim }));
    });
  }

  claimCountOf(sourceId: string): number {
    const source = this.sourceNumbers.get(sourceId) as number;
    let count = 0;
    for (const index of this.citations().get(sourceId) ?? []) {
      count += this.facts.citationsOf(index, source);
    }
    return count;
  }

  kindCounts(): Record<string, number> {
    return Object.fromEntries(
      [...this.actorsByKind].map(([kind, actors]) => [kind, actors.length]),
    );
  }

  typeCounts(): Record<string, number> {
    const counts = new Array<number>(RELATIONSHIP_TYPE_NAMES.length).fill(0);
    for (const t of this.relType) counts[t] = (counts[t] as number) + 1;
    return Object.fromEntries(
      RELATIONSHIP_TYPE_NAMES.flatMap((name, t) => (counts[t] ? [[name, counts[t]]] : [])),
    );
  }

  /** The mask for a type filter; undefined (every type) when there is none. */
  typeMask(types: ReadonlySet<string> | undefined): TypeMask | undefined {
    if (!types) return undefined;
    const mask = new Uint8Array(RELATIONSHIP_TYPE_NAMES.length);
    for (const type of types) mask[relationshipTypeIndex(type)] = 1;
    return mask;
  }

  /**
   * Calls `visit` for every relationship a walk may take from the actor at `position` in `mode`,
   * with the number of the relationship and of the actor at its other end.
   */
  forEachStep(
    position: number,
    mode: WalkMode,
    types: TypeMask | undefined,
    visit: (relationship: number, other: number) => void,
  ): void {
    this.walkList(this.outgoing, this.relTo, position, mode === 'in', types, visit);
    this.walkList(this.incoming, this.relFrom, position, mode === 'out', types, visit);
  }

  adjacency(): Adjacency {
    const { outgoing, incoming, relFrom: from, relTo: to, relType: types } = this;
    return { outgoing, incoming, from, to, types };
  }

  /** What load would take back: the stored dataset, in load order. */
  toDataset(): Dataset {
    return {
      sources: [...this.sources()],
      actors: [...this.actorList],
      relationships: [...this.rels.all()],
    };
  }

  /** One adjacency list of forEachStep; `ends` gives the other end of each relationship in it. */
  private walkList(
    list: Buckets,
    ends: Int32Array,
    position: number,
    symmetricOnly: boolean,
    types: TypeMask | undefined,
    visit: (relationship: number, other: number) => void,
  ): void {
    const last = list.start[position + 1] as number;
    for (let j = list.start[position] as number; j < last; j++) {
      const rel = list.items[j] as number;
      const type = this.relType[rel] as number;
      if (symmetricOnly && !SYMMETRIC[type]) continue;
      if (types && !types[type]) continue;
      visit(rel, ends[rel] as number);
    }
  }

  private citations(): Map<string, number[]> {
    if (this.citing) return this.citing;
    const ids = [...this.sourcesById.keys()];
    const citing = new Map<string, number[]>();
    this.facts.forEachCitation((index, source) => {
      const id = ids[source] as string;
      const list = citing.get(id);
      if (!list) citing.set(id, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    });
    return (this.citing = citing);
  }
}

function toRecord(rel: Relationship): RelationshipRecord {
  const record: RelationshipRecord = {
    id: relationshipId(rel),
    type: rel.type,
    from: rel.from,
    to: rel.to,
    symmetric: SYMMETRIC[relationshipTypeIndex(rel.type)] === 1,
    claims: rel.claims,
    contested: isContested(rel.claims),
  };
  if (rel.role !== undefined) record.role = rel.role;
  const span = claimsSpan(rel.claims);
  if (span) record.span = span;
  return record;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
