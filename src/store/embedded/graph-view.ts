// getGraph: the stored graph filtered by actor kinds, relationship types, a date window, a
// minimum number of claims and contestedness. The filter picks actor and relationship numbers
// (selectView), which graphView turns into records and compact-view.ts into columns.
import { dateBounds } from '../../domain/relationships.js';
import type { GraphFilter, GraphView } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { boolParam, dayParam, intParam, invalid, kindsParam, typesParam } from '../params.js';
import { viewRecordsOf } from './records.js';

interface Window {
  first: string;
  last: string;
}

/** The actors and relationships a filter keeps, by number, in load order. */
export interface ViewSelection {
  nodes: number[];
  edges: number[];
}

/**
 * Nodes are the actors of the chosen kinds (all when none is chosen); edges are the relationships
 * passing every filter whose two ends are both kept. Both in load order, whatever the filter: the
 * order the Neo4j store gives.
 */
export function selectView(graph: DatasetGraph, filter: GraphFilter = {}): ViewSelection {
  const kinds = kindsParam(filter.kinds);
  const types = graph.typeMask(typesParam(filter.types));
  const minClaims = filter.minClaims === undefined ? 0 : intParam(filter.minClaims, 'minClaims', 0);
  const contestedOnly = boolParam(filter.contestedOnly, 'contestedOnly');
  const window = dateWindow(filter);

  const nodes: number[] = [];
  // Per actor number, 1 when kept; every actor is when no kind is chosen.
  const kept = kinds ? new Uint8Array(graph.actorCount) : undefined;
  for (let at = 0; at < graph.actorCount; at++) {
    if (kept) {
      if (!kinds?.has(graph.actorAt(at).kind)) continue;
      kept[at] = 1;
    }
    nodes.push(at);
  }

  const edges: number[] = [];
  for (let i = 0; i < graph.relationshipCount; i++) {
    if (types && !types[graph.typeAt(i)]) continue;
    if (kept && (!kept[graph.fromAt(i)] || !kept[graph.toAt(i)])) continue;
    if (minClaims > 0 && graph.facts.claims(i) < minClaims) continue;
    if (contestedOnly && !graph.facts.contested(i)) continue;
    if (window && !inWindow(graph, i, window)) continue;
    edges.push(i);
  }
  return { nodes, edges };
}

export function graphView(graph: DatasetGraph, filter?: GraphFilter): GraphView {
  const { nodes, edges } = selectView(graph, filter);
  const records = viewRecordsOf(graph);
  return { nodes: nodes.map((at) => records.node(at)), edges: edges.map((i) => records.edge(i)) };
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
function inWindow(graph: DatasetGraph, index: number, window: Window): boolean {
  if (graph.facts.span(index) < 0) return true;
  return graph.storedRelationship(index).claims.some((c) => {
    if (!c.date) return false;
    const { first, last } = dateBounds(c.date);
    return first <= window.last && last >= window.first;
  });
}
