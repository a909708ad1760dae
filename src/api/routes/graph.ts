// GET /api/graph: the whole graph, or the part a filter keeps; /api/graph/compact: the same view
// in columns, for the explorer's canvas.
import { compactGraph as compactBody, graphView } from '../bodies.js';
import { graphQuery } from '../params.js';
import { defineRoute, type RouteInput } from '../route.js';
import type { GraphFilter } from '../../store/types.js';
import type { z } from 'zod';

function filterOf({ query }: RouteInput<unknown, z.output<typeof graphQuery>>): GraphFilter {
  const { contested, ...filter } = query;
  return { ...filter, contestedOnly: contested };
}

export const getGraph = defineRoute({
  path: '/graph',
  cached: true,
  tag: 'graph',
  summary: 'Actors and relationships (without claim texts), optionally filtered.',
  query: graphQuery,
  response: { description: 'The graph view.', json: graphView },
  handle: (input) => input.store.getGraph(filterOf(input)),
});

export const getCompactGraph = defineRoute({
  path: '/graph/compact',
  cached: true,
  tag: 'graph',
  summary: 'The graph view of GET /api/graph in columns, for drawing it.',
  description:
    'Ids, names, kinds and degrees of the actors; ends, types, flags, counts and spans of the ' +
    'relationships, as parallel arrays with indices into lookup tables: several times smaller ' +
    'and faster to parse than GET /api/graph at 100k actors. Aliases, descriptions and source ' +
    'lists stay in GET /api/graph and /api/actors/{id}. Same filters, same caching.',
  query: graphQuery,
  response: { description: 'The graph view, in columns.', json: compactBody },
  handle: (input) => input.store.getCompactGraph(filterOf(input)),
});
