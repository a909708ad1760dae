// The graph view, neighbourhood, source list, source detail and stats from their queries' rows.
import type { GraphView, Neighbourhood, SourceDetail, SourceWithCount, Stats } from '../types.js';
import {
  mapOf,
  PropReader,
  toClaim,
  toGraphEdge,
  toGraphNode,
  toRelationshipFacts,
  toSource,
} from './records.js';
import type { Row } from './transactions.js';

/** Rows of graph-nodes.cypher ({actor, degree}) and graph-edges.cypher ({type, from, to, rel}). */
export function toGraphView(nodeRows: Row[], edgeRows: Row[]): GraphView {
  return {
    nodes: nodeRows.map((row) => toGraphNode(mapOf(row, 'actor'), degreeOf(row))),
    edges: edgeRows.map(toGraphEdge),
  };
}

/** The one row of neighbourhood.cypher: {nodes: [{actor, degree, distance}], edges}. */
export function toNeighbourhood(center: string, row: Row): Neighbourhood {
  const r = new PropReader(row, `neighbourhood of ${center}`);
  const distance: Record<string, number> = {};
  const nodes = r.maps('nodes').map((n) => {
    const node = toGraphNode(mapOf(n, 'actor'), degreeOf(n));
    distance[node.id] = new PropReader(n, `neighbour ${node.id}`).num('distance');
    return node;
  });
  return { center, nodes, edges: r.maps('edges').map(toGraphEdge), distance };
}

/** Rows of sources.cypher: {source, claimCount}. */
export function toSourceList(rows: Row[]): SourceWithCount[] {
  return rows.map((row) => ({
    ...toSource(mapOf(row, 'source')),
    claimCount: new PropReader(row, 'source row').num('claimCount'),
  }));
}

/** The one row of source.cypher: {source, claims: [{claim, type, from, to, rel}]}. */
export function toSourceDetail(row: Row): SourceDetail {
  const source = toSource(mapOf(row, 'source'));
  const claims = new PropReader(row, `source ${source.id}`).maps('claims').map((c) => ({
    relationship: toRelationshipFacts(c),
    claim: toClaim(mapOf(c, 'claim')),
  }));
  return { source, claims };
}

/** The one row of stats.cypher; byKind and byType arrive as [name, count] pairs. */
export function toStats(row: Row): Stats {
  const r = new PropReader(row, 'stats');
  const counts = (key: string) => {
    const pairs = row[key];
    const ok =
      Array.isArray(pairs) &&
      pairs.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number');
    if (!ok) throw new Error(`stats has no list of [name, count] pairs "${key}"`);
    return Object.fromEntries(pairs as Array<[string, number]>);
  };
  return {
    actors: r.num('actors'),
    relationships: r.num('relationships'),
    claims: r.num('claims'),
    sources: r.num('sources'),
    contested: r.num('contested'),
    byKind: counts('byKind'),
    byType: counts('byType'),
  };
}

function degreeOf(row: Row): number {
  return new PropReader(row, 'actor row').num('degree');
}
