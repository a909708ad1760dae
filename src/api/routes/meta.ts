// GET /api/health, /api/vocabulary and /api/openapi.json: what the server and its data speak.
import { z } from 'zod';
import { healthBody, vocabularyBody } from '../bodies.js';
import { noQuery } from '../params.js';
import { defineRoute } from '../route.js';
import type { HealthBody } from '../types.js';
import { VOCABULARY } from '../vocabulary.js';

export const health = defineRoute({
  path: '/health',
  tag: 'meta',
  summary: 'Is the server up and its store reachable?',
  description: 'Answers 503 store_unavailable while the store cannot be reached.',
  query: noQuery,
  response: { description: 'The store answers.', json: healthBody },
  async handle({ store, version }): Promise<HealthBody> {
    await store.ping();
    const stats = await store.stats();
    return {
      status: 'ok',
      store: store.kind,
      nodes: stats.actors,
      relationships: stats.relationships,
      version,
    };
  },
});

export const vocabulary = defineRoute({
  path: '/vocabulary',
  tag: 'meta',
  summary: 'Actor kinds, relationship types and claim statuses, with descriptions and colours.',
  query: noQuery,
  response: { description: 'The vocabulary.', json: vocabularyBody },
  handle: async () => VOCABULARY,
});

export const openapi = defineRoute({
  path: '/openapi.json',
  tag: 'meta',
  summary: 'This document.',
  query: noQuery,
  response: {
    description: 'The OpenAPI 3.1 document.',
    json: z.object({ openapi: z.string() }).loose(),
  },
  handle: async (input) => input.openapi,
});
