// The compact encoding of a graph view (GET /api/graph/compact) straight from the graph's
// numbers: node indices come from actor numbers and lookup tables from vocabulary and span
// numbers, so no view records are made and no id is looked up. Gives what src/api/compact-graph.ts
// gives for the same view (a test holds them to each other).
import { CONTESTED_FLAG, emptyEdgeColumns, SYMMETRIC_FLAG } from '../../api/compact-graph.js';
import { relationshipId } from '../../domain/relationships.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { CompactGraph, GraphFilter } from '../types.js';
import { SYMMETRIC, type DatasetGraph } from './dataset-graph.js';
import { selectView } from './graph-view.js';

/** Maps small numbers to indices handed out in first-seen order. */
function renumbering<T>(
  size: number,
  valueOf: (n: number) => T,
): {
  values: T[];
  index(n: number): number;
} {
  const indices = new Int32Array(size).fill(-1);
  const values: T[] = [];
  return {
    values,
    index(n) {
      let at = indices[n] as number;
      if (at < 0) {
        at = indices[n] = values.length;
        values.push(valueOf(n));
      }
      return at;
    },
  };
}

export function compactView(graph: DatasetGraph, filter?: GraphFilter): CompactGraph {
  const selection = selectView(graph, filter);
  const kindNumbers = new Map<string, number>();
  const kinds: string[] = [];
  // Per actor number, its index among the kept nodes.
  const nodeIndex = new Int32Array(graph.actorCount);
  const nodes: CompactGraph['nodes'] = { id: [], name: [], kind: [], degree: [] };
  for (const [i, at] of selection.nodes.entries()) {
    const actor = graph.actorAt(at);
    nodeIndex[at] = i;
    let kind = kindNumbers.get(actor.kind);
    if (kind === undefined) {
      kind = kinds.length;
      kindNumbers.set(actor.kind, kind);
      kinds.push(actor.kind);
    }
    nodes.id.push(actor.id);
    nodes.name.push(actor.name);
    nodes.kind.push(kind);
    nodes.degree.push(graph.degreeAt(at));
  }

  const { facts } = graph;
  const types = renumbering(
    RELATIONSHIP_TYPE_NAMES.length,
    (t) => RELATIONSHIP_TYPE_NAMES[t] as string,
  );
  const spans = renumbering(facts.spans.length, (s) => facts.spanKeys[s] as string);
  const edges = emptyEdgeColumns();
  for (const [i, index] of selection.edges.entries()) {
    const type = graph.typeAt(index);
    const symmetric = SYMMETRIC[type] === 1;
    edges.from.push(nodeIndex[graph.fromAt(index)] as number);
    edges.to.push(nodeIndex[graph.toAt(index)] as number);
    edges.type.push(types.index(type));
    edges.flags.push(
      (symmetric ? SYMMETRIC_FLAG : 0) | (facts.contested(index) ? CONTESTED_FLAG : 0),
    );
    edges.claims.push(facts.claims(index));
    edges.sources.push(facts.sources(index));
    const span = facts.span(index);
    edges.span.push(span < 0 ? -1 : spans.index(span));
    // The id is from.TYPE.to unless a symmetric relationship's ends are stored out of id order.
    if (symmetric) {
      const from = graph.actorAt(graph.fromAt(index)).id;
      const to = graph.actorAt(graph.toAt(index)).id;
      if (to < from)
        edges.ids[i] = relationshipId({ type: RELATIONSHIP_TYPE_NAMES[type] as string, from, to });
    }
  }
  return { kinds, types: types.values, spans: spans.values, nodes, edges };
}
