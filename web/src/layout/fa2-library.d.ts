// Types for the plain CommonJS parts of graphology-layout-forceatlas2 the layout worker runs:
// one iteration over its node and edge matrices, the matrices built from a graph, the defaults.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 iteration, moving the nodes in place. */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  /** Ten floats per node (x, y, forces, mass, convergence, size, fixed); three per edge. */
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: { weight?: number }) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
