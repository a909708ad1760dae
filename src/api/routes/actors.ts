// GET /api/actors (search), /api/actors/:id (detail, by id or name) and its neighbourhood.
import { NotFoundError } from '../../domain/errors.js';
import { RELATIONSHIP_TYPE_NAMES, relationshipTypeInfo } from '../../domain/vocabulary.js';
import { resolveActor } from '../../paths/index.js';
import type { ActorDetail, GraphStore } from '../../store/types.js';
import { actorBody, neighbourhood as neighbourhoodBody, searchBody } from '../bodies.js';
import { actorParams, neighbourhoodQuery, noQuery, searchQuery } from '../params.js';
import { defineRoute } from '../route.js';
import type { ActorBody, SearchBody } from '../types.js';

const TYPE_ORDER = new Map<string, number>(RELATIONSHIP_TYPE_NAMES.map((t, i) => [t, i]));

/** An id first (the web's common case, one store call), else a name or alias. */
async function findActor(store: GraphStore, key: string): Promise<ActorDetail> {
  const byId = await store.getActor(key);
  if (byId) return byId;
  const { id } = await resolveActor(store, key);
  const detail = await store.getActor(id);
  if (!detail) throw new NotFoundError('actor', key);
  return detail;
}

function groupByType(detail: ActorDetail): ActorBody['groups'] {
  const groups = new Map<string, ActorBody['groups'][number]>();
  for (const rel of detail.relationships) {
    let group = groups.get(rel.type);
    if (!group) {
      group = {
        type: rel.type,
        label: relationshipTypeInfo(rel.type)?.label ?? rel.type,
        relationships: [],
      };
      groups.set(rel.type, group);
    }
    group.relationships.push(rel);
  }
  const rank = (type: string) => TYPE_ORDER.get(type) ?? TYPE_ORDER.size;
  return [...groups.values()].sort((a, b) => rank(a.type) - rank(b.type));
}

export const searchActors = defineRoute({
  path: '/actors',
  cached: true,
  tag: 'actors',
  summary: 'Search actors by name, alias or id, best match first.',
  query: searchQuery,
  response: { description: 'Ranked hits.', json: searchBody },
  async handle({ store, query }): Promise<SearchBody> {
    const hits = await store.search(query.q, { limit: query.limit, kinds: query.kinds });
    return { query: query.q, hits };
  },
});

export const getActor = defineRoute({
  path: '/actors/:id',
  cached: true,
  tag: 'actors',
  summary: 'One actor with its relationships and their evidence, grouped by type.',
  description:
    'The key is an actor id or any name or alias. An unknown name answers 404 with ' +
    'suggestions; a name several actors share answers 409 with the candidates.',
  params: actorParams,
  query: noQuery,
  response: { description: 'The actor.', json: actorBody },
  errors: [404, 409],
  async handle({ store, params }): Promise<ActorBody> {
    const detail = await findActor(store, params.id);
    return { actor: detail.actor, degree: detail.degree, groups: groupByType(detail) };
  },
});

export const getNeighbourhood = defineRoute({
  path: '/actors/:id/neighbourhood',
  cached: true,
  tag: 'actors',
  summary: 'The actors within a few hops of one actor, and the relationships between them.',
  params: actorParams,
  query: neighbourhoodQuery,
  response: { description: 'The neighbourhood.', json: neighbourhoodBody },
  errors: [404, 409],
  async handle({ store, params, query }) {
    const { id } = await resolveActor(store, params.id);
    return store.neighbourhood(id, { depth: query.depth, types: query.types });
  },
});
