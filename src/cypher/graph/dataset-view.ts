// The embedded store's graph as Cypher sees it, in exactly the model Neo4j holds
// (cypher/schema.cypher): (:Actor:<Kind>) nodes, vocabulary relationships, (:Claim)-[:CITES]->
// (:Source) and one (:Meta). Properties come from the same row builders the Neo4j loader uses
// (src/store/neo4j/rows.ts), so both stores show the same properties; absent ones are absent.
// Read-only. Nodes are numbered actors, then sources, then claims, then the Meta node;
// relationships are the store's, then one CITES per claim. Actor adjacency is walked on
// typed arrays (CSR), as the native store walks it.
import { bucketItems, type Buckets } from '../../domain/buckets.js';
import type { Dataset } from '../../domain/schema.js';
import { RELATIONSHIP_TYPE_NAMES, relationshipTypeIndex } from '../../domain/vocabulary.js';
import type { DatasetGraph } from '../../store/embedded/dataset-graph.js';
import { actorRow, claimRow, relationshipProps, sourceRow } from '../../store/neo4j/rows.js';
import type { CypherMap, Value } from '../values/types.js';
import { SCHEMA_VERSION } from './model.js';
import type { Direction, NodeAdjacency, QueryGraph } from './types.js';

const CITES = 'CITES';
const CITES_TYPE = RELATIONSHIP_TYPE_NAMES.length;
const EMPTY = new Int32Array(0);

/** A loader row as Cypher values: nulls dropped (Neo4j stores none), JS numbers as FLOAT. */
function toMap(row: Record<string, unknown>): CypherMap {
  const m: CypherMap = new Map();
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) m.set(k, v as Value);
  return m;
}

function range(from: number, to: number): Iterable<number> {
  return {
    *[Symbol.iterator]() {
      for (let i = from; i < to; i++) yield i;
    },
  };
}

export class DatasetView implements QueryGraph {
  private readonly data: Dataset;
  private readonly actors: number;
  private readonly sourceBase: number;
  private readonly claimBase: number;
  private readonly metaNode: number;
  private readonly relCount: number;
  private readonly relFrom: Int32Array;
  private readonly relTo: Int32Array;
  private readonly relTypes: Uint8Array;
  private readonly out: Buckets;
  private readonly in: Buckets;
  /** claimStart[r]..claimStart[r+1] are relationship r's claims. */
  private readonly claimStart: Int32Array;
  private readonly claimSource: Int32Array;
  private readonly citing: Buckets;
  private readonly sourceAt = new Map<string, number>();
  private readonly props: Array<CypherMap | undefined> = [];
  private readonly relProps: Array<CypherMap | undefined> = [];
  private kindNodes?: Map<string, number[]>;
  private relAt?: Map<string, number>;
  private claimants?: Map<string, number[]>;
  private perType?: number[];

  constructor(
    private readonly graph: DatasetGraph,
    private readonly revision?: string,
  ) {
    this.data = graph.toDataset();
    const { actors, sources, relationships } = this.data;
    this.actors = actors.length;
    this.sourceBase = actors.length;
    this.claimBase = this.sourceBase + sources.length;
    sources.forEach((s, i) => this.sourceAt.set(s.id, i));
    this.relCount = relationships.length;
    this.relFrom = new Int32Array(this.relCount);
    this.relTo = new Int32Array(this.relCount);
    this.relTypes = new Uint8Array(this.relCount);
    this.claimStart = new Int32Array(this.relCount + 1);
    relationships.forEach((r, i) => {
      this.relFrom[i] = graph.position(r.from) as number;
      this.relTo[i] = graph.position(r.to) as number;
      this.relTypes[i] = relationshipTypeIndex(r.type);
      this.claimStart[i + 1] = (this.claimStart[i] as number) + r.claims.length;
    });
    const claims = this.claimStart[this.relCount] as number;
    this.claimSource = new Int32Array(claims);
    let c = 0;
    for (const r of relationships)
      for (const claim of r.claims) this.claimSource[c++] = this.sourceAt.get(claim.source) ?? -1;
    this.metaNode = this.claimBase + claims;
    this.out = bucketItems(this.relFrom, this.actors);
    this.in = bucketItems(this.relTo, this.actors);
    this.citing = bucketItems(this.claimSource, sources.length);
  }

  private get claimCount(): number {
    return this.metaNode - this.claimBase;
  }

  /** The relationship a claim (by its number among claims) belongs to. */
  private claimRel(claim: number): number {
    let lo = 0;
    let hi = this.relCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.claimStart[mid] as number) <= claim) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  *nodes(): Iterable<number> {
    yield* range(0, this.metaNode + 1);
  }

  nodesWithLabel(label: string): Iterable<number> {
    switch (label) {
      case 'Actor':
        return range(0, this.actors);
      case 'Source':
        return range(this.sourceBase, this.claimBase);
      case 'Claim':
        return range(this.claimBase, this.metaNode);
      case 'Meta':
        return [this.metaNode];
    }
    return this.kinds().get(label) ?? [];
  }

  private kinds(): Map<string, number[]> {
    if (this.kindNodes) return this.kindNodes;
    const kinds = new Map<string, number[]>();
    this.data.actors.forEach((a, i) => {
      const list = kinds.get(a.kind);
      if (list) list.push(i);
      else kinds.set(a.kind, [i]);
    });
    return (this.kindNodes = kinds);
  }

  hasLabel(node: number, label: string): boolean {
    // Called per candidate in scans and expansions: answer from the numbering, not a new array.
    if (node < this.actors)
      return (
        label === 'Actor' || (this.data.actors[node] as Dataset['actors'][number]).kind === label
      );
    if (node < this.claimBase) return label === 'Source';
    if (node < this.metaNode) return label === 'Claim';
    return label === 'Meta';
  }

  seek(label: string, key: string, value: Value): Iterable<number> | undefined {
    if (key === 'id' && (label === 'Actor' || label === 'Source' || label === 'Claim')) {
      if (typeof value !== 'string') return [];
      if (label === 'Actor') {
        const at = this.graph.position(value);
        return at === undefined ? [] : [at];
      }
      if (label === 'Source') {
        const at = this.sourceAt.get(value);
        return at === undefined ? [] : [this.sourceBase + at];
      }
      const hash = value.lastIndexOf('#');
      const rel = this.relIndex().get(value.slice(0, hash));
      const digits = value.slice(hash + 1);
      const index = Number(digits);
      // Exactly the id's own spelling: "#00" names no claim, though it reads as index 0.
      if (hash < 0 || rel === undefined || String(index) !== digits) return [];
      const claim = (this.claimStart[rel] as number) + index;
      return claim < (this.claimStart[rel + 1] as number) ? [this.claimBase + claim] : [];
    }
    if (label === 'Claim' && key === 'relId') {
      if (typeof value !== 'string') return [];
      const rel = this.relIndex().get(value);
      return rel === undefined
        ? []
        : range(
            this.claimBase + (this.claimStart[rel] as number),
            this.claimBase + (this.claimStart[rel + 1] as number),
          );
    }
    if (label === 'Claim' && key === 'claimedBy')
      return typeof value === 'string' ? (this.claimedBy().get(value) ?? []) : [];
    if (label === 'Meta' && key === 'key') return value === 'dataset' ? [this.metaNode] : [];
    return undefined;
  }

  private relIndex(): Map<string, number> {
    if (this.relAt) return this.relAt;
    const at = new Map<string, number>();
    for (let i = 0; i < this.relCount; i++) at.set(this.relId(i), i);
    return (this.relAt = at);
  }

  private relId(rel: number): string {
    return this.graph.relationship(rel).id;
  }

  private claimedBy(): Map<string, number[]> {
    if (this.claimants) return this.claimants;
    const by = new Map<string, number[]>();
    let c = 0;
    for (const r of this.data.relationships)
      for (const claim of r.claims) {
        const list = by.get(claim.claimedBy);
        if (list) list.push(this.claimBase + c);
        else by.set(claim.claimedBy, [this.claimBase + c]);
        c++;
      }
    return (this.claimants = by);
  }

  *relationships(): Iterable<number> {
    yield* range(0, this.relCount + this.claimCount);
  }

  relationshipsOf(node: number, direction: Direction): ArrayLike<number> {
    if (node < this.actors) {
      const o =
        direction === 'in'
          ? EMPTY
          : this.out.items.subarray(this.out.start[node], this.out.start[node + 1]);
      if (direction === 'out') return o;
      const i = this.in.items.subarray(this.in.start[node], this.in.start[node + 1]);
      if (direction === 'in') return i;
      if (o.length === 0) return i;
      if (i.length === 0) return o;
      // Both ways: a self-loop is listed once.
      const both = Array.from(o);
      for (const r of i) if (this.relFrom[r] !== node) both.push(r);
      return both;
    }
    if (node < this.claimBase) {
      if (direction === 'out') return EMPTY;
      const s = node - this.sourceBase;
      const claims = this.citing.items.subarray(this.citing.start[s], this.citing.start[s + 1]);
      return Array.from(claims, (c) => this.relCount + c);
    }
    if (node < this.metaNode)
      return direction === 'in' ? EMPTY : [this.relCount + node - this.claimBase];
    return EMPTY;
  }

  /** Actors are the nodes whose relationships the CSR holds: claims and sources have CITES. */
  adjacency(): NodeAdjacency {
    return { nodes: this.actors, out: this.out, in: this.in };
  }

  countRelationships(
    startLabel: string | undefined,
    endLabel: string | undefined,
  ): Map<string, number> | undefined {
    const fits = (label: string | undefined, ...allowed: string[]) =>
      label === undefined || allowed.includes(label);
    if (!fits(startLabel, 'Actor', 'Claim') || !fits(endLabel, 'Actor', 'Source')) return undefined;
    const counts = new Map<string, number>();
    if (fits(startLabel, 'Actor') && fits(endLabel, 'Actor'))
      this.vocabularyCounts().forEach(
        (n, t) => n > 0 && counts.set(RELATIONSHIP_TYPE_NAMES[t] as string, n),
      );
    if (fits(startLabel, 'Claim') && fits(endLabel, 'Source') && this.claimCount > 0)
      counts.set(CITES, this.claimCount);
    return counts;
  }

  /** Relationships per vocabulary type, counted once: the view never changes. */
  private vocabularyCounts(): number[] {
    if (this.perType) return this.perType;
    const perType = new Array<number>(RELATIONSHIP_TYPE_NAMES.length).fill(0);
    for (let i = 0; i < this.relCount; i++) {
      const t = this.relTypes[i] as number;
      perType[t] = (perType[t] as number) + 1;
    }
    return (this.perType = perType);
  }

  typeId(type: string): number {
    if (type === CITES) return CITES_TYPE;
    return relationshipTypeIndex(type);
  }

  relTypeId(rel: number): number {
    return rel < this.relCount ? (this.relTypes[rel] as number) : CITES_TYPE;
  }

  nodeExists(node: number): boolean {
    return node >= 0 && node <= this.metaNode;
  }

  relExists(rel: number): boolean {
    return rel >= 0 && rel < this.relCount + this.claimCount;
  }

  nodeLabels(node: number): readonly string[] {
    if (node < this.actors)
      return ['Actor', (this.data.actors[node] as Dataset['actors'][number]).kind];
    if (node < this.claimBase) return ['Source'];
    if (node < this.metaNode) return ['Claim'];
    return ['Meta'];
  }

  nodeProperty(node: number, key: string): Value {
    // An actor's id is read for nearly every row a traversal returns: from the actor itself,
    // as actorRow writes it, without building the actor's property map.
    if (key === 'id' && node < this.actors)
      return (this.data.actors[node] as Dataset['actors'][number]).id;
    return this.nodeProps(node).get(key) ?? null;
  }

  nodeProperties(node: number): CypherMap {
    return new Map(this.nodeProps(node));
  }

  private nodeProps(node: number): CypherMap {
    const cached = this.props[node];
    if (cached) return cached;
    let m: CypherMap;
    if (node < this.actors)
      m = toMap(actorRow(this.data.actors[node] as Dataset['actors'][number], node));
    else if (node < this.claimBase) {
      const s = node - this.sourceBase;
      m = toMap(sourceRow(this.data.sources[s] as Dataset['sources'][number], s));
    } else if (node < this.metaNode) {
      const c = node - this.claimBase;
      const r = this.claimRel(c);
      const rel = this.data.relationships[r] as Dataset['relationships'][number];
      const k = c - (this.claimStart[r] as number);
      m = toMap(
        claimRow(rel.claims[k] as (typeof rel.claims)[number], k, rel, this.relId(r)).props,
      );
    } else {
      m = new Map<string, Value>([
        ['key', 'dataset'],
        ['schemaVersion', SCHEMA_VERSION],
      ]);
      if (this.revision !== undefined) m.set('revision', this.revision);
    }
    this.props[node] = m;
    return m;
  }

  nodeElementId(node: number): string {
    if (node < this.actors)
      return `actor:${(this.data.actors[node] as Dataset['actors'][number]).id}`;
    if (node < this.claimBase)
      return `source:${(this.data.sources[node - this.sourceBase] as Dataset['sources'][number]).id}`;
    if (node < this.metaNode) return `claim:${this.nodeProperty(node, 'id') as string}`;
    return 'meta:dataset';
  }

  relType(rel: number): string {
    return rel < this.relCount
      ? (RELATIONSHIP_TYPE_NAMES[this.relTypes[rel] as number] as string)
      : CITES;
  }

  relStart(rel: number): number {
    return rel < this.relCount
      ? (this.relFrom[rel] as number)
      : this.claimBase + rel - this.relCount;
  }

  relEnd(rel: number): number {
    return rel < this.relCount
      ? (this.relTo[rel] as number)
      : this.sourceBase + (this.claimSource[rel - this.relCount] as number);
  }

  relProperty(rel: number, key: string): Value {
    return this.relProps0(rel).get(key) ?? null;
  }

  relProperties(rel: number): CypherMap {
    return new Map(this.relProps0(rel));
  }

  private relProps0(rel: number): CypherMap {
    if (rel >= this.relCount) return new Map();
    const cached = this.relProps[rel];
    if (cached) return cached;
    const m = toMap(
      relationshipProps(this.data.relationships[rel] as Dataset['relationships'][number], rel),
    );
    this.relProps[rel] = m;
    return m;
  }

  relElementId(rel: number): string {
    if (rel < this.relCount) return `rel:${this.relId(rel)}`;
    return `cites:${this.nodeProperty(this.claimBase + rel - this.relCount, 'id') as string}`;
  }
}
