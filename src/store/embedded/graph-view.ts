// getGraph: the stored graph filtered by actor kinds, relationship types, a date window, a
// minimum number of claims and contestedness.
import { dateBounds } from '../../domain/relationships.js';
import type { GraphFilter, GraphView, RelationshipRecord } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { boolParam, dayParam, intParam, invalid, kindsParam, typesParam } from '../params.js';
import { graphEdge, graphNode } from './records.js';

interface Window {
  first: string;
  last: string;
}

/**
 * Nodes are the actors of the chosen kinds (all when none is chosen); edges are the relationships
 * passing every filter whose two ends are both kept.
 */
export function graphView(graph: DatasetGraph, filter: GraphFilter = {}): GraphView {
  const kinds = kindsParam(filter.kinds);
  const types = typesParam(filter.types);
  const minClaims = filter.minClaims === undefined ? 0 : intParam(filter.minClaims, 'minClaims', 0);
  const contestedOnly = boolParam(filter.contestedOnly, 'contestedOnly');
  const window = dateWindow(filter);

  const nodes = [];
  const kept = new Set<string>();
  // Nodes and edges in load order, whatever the filter: the order the Neo4j store gives.
  for (const actor of graph.actors()) {
    if (kinds && !kinds.has(actor.kind)) continue;
    kept.add(actor.id);
    nodes.push(graphNode(graph, actor));
  }

  const edges = [];
  for (const rel of graph.relationshipsOfTypes(graph.typeMask(types))) {
    if (!kept.has(rel.from) || !kept.has(rel.to)) continue;
    if (rel.claims.length < minClaims) continue;
    if (contestedOnly && !rel.contested) continue;
    if (window && !inWindow(rel, window)) continue;
    edges.push(graphEdge(rel));
  }
  return { nodes, edges };
}

function dateWindow(filter: GraphFilter): Window | undefined {
  const first = dayParam(filter.from, 'from', 'first');
  const last = dayParam(filter.to, 'to', 'last');
  if (first === undefined && last === undefined) return undefined;
  if (first !== undefined && last !== undefined && last < first) {
    throw invalid('to', `the window ends (${filter.to}) before it starts (${filter.from})`);
  }
  return { first: first ?? '0000-01-01', last: last ?? '9999-12-31' };
}

/** Timeless relationships (no dated claim) stay; others need a dated claim overlapping the window. */
function inWindow(rel: RelationshipRecord, window: Window): boolean {
  if (!rel.span) return true;
  return rel.claims.some((c) => {
    if (!c.date) return false;
    const { first, last } = dateBounds(c.date);
    return first <= window.last && last >= window.first;
  });
}
