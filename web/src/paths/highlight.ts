// Which nodes and edges a path answer lights up on the graph: every returned path, or one of them.
import type { PathAnswer } from '../../../src/api/types.js';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The actors and relationships of the answer's paths; `rank` narrows it to that one path (an
 * unknown rank falls back to all). Null when there is no path, so nothing gets dimmed for nothing.
 */
export function pathHighlight(answer: PathAnswer, rank: number | null = null): Highlight | null {
  if (answer.paths.length === 0) return null;
  const chosen = answer.paths.filter((p) => rank === null || p.rank === rank);
  const paths = chosen.length > 0 ? chosen : answer.paths;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const node of path.nodes) nodes.add(node.id);
    for (const hop of path.hops) edges.add(hop.relationship);
  }
  return { nodes, edges };
}
