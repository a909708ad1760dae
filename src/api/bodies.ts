// Zod schemas of the JSON response bodies, mirroring src/api/types.ts; the OpenAPI document is
// generated from them. `satisfies` keeps each schema's output assignable to its contract type.
import { z } from 'zod';
import type { Candidate } from '../domain/errors.js';
import { ACTOR_KINDS, type ActorKindInfo } from '../domain/kinds.js';
import {
  CLAIM_STATUSES,
  actorSchema,
  claimSchema,
  datasetSchema,
  dateSpecSchema,
  sourceSchema,
} from '../domain/schema.js';
import type { RelationshipTypeInfo } from '../domain/vocabulary.js';
import type { Broker, ExplainedHop, PathAnswer, RankedPath } from '../paths/types.js';
import type {
  ActorRelationship,
  ActorSummary,
  ClaimWithSource,
  NamedClaim,
  GraphEdge,
  GraphNode,
  GraphView,
  Neighbourhood,
  SearchHit,
  SourceDetail,
  SourceWithCount,
} from '../store/types.js';
import type {
  ActorBody,
  CompactGraph,
  ErrorBody,
  HealthBody,
  SearchBody,
  SourcesBody,
  VocabularyBody,
} from './types.js';

const count = () => z.number().int().min(0);
const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const span = z
  .object({ first: day(), last: day() })
  .strict()
  .meta({ description: 'First and last day covered by the dated claims.' });

export const actorSummary = z
  .object({ id: z.string(), kind: z.enum(ACTOR_KINDS), name: z.string() })
  .strict() satisfies z.ZodType<ActorSummary>;

export const candidate = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    matched: z.string().meta({ description: 'The name or alias that matched.' }),
  })
  .strict() satisfies z.ZodType<Candidate>;

export const namedClaim = claimSchema
  .extend({ claimedByName: z.string() })
  .strict() satisfies z.ZodType<NamedClaim>;

export const claimWithSource = namedClaim
  .extend({ sourceInfo: sourceSchema })
  .strict() satisfies z.ZodType<ClaimWithSource>;

/** The fields every relationship carries besides its claims. */
const relationshipFields = {
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  symmetric: z.boolean(),
  role: z.string().optional(),
  contested: z.boolean(),
  span: span.optional(),
};

export const relationshipSummary = z.object(relationshipFields).strict();

export const actorRelationship = z
  .object({
    ...relationshipFields,
    direction: z.enum(['out', 'in', 'both']),
    other: actorSummary,
    claims: z.array(claimWithSource),
  })
  .strict() satisfies z.ZodType<ActorRelationship>;

export const graphNode = actorSummary
  .extend({
    aliases: z.array(z.string()),
    description: z.string(),
    date: dateSpecSchema.optional(),
    degree: count().meta({ description: 'Degree in the whole graph, not in the filtered view.' }),
  })
  .strict() satisfies z.ZodType<GraphNode>;

export const graphEdge = z
  .object({
    id: z.string(),
    type: z.string(),
    from: z.string(),
    to: z.string(),
    symmetric: z.boolean(),
    contested: z.boolean(),
    claimCount: count(),
    sources: z.array(z.string()),
    span: span.optional(),
  })
  .strict() satisfies z.ZodType<GraphEdge>;

export const graphView = z
  .object({ nodes: z.array(graphNode), edges: z.array(graphEdge) })
  .strict() satisfies z.ZodType<GraphView>;

const column = <T extends z.ZodType>(item: T, description: string) =>
  z.array(item).meta({ description });
const indices = (into: string) => column(count(), `Indices into ${into}.`);

export const compactGraph = z
  .object({
    kinds: column(z.string(), 'The actor kinds nodes.kind indexes.'),
    types: column(z.string(), 'The relationship types edges.type indexes.'),
    spans: column(
      z.string().regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/),
      'The distinct spans of the relationships, as first/last.',
    ),
    nodes: z
      .object({
        id: column(z.string(), 'Actor ids.'),
        name: column(z.string(), 'Actor names.'),
        kind: indices('kinds'),
        degree: column(count(), 'Degree in the whole graph, not in the filtered view.'),
      })
      .strict(),
    edges: z
      .object({
        from: indices('nodes'),
        to: indices('nodes'),
        type: indices('types'),
        flags: column(z.number().int().min(0).max(3), 'Bit 1: symmetric; bit 2: contested.'),
        claims: column(count(), 'Claims on the relationship.'),
        sources: column(count(), 'Distinct sources its claims cite.'),
        span: column(z.number().int().min(-1), 'Index into spans; -1: no dated claim.'),
        ids: z
          .record(z.string(), z.string())
          .meta({ description: 'Relationship ids that are not from.TYPE.to, by edge index.' }),
      })
      .strict(),
  })
  .strict()
  .meta({
    description:
      'The graph view in columns for drawing: the order of GET /api/graph, records replaced by ' +
      'indices into kinds, types, spans and nodes.',
  }) satisfies z.ZodType<CompactGraph>;

export const neighbourhood = graphView
  .extend({
    center: z.string(),
    distance: z.record(z.string(), count()).meta({ description: 'Hops from the center, by id.' }),
  })
  .strict() satisfies z.ZodType<Neighbourhood>;

export const healthBody = z
  .object({
    status: z.literal('ok'),
    store: z.enum(['embedded', 'neo4j']),
    nodes: count(),
    relationships: count(),
    version: z.string(),
  })
  .strict() satisfies z.ZodType<HealthBody>;

const eventCode = z.object({ code: z.string(), label: z.string() }).strict();

export const vocabularyBody = z
  .object({
    kinds: z.array(
      z
        .object({
          kind: z.enum(ACTOR_KINDS),
          label: z.string(),
          description: z.string(),
          color: z.string(),
        })
        .strict() satisfies z.ZodType<ActorKindInfo>,
    ),
    relationshipTypes: z.array(
      z
        .object({
          type: z.string(),
          label: z.string(),
          active: z.string().meta({ description: 'Verb phrase reading from -> to.' }),
          passive: z.string().meta({ description: 'Verb phrase reading to -> from.' }),
          description: z.string(),
          direction: z.string(),
          symmetric: z.boolean(),
          from: z.array(z.enum(ACTOR_KINDS)),
          to: z.array(z.enum(ACTOR_KINDS)),
          cameo: eventCode.optional(),
          plover: z.string().optional(),
          color: z.string(),
        })
        .strict() satisfies z.ZodType<RelationshipTypeInfo>,
    ),
    claimStatuses: z.array(
      z
        .object({
          status: z.enum(CLAIM_STATUSES),
          label: z.string().meta({ description: 'The status in words for readers.' }),
          description: z.string(),
          contested: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict() satisfies z.ZodType<VocabularyBody>;

export const searchBody = z
  .object({
    query: z.string(),
    hits: z.array(
      candidate
        .extend({
          match: z.enum(['id', 'exact', 'prefix', 'substring', 'fuzzy']),
          score: z.number(),
        })
        .strict() satisfies z.ZodType<SearchHit>,
    ),
  })
  .strict() satisfies z.ZodType<SearchBody>;

export const actorBody = z
  .object({
    actor: actorSchema,
    degree: count(),
    groups: z.array(
      z
        .object({ type: z.string(), label: z.string(), relationships: z.array(actorRelationship) })
        .strict(),
    ),
  })
  .strict() satisfies z.ZodType<ActorBody>;

const explainedHop = z
  .object({
    relationship: z.string(),
    type: z.string(),
    from: z.string(),
    to: z.string(),
    direction: z.enum(['forward', 'backward']),
    symmetric: z.boolean(),
    role: z.string().optional(),
    contested: z.boolean(),
    claims: z.array(namedClaim),
    sources: z.array(z.string()),
  })
  .strict() satisfies z.ZodType<ExplainedHop>;

const rankedPath = z
  .object({
    rank: z.number().int().min(1),
    length: count(),
    nodes: z.array(actorSummary),
    hops: z.array(explainedHop),
    evidence: z.number(),
    contested: z.boolean(),
    explanation: z.string(),
    sources: z.array(z.string()),
  })
  .strict() satisfies z.ZodType<RankedPath>;

const broker = z
  .object({ actor: actorSummary, paths: count(), share: z.number().min(0).max(1) })
  .strict() satisfies z.ZodType<Broker>;

export const pathAnswer = z
  .object({
    from: actorSummary,
    to: actorSummary,
    query: z
      .object({
        maxHops: z.number().int(),
        types: z.array(z.string()).optional(),
        directed: z.boolean(),
        limit: z.number().int(),
      })
      .strict(),
    paths: z.array(rankedPath),
    brokers: z.array(broker),
    truncated: z.boolean(),
    sources: z.record(z.string(), sourceSchema),
  })
  .strict() satisfies z.ZodType<PathAnswer>;

export const sourcesBody = z
  .object({
    sources: z.array(
      sourceSchema.extend({ claimCount: count() }).strict() satisfies z.ZodType<SourceWithCount>,
    ),
  })
  .strict() satisfies z.ZodType<SourcesBody>;

export const sourceDetail = z
  .object({
    source: sourceSchema,
    claims: z.array(z.object({ relationship: relationshipSummary, claim: claimSchema }).strict()),
  })
  .strict() satisfies z.ZodType<SourceDetail>;

export const errorBody = z
  .object({
    error: z
      .object({
        status: z.number().int(),
        code: z.string().meta({
          description:
            'bad_request, not_found, method_not_allowed, ambiguous, timeout, store_unavailable, internal_error; for Cypher also syntax_error, semantic_error, type_error, argument_error, parameter_error, read_only, unsupported, limit_exceeded',
        }),
        message: z.string(),
        field: z.string().optional().meta({ description: 'The offending parameter, for 400s.' }),
        candidates: z
          .array(candidate)
          .optional()
          .meta({ description: '409: the actors an ambiguous name could mean.' }),
        suggestions: z
          .array(candidate)
          .optional()
          .meta({ description: '404: "did you mean" suggestions.' }),
        position: z
          .object({ offset: count(), line: count(), column: count() })
          .strict()
          .optional()
          .meta({ description: 'Cypher errors: where in the query (line and column from 1).' }),
        text: z
          .string()
          .optional()
          .meta({ description: 'Cypher errors: the offending text at that position.' }),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<ErrorBody>;

/** Component names in the OpenAPI document; shared schemas become $refs to these. */
export const COMPONENTS = {
  ActorSummary: actorSummary,
  Candidate: candidate,
  Source: sourceSchema,
  Claim: claimSchema,
  NamedClaim: namedClaim,
  ClaimWithSource: claimWithSource,
  Actor: actorSchema,
  DateSpec: dateSpecSchema,
  Span: span,
  GraphNode: graphNode,
  GraphEdge: graphEdge,
  GraphView: graphView,
  CompactGraph: compactGraph,
  Neighbourhood: neighbourhood,
  HealthBody: healthBody,
  VocabularyBody: vocabularyBody,
  SearchBody: searchBody,
  ActorBody: actorBody,
  PathAnswer: pathAnswer,
  SourcesBody: sourcesBody,
  SourceDetail: sourceDetail,
  Dataset: datasetSchema,
  ErrorBody: errorBody,
} satisfies Record<string, z.ZodType>;
