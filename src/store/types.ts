// The GraphStore interface: everything the app reads and writes goes through it. Both the
// embedded store and the Neo4j store implement it; no graphology or driver type leaks out.
import type { Candidate } from '../domain/errors.js';
import type { ActorKind } from '../domain/kinds.js';
import type { Actor, Claim, Dataset, Source } from '../domain/schema.js';

export type StoreKind = 'embedded' | 'neo4j';

/** A relationship as stored: the seed record plus its id and derived facts. */
export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  symmetric: boolean;
  role?: string;
  claims: Claim[];
  contested: boolean;
  /** First and last day covered by dated claims (YYYY-MM-DD); absent when none is dated. */
  span?: { first: string; last: string };
}

export interface ActorSummary {
  id: string;
  kind: ActorKind;
  name: string;
}

/** A node of a graph view. */
export interface GraphNode extends ActorSummary {
  aliases: string[];
  description: string;
  date?: Actor['date'];
  /** Degree in the whole stored graph, not in the filtered view. */
  degree: number;
}

/** An edge of a graph view: the relationship without its claim texts. */
export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  symmetric: boolean;
  contested: boolean;
  claimCount: number;
  sources: string[];
  span?: { first: string; last: string };
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * GET /api/graph/compact: the graph view as the canvas needs it, in columns. Nodes and edges keep
 * the order of GET /api/graph; kinds, types and spans are tables the columns index into, so a
 * big graph travels as arrays of small numbers instead of one object per record.
 */
export interface CompactGraph {
  kinds: string[];
  types: string[];
  /** The distinct spans of the edges, as `first/last` (YYYY-MM-DD/YYYY-MM-DD). */
  spans: string[];
  nodes: { id: string[]; name: string[]; kind: number[]; degree: number[] };
  edges: {
    /** Indices into nodes. */
    from: number[];
    to: number[];
    type: number[];
    /** Bit 1: symmetric; bit 2: contested. */
    flags: number[];
    claims: number[];
    /** How many distinct sources the claims cite. */
    sources: number[];
    /** Index into spans; -1 when the relationship has no dated claim. */
    span: number[];
    /** Ids that are not `from.TYPE.to`, keyed by edge index (relationship ids almost always are). */
    ids: Record<string, string>;
  };
}

export interface GraphFilter {
  kinds?: ActorKind[];
  types?: string[];
  /** Date window, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD. Undated relationships stay. */
  from?: string;
  to?: string;
  minClaims?: number;
  contestedOnly?: boolean;
}

/** A claim with its claimant's display name. */
export interface NamedClaim extends Claim {
  /** The claimant's display name (actor name, "the article's author" or "unnamed sources"). */
  claimedByName: string;
}

/** A claim with its claimant's name and its source's metadata beside it. */
export interface ClaimWithSource extends NamedClaim {
  sourceInfo: Source;
}

export interface ActorRelationship extends Omit<RelationshipRecord, 'claims'> {
  /** 'out' when the actor is `from`, 'in' when it is `to`; symmetric types say 'both'. */
  direction: 'out' | 'in' | 'both';
  other: ActorSummary;
  claims: ClaimWithSource[];
}

export interface ActorDetail {
  actor: Actor;
  degree: number;
  relationships: ActorRelationship[];
}

export interface SearchHit extends Candidate {
  match: 'id' | 'exact' | 'prefix' | 'substring' | 'fuzzy';
  score: number;
}

export type Resolution =
  | { status: 'found'; actor: ActorSummary; matched: string }
  | { status: 'ambiguous'; candidates: Candidate[] }
  | { status: 'unknown'; suggestions: Candidate[] };

export interface NeighbourhoodQuery {
  depth: 1 | 2 | 3;
  types?: string[];
}

export interface Neighbourhood extends GraphView {
  center: string;
  /** Hops from the center for each node id. */
  distance: Record<string, number>;
}

export interface PathQuery {
  from: string;
  to: string;
  /** Longest path length in hops, 1 to 6. */
  maxHops: number;
  types?: string[];
  /** Follow relationships only along their direction (symmetric ones both ways). */
  directed: boolean;
  /** Most paths to return. */
  limit: number;
}

export interface Hop {
  relationship: string;
  type: string;
  /** The node ids in the order the path walks them. */
  from: string;
  to: string;
  /** 'forward' when walked from the relationship's `from` to its `to`. */
  direction: 'forward' | 'backward';
}

export interface RawPath {
  nodes: string[];
  hops: Hop[];
}

/** Paths with the actors and relationships they touch, ready to rank and explain. */
export interface PathSet {
  paths: RawPath[];
  /** True when more paths existed than `limit` allowed. */
  truncated: boolean;
  actors: Record<string, ActorSummary>;
  relationships: Record<string, RelationshipRecord>;
  sources: Record<string, Source>;
}

export interface SourceWithCount extends Source {
  claimCount: number;
}

export interface SourceDetail {
  source: Source;
  claims: Array<{ relationship: Omit<RelationshipRecord, 'claims'>; claim: Claim }>;
}

export interface Stats {
  actors: number;
  relationships: number;
  claims: number;
  sources: number;
  contested: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

export interface LoadResult {
  actors: number;
  relationships: number;
  sources: number;
}

export type LoadMode = 'merge' | 'replace';

export interface GraphStore {
  readonly kind: StoreKind;
  /**
   * Validates the dataset (merged with what is stored, in 'merge' mode) and writes it whole, or
   * throws ValidationError and leaves what is stored untouched.
   */
  load(dataset: Dataset, mode: LoadMode): Promise<LoadResult>;
  exportDataset(): Promise<Dataset>;
  isEmpty(): Promise<boolean>;
  getGraph(filter?: GraphFilter): Promise<GraphView>;
  /** The same view in columns (GET /api/graph/compact's body). */
  getCompactGraph(filter?: GraphFilter): Promise<CompactGraph>;
  getActor(id: string): Promise<ActorDetail | null>;
  /** Resolves a name, alias or id to one actor, or says why it cannot. */
  resolve(name: string): Promise<Resolution>;
  search(query: string, options?: { limit?: number; kinds?: ActorKind[] }): Promise<SearchHit[]>;
  neighbourhood(id: string, query: NeighbourhoodQuery): Promise<Neighbourhood>;
  /** All shortest paths (up to limit); maxHops bounds their length. */
  shortestPaths(query: PathQuery): Promise<PathSet>;
  /** All simple paths up to maxHops, shortest first (up to limit). */
  simplePaths(query: PathQuery): Promise<PathSet>;
  listSources(): Promise<SourceWithCount[]>;
  getSource(id: string): Promise<SourceDetail | null>;
  stats(): Promise<Stats>;
  /**
   * A token that changes whenever the stored data does: a read answered at one revision holds
   * until the next, so callers may cache answers and tag them for HTTP revalidation.
   */
  revision(): Promise<string>;
  /** Throws StoreUnavailableError when the backing store cannot be reached. */
  ping(): Promise<void>;
  /**
   * Reads ahead what the first queries would otherwise wait for (a server starts it in the
   * background): on Neo4j the actor names that resolution and search use, and their index.
   */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}
