// GET /api/paths: who links one actor to another, with the evidence on every hop.
import { answerPaths } from '../../paths/index.js';
import { pathAnswer } from '../bodies.js';
import { pathsQuery } from '../params.js';
import { defineRoute } from '../route.js';

export const getPaths = defineRoute({
  path: '/paths',
  cached: true,
  tag: 'paths',
  summary: 'Ranked, explained paths between two actors, with brokers and cited sources.',
  description:
    'from and to take ids, names or aliases. Paths are ranked by length, then by evidence; ' +
    'each hop carries its claims with their sources. Brokers are the actors most paths pass ' +
    'through.',
  query: pathsQuery,
  response: { description: 'The path answer.', json: pathAnswer },
  errors: [404, 409],
  async handle({ store, query }) {
    const { from, to, ...options } = query;
    return answerPaths(store, from, to, options);
  },
});
