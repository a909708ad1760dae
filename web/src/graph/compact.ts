// Decodes GET /api/graph/compact (src/api/compact-graph.ts) into the records the explorer reads.
import { CONTESTED_FLAG, SYMMETRIC_FLAG } from '../../../src/api/compact-graph.js';
import type { CanvasEdge, CanvasNode, CanvasView, CompactGraph } from '../../../src/api/types.js';

export function decodeCompactGraph(compact: CompactGraph): CanvasView {
  const { kinds, types } = compact;
  const spans = compact.spans.map((text) => {
    const [first, last] = text.split('/') as [string, string];
    return { first, last };
  });
  const n = compact.nodes;
  const nodes: CanvasNode[] = new Array<CanvasNode>(n.id.length);
  for (let i = 0; i < nodes.length; i++) {
    nodes[i] = {
      id: n.id[i] as string,
      name: n.name[i] as string,
      kind: kinds[n.kind[i] as number] as string,
      degree: n.degree[i] as number,
    };
  }
  const e = compact.edges;
  const edges: CanvasEdge[] = new Array<CanvasEdge>(e.from.length);
  for (let i = 0; i < edges.length; i++) {
    const from = n.id[e.from[i] as number] as string;
    const to = n.id[e.to[i] as number] as string;
    const type = types[e.type[i] as number] as string;
    const flags = e.flags[i] as number;
    const span = e.span[i] as number;
    const edge: CanvasEdge = {
      id: e.ids[i] ?? `${from}.${type}.${to}`,
      type,
      from,
      to,
      symmetric: (flags & SYMMETRIC_FLAG) !== 0,
      contested: (flags & CONTESTED_FLAG) !== 0,
      claimCount: e.claims[i] as number,
      sourceCount: e.sources[i] as number,
    };
    // Shared objects: nothing writes to a span.
    if (span >= 0) edge.span = spans[span];
    edges[i] = edge;
  }
  return { nodes, edges };
}
