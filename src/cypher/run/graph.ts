// Collects every node and relationship that appears anywhere in a result (inside lists, maps
// and paths too), once each, so a client can draw the result as a graph.
import type { CypherAnswer, WireNode, WireRelationship, WireValue } from '../wire.js';

type Drawn = CypherAnswer['graph'];

export function collectGraph(rows: readonly WireValue[][]): Drawn {
  const nodes = new Map<string, WireNode>();
  const edges = new Map<string, WireRelationship>();
  const visit = (value: WireValue): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    switch (value.$element) {
      case 'node':
        nodes.set((value as WireNode).elementId, value as WireNode);
        return;
      case 'relationship':
        edges.set((value as WireRelationship).elementId, value as WireRelationship);
        return;
      case 'path': {
        const path = value as { nodes: WireNode[]; relationships: WireRelationship[] };
        path.nodes.forEach(visit);
        path.relationships.forEach(visit);
        return;
      }
      default:
        Object.values(value as Record<string, WireValue>).forEach(visit);
    }
  };
  rows.forEach((row) => row.forEach(visit));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
