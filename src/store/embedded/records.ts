// The shapes queries return, built from the graph's actors and relationship records.
import { NotFoundError } from '../../domain/errors.js';
import { relationshipId } from '../../domain/relationships.js';
import type { Actor, Claim } from '../../domain/schema.js';
import type { ActorSummary, GraphEdge, GraphNode, RelationshipRecord } from '../types.js';
import { SYMMETRIC, type DatasetGraph } from './dataset-graph.js';

const SUGGESTIONS = 5;

export function actorSummary(actor: Actor): ActorSummary {
  return { id: actor.id, kind: actor.kind, name: actor.name };
}

/**
 * The nodes and edges of graph views, each made on first use and shared by every view after:
 * the graph never changes, and a view of everything at 100k/500k spent most of its time making
 * 600k objects and collecting them. Callers must not change them.
 */
class ViewRecords {
  private readonly nodes: Array<GraphNode | undefined>;
  private readonly edges: Array<GraphEdge | undefined>;

  constructor(private readonly graph: DatasetGraph) {
    this.nodes = new Array<GraphNode | undefined>(graph.actorCount);
    this.edges = new Array<GraphEdge | undefined>(graph.relationshipCount);
  }

  /** The actor at `position` as a node of a graph view. */
  node(position: number): GraphNode {
    return (this.nodes[position] ??= makeNode(this.graph, position));
  }

  /** The relationship numbered `index` as an edge of a graph view, made without its record. */
  edge(index: number): GraphEdge {
    return (this.edges[index] ??= makeEdge(this.graph, index));
  }
}

const viewRecords = new WeakMap<DatasetGraph, ViewRecords>();

/** The graph's view records (one look-up per view, not per record). */
export function viewRecordsOf(graph: DatasetGraph): ViewRecords {
  let records = viewRecords.get(graph);
  if (!records) viewRecords.set(graph, (records = new ViewRecords(graph)));
  return records;
}

function makeNode(graph: DatasetGraph, position: number): GraphNode {
  const { id, kind, name, aliases, description, date } = graph.actorAt(position);
  const degree = graph.degreeAt(position);
  // Written out rather than spread (spreading took 3 µs a node), in the JSON's key order.
  return date
    ? { id, kind, name, aliases, description, date, degree }
    : { id, kind, name, aliases, description, degree };
}

function makeEdge(graph: DatasetGraph, index: number): GraphEdge {
  const rel = graph.storedRelationship(index);
  const { facts } = graph;
  const edge: GraphEdge = {
    id: relationshipId(rel),
    type: rel.type,
    from: rel.from,
    to: rel.to,
    symmetric: SYMMETRIC[graph.typeAt(index)] === 1,
    contested: facts.contested(index),
    claimCount: rel.claims.length,
    sources: distinctSources(rel.claims),
  };
  const span = facts.span(index);
  if (span >= 0) edge.span = facts.spans[span];
  return edge;
}

function distinctSources(claims: readonly Claim[]): string[] {
  // Most relationships have one claim: skip the Set, graph views build one edge per relationship.
  const [only] = claims;
  if (claims.length === 1 && only) return [only.source];
  return [...new Set(claims.map((c) => c.source))];
}

export function withoutClaims(rel: RelationshipRecord): Omit<RelationshipRecord, 'claims'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { claims, ...rest } = rel;
  return rest;
}

/** The actor, or NotFoundError with "did you mean" suggestions. */
export function requireActor(graph: DatasetGraph, id: unknown): Actor {
  const actor = typeof id === 'string' ? graph.actor(id) : undefined;
  if (actor) return actor;
  const key = typeof id === 'string' ? id : String(id);
  const suggestions = graph.names
    .search(key, { limit: SUGGESTIONS })
    .map(({ id: sid, name, kind, matched }) => ({ id: sid, name, kind, matched }));
  throw new NotFoundError('actor', key, suggestions);
}
