// GET /api/graph: the whole graph, or the part a filter keeps.
import { graphView } from '../bodies.js';
import { graphQuery } from '../params.js';
import { defineRoute } from '../route.js';

export const getGraph = defineRoute({
  path: '/graph',
  cached: true,
  tag: 'graph',
  summary: 'Actors and relationships (without claim texts), optionally filtered.',
  query: graphQuery,
  response: { description: 'The graph view.', json: graphView },
  async handle({ store, query }) {
    const { contested, ...filter } = query;
    return store.getGraph({ ...filter, contestedOnly: contested });
  },
});
