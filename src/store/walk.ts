// A path as the relationships it walks, node by node, turned into the interface's RawPath.
import type { RawPath } from './types.js';

/** What a walk needs of each relationship: its id, type and stored start. */
export interface WalkedRelationship {
  id: string;
  type: string;
  from: string;
}

/** nodes[i] -rels[i]- nodes[i + 1]; a hop is 'forward' when it leaves from the stored start. */
export function toRawPath(nodes: string[], rels: readonly WalkedRelationship[]): RawPath {
  const hops = rels.map((rel, i) => {
    const from = nodes[i] as string;
    return {
      relationship: rel.id,
      type: rel.type,
      from,
      to: nodes[i + 1] as string,
      direction: rel.from === from ? ('forward' as const) : ('backward' as const),
    };
  });
  return { nodes, hops };
}
