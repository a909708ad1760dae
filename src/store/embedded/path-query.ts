// The checked form of a PathQuery: known actors (as numbers), hop and path limits, walk modes.
import type { PathQuery } from '../types.js';
import type { DatasetGraph, TypeMask, WalkMode } from './dataset-graph.js';
import { MAX_HOPS, MAX_PATHS, boolParam, intParam, invalid, typesParam } from '../params.js';
import { requireActor } from './records.js';

export interface CheckedPathQuery {
  from: number;
  to: number;
  maxHops: number;
  types: TypeMask | undefined;
  /** Mode of a walk from `from` towards `to`. */
  forward: WalkMode;
  /** Mode of a walk back from `to` towards `from`. */
  backward: WalkMode;
  limit: number;
}

export function checkPathQuery(graph: DatasetGraph, query: PathQuery): CheckedPathQuery {
  const from = requireActor(graph, query.from).id;
  const to = requireActor(graph, query.to).id;
  if (from === to) throw invalid('to', 'must differ from "from": a path needs two actors');
  const directed = boolParam(query.directed, 'directed');
  return {
    from: graph.position(from) as number,
    to: graph.position(to) as number,
    maxHops: intParam(query.maxHops, 'maxHops', 1, MAX_HOPS),
    types: graph.typeMask(typesParam(query.types)),
    forward: directed ? 'out' : 'any',
    backward: directed ? 'in' : 'any',
    limit: intParam(query.limit, 'limit', 1, MAX_PATHS),
  };
}
