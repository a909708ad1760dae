// The compact encoding of a graph view (GET /api/graph/compact): columns and lookup tables, built
// from any store's GraphView, so both stores give the same bytes. web/src/graph/compact.ts decodes.
import type { CompactGraph } from './types.js';
import type { GraphView } from '../store/types.js';

export const SYMMETRIC_FLAG = 1;
export const CONTESTED_FLAG = 2;

/** Indices handed out in first-seen order. */
function table(): { values: string[]; index(value: string): number } {
  const positions = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    index(value) {
      let at = positions.get(value);
      if (at === undefined) {
        at = values.length;
        values.push(value);
        positions.set(value, at);
      }
      return at;
    },
  };
}

/** Whether the edge's id is `from.TYPE.to`, checked in place: building that string for each of
 * 500k edges took about 0.45 s. */
function isDefaultId({ id, from, type, to }: GraphView['edges'][number]): boolean {
  return (
    id.length === from.length + type.length + to.length + 2 &&
    id.startsWith(from) &&
    id.charCodeAt(from.length) === 46 &&
    id.startsWith(type, from.length + 1) &&
    id.charCodeAt(from.length + type.length + 1) === 46 &&
    id.endsWith(to)
  );
}

/** The edge columns with no edge yet, filled by both encoders. */
export function emptyEdgeColumns(): CompactGraph['edges'] {
  return { from: [], to: [], type: [], flags: [], claims: [], sources: [], span: [], ids: {} };
}

export function compactGraph(view: GraphView): CompactGraph {
  const kinds = table();
  const types = table();
  const spans = table();
  const nodeIndex = new Map<string, number>();
  const nodes: CompactGraph['nodes'] = { id: [], name: [], kind: [], degree: [] };
  for (const [i, node] of view.nodes.entries()) {
    nodeIndex.set(node.id, i);
    nodes.id.push(node.id);
    nodes.name.push(node.name);
    nodes.kind.push(kinds.index(node.kind));
    nodes.degree.push(node.degree);
  }

  const endIndex = (id: string): number => {
    const at = nodeIndex.get(id);
    if (at === undefined) throw new Error(`graph view has an edge to ${id}, which it lacks`);
    return at;
  };
  const edges = emptyEdgeColumns();
  for (const [i, edge] of view.edges.entries()) {
    edges.from.push(endIndex(edge.from));
    edges.to.push(endIndex(edge.to));
    edges.type.push(types.index(edge.type));
    edges.flags.push((edge.symmetric ? SYMMETRIC_FLAG : 0) | (edge.contested ? CONTESTED_FLAG : 0));
    edges.claims.push(edge.claimCount);
    edges.sources.push(edge.sources.length);
    // Most relationships have one claim, so a few thousand distinct spans serve 500k edges.
    edges.span.push(edge.span ? spans.index(`${edge.span.first}/${edge.span.last}`) : -1);
    if (!isDefaultId(edge)) edges.ids[i] = edge.id;
  }
  return { kinds: kinds.values, types: types.values, spans: spans.values, nodes, edges };
}
