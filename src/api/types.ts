// JSON bodies of the HTTP API: the contract the web explorer and the OpenAPI document share.
import type { SourcePosition } from '../cypher/wire.js';
import type { Candidate } from '../domain/errors.js';
import type { ActorKindInfo } from '../domain/kinds.js';
import type { Actor, ClaimStatus } from '../domain/schema.js';
import type { RelationshipTypeInfo } from '../domain/vocabulary.js';
import type { ActorRelationship, GraphEdge, SearchHit, StoreKind } from '../store/types.js';

export type {
  CompactGraph,
  GraphView,
  GraphNode,
  GraphEdge,
  Neighbourhood,
  SourceWithCount,
  SourceDetail,
} from '../store/types.js';
export type { PathAnswer, RankedPath, Broker, ExplainedHop } from '../paths/types.js';

/** GET /api/health */
export interface HealthBody {
  status: 'ok';
  store: StoreKind;
  nodes: number;
  relationships: number;
  version: string;
}

/** GET /api/vocabulary */
export interface VocabularyBody {
  kinds: ActorKindInfo[];
  relationshipTypes: RelationshipTypeInfo[];
  claimStatuses: Array<{
    status: ClaimStatus;
    label: string;
    description: string;
    contested: boolean;
  }>;
}

/** GET /api/actors?q= */
export interface SearchBody {
  query: string;
  hits: SearchHit[];
}

/** GET /api/actors/:id */
export interface ActorBody {
  actor: Actor;
  degree: number;
  /** Relationships grouped by type, groups in vocabulary order. */
  groups: Array<{ type: string; label: string; relationships: ActorRelationship[] }>;
}

/** GET /api/sources */
export interface SourcesBody {
  sources: import('../store/types.js').SourceWithCount[];
}

/** Every error response: one shape everywhere. */
export interface ErrorBody {
  error: {
    status: number;
    /** Machine-readable: bad_request, not_found, ambiguous, store_unavailable, ... */
    code: string;
    message: string;
    /** The offending parameter, for 400s. */
    field?: string;
    /** 409: the actors an ambiguous name could mean. */
    candidates?: Candidate[];
    /** 404: "did you mean" suggestions. */
    suggestions?: Candidate[];
    /** Cypher errors: where in the query, and the text found there. */
    position?: SourcePosition;
    text?: string;
  };
}

/** An actor as the canvas, filters and table use it; the details panel fetches the rest. */
export interface CanvasNode {
  id: string;
  name: string;
  kind: string;
  degree: number;
}

/** A relationship as the canvas, filters and table use it: counts instead of lists. */
export interface CanvasEdge extends Omit<GraphEdge, 'sources'> {
  sourceCount: number;
}

export interface CanvasView {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}
