// Builds a graphology graph from a store's graph view, with the attributes GEXF and GraphML
// readers (Gephi, yEd, Cytoscape, networkx) show: labels, kinds, colours, claim counts.
// The graph is wholly directed: readers such as networkx refuse a file that mixes directed and
// undirected edges, so a symmetric relationship is written as two directed edges, one each way
// (`both`, the default), or as one edge in its stored direction (`once`); either way every
// edge says whether its relationship is symmetric.
import { MultiDirectedGraph } from 'graphology';
import { ACTOR_KIND_INFO } from '../../domain/kinds.js';
import { relationshipTypeInfo } from '../../domain/vocabulary.js';
import type { GraphView } from '../../store/types.js';

export type ExportValue = string | number | boolean;
export type ExportAttributes = Record<string, ExportValue>;
export type ExportGraph = MultiDirectedGraph<ExportAttributes, ExportAttributes>;

export const SYMMETRIC_MODES = ['both', 'once'] as const;
export type SymmetricMode = (typeof SYMMETRIC_MODES)[number];

export function toGraphology(view: GraphView, symmetric: SymmetricMode = 'both'): ExportGraph {
  // Multi: two actors may share several relationship types.
  const graph: ExportGraph = new MultiDirectedGraph();
  for (const n of view.nodes) {
    graph.addNode(n.id, {
      label: n.name,
      kind: n.kind,
      color: ACTOR_KIND_INFO[n.kind].color,
      degree: n.degree,
      // Sized by degree so hubs stand out when a reader draws the file as is.
      size: 4 + Math.sqrt(n.degree) * 2,
      aliases: n.aliases.join('; '),
      description: n.description,
    });
  }
  for (const e of view.edges) {
    const info = relationshipTypeInfo(e.type);
    const attributes: ExportAttributes = {
      label: info?.label ?? e.type,
      type: e.type,
      color: info?.color ?? '#999999',
      weight: e.claimCount,
      claims: e.claimCount,
      contested: e.contested,
      symmetric: e.symmetric,
      sources: e.sources.join('; '),
      ...(e.span && { first: e.span.first, last: e.span.last }),
    };
    graph.addDirectedEdgeWithKey(e.id, e.from, e.to, attributes);
    // The reverse edge's key is the id written from the other end; symmetric relationships are
    // stored smaller id first, so no stored relationship has it.
    if (e.symmetric && symmetric === 'both') {
      graph.addDirectedEdgeWithKey(`${e.to}.${e.type}.${e.from}`, e.to, e.from, attributes);
    }
  }
  return graph;
}
