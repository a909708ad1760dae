// GET /api/sources and /api/sources/:id: the articles the claims cite.
import { NotFoundError } from '../../domain/errors.js';
import { sourceDetail, sourcesBody } from '../bodies.js';
import { noQuery, sourceParams } from '../params.js';
import { defineRoute } from '../route.js';
import type { SourcesBody } from '../types.js';

export const listSources = defineRoute({
  path: '/sources',
  cached: true,
  tag: 'sources',
  summary: 'Every source, with how many claims cite it.',
  query: noQuery,
  response: { description: 'The sources.', json: sourcesBody },
  handle: async ({ store }): Promise<SourcesBody> => ({ sources: await store.listSources() }),
});

export const getSource = defineRoute({
  path: '/sources/:id',
  cached: true,
  tag: 'sources',
  summary: 'One source and every claim that cites it, with its relationship.',
  params: sourceParams,
  query: noQuery,
  response: { description: 'The source.', json: sourceDetail },
  errors: [404],
  async handle({ store, params }) {
    const detail = await store.getSource(params.id);
    if (!detail) throw new NotFoundError('source', params.id);
    return detail;
  },
});
