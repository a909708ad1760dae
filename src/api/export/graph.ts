// Builds a graphology graph from a store's graph view, with the attributes GEXF and GraphML
// readers (Gephi, yEd, Cytoscape) show: labels, kinds, colours, claim counts.
import { MultiGraph } from 'graphology';
import { ACTOR_KIND_INFO } from '../../domain/kinds.js';
import { relationshipTypeInfo } from '../../domain/vocabulary.js';
import type { GraphView } from '../../store/types.js';

export type ExportValue = string | number | boolean;
export type ExportAttributes = Record<string, ExportValue>;
export type ExportGraph = MultiGraph<ExportAttributes, ExportAttributes>;

export function toGraphology(view: GraphView): ExportGraph {
  // Mixed and multi: symmetric types are undirected edges, and two actors may share several types.
  const graph: ExportGraph = new MultiGraph({ type: 'mixed' });
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
      sources: e.sources.join('; '),
      ...(e.span && { first: e.span.first, last: e.span.last }),
    };
    if (e.symmetric) graph.addUndirectedEdgeWithKey(e.id, e.from, e.to, attributes);
    else graph.addDirectedEdgeWithKey(e.id, e.from, e.to, attributes);
  }
  return graph;
}
