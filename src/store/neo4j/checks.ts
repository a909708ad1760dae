// Checks of query arguments before they become Cypher parameters, with the embedded store's rules
// and messages (its params.ts helpers): a bad value throws a ValidationError naming the field.
import neo4j from 'neo4j-driver';
import type { GraphFilter, NeighbourhoodQuery, PathQuery } from '../types.js';
import {
  boolParam,
  dayParam,
  intParam,
  invalid,
  kindsParam,
  MAX_HOPS,
  MAX_PATHS,
  typesParam,
} from '../params.js';

const MAX_DEPTH = 3;
const MAX_MIN_CLAIMS = 1e6;

const listOrNull = (set: ReadonlySet<string> | undefined) => (set ? [...set] : null);

/** Parameters of cypher/queries/graph-*.cypher; null means "no filter". */
export function graphParams(filter: GraphFilter = {}) {
  const windowFirst = dayParam(filter.from, 'from', 'first') ?? null;
  const windowLast = dayParam(filter.to, 'to', 'last') ?? null;
  if (windowFirst !== null && windowLast !== null && windowLast < windowFirst) {
    throw invalid('to', `the window ends (${filter.to}) before it starts (${filter.from})`);
  }
  return {
    kinds: listOrNull(kindsParam(filter.kinds)),
    types: listOrNull(typesParam(filter.types)),
    minClaims:
      filter.minClaims === undefined
        ? 0
        : intParam(filter.minClaims, 'minClaims', 0, MAX_MIN_CLAIMS),
    contestedOnly: boolParam(filter.contestedOnly, 'contestedOnly'),
    windowFirst,
    windowLast,
  };
}

/** Parameters of cypher/queries/neighbourhood.cypher, but the center's id. */
export function neighbourhoodParams(query: NeighbourhoodQuery) {
  return {
    depth: intParam(query.depth, 'depth', 1, MAX_DEPTH),
    types: listOrNull(typesParam(query.types)),
  };
}

/** Parameters of cypher/queries/*-paths.cypher; the ends must be known actors (checked apart). */
export function pathParams(query: PathQuery) {
  if (query.from === query.to) {
    throw invalid('to', 'must differ from "from": a path needs two actors');
  }
  const limit = intParam(query.limit, 'limit', 1, MAX_PATHS);
  return {
    from: query.from,
    to: query.to,
    maxHops: intParam(query.maxHops, 'maxHops', 1, MAX_HOPS),
    types: listOrNull(typesParam(query.types)),
    directed: boolParam(query.directed, 'directed'),
    limit,
    // One more than asked for tells whether the limit cut the paths short. A Neo4j Integer:
    // the driver sends JS numbers as floats, and LIMIT refuses a float.
    take: neo4j.int(limit + 1),
  };
}
