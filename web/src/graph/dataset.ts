// The dataset layer: what the API returned (graph view and vocabulary), indexed for look-ups.
import type { CanvasEdge, CanvasNode, CanvasView, VocabularyBody } from '../../../src/api/types.js';
import { fingerprint } from '../layout/seed-positions.js';

type KindInfo = VocabularyBody['kinds'][number];
type TypeInfo = VocabularyBody['relationshipTypes'][number];

export interface Dataset {
  view: CanvasView;
  vocabulary: VocabularyBody;
  nodes: Map<string, CanvasNode>;
  edges: Map<string, CanvasEdge>;
  kinds: Map<string, KindInfo>;
  types: Map<string, TypeInfo>;
  /** Names the data, so positions saved for it are found again. */
  key: string;
}

export function createDataset(view: CanvasView, vocabulary: VocabularyBody): Dataset {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const edges = new Map(view.edges.map((e) => [e.id, e]));
  return {
    view,
    vocabulary,
    nodes,
    edges,
    kinds: new Map(vocabulary.kinds.map((k) => [k.kind, k])),
    types: new Map(vocabulary.relationshipTypes.map((t) => [t.type, t])),
    key: fingerprint(nodes.keys(), edges.keys()),
  };
}

/** Fallback colour for a kind or type the vocabulary does not know (a newer server). */
export const UNKNOWN_COLOUR = '#9ca3af';
