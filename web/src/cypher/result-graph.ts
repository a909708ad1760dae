// A Cypher result drawn as a graph: its nodes and relationships in a sigma canvas of its own,
// actors coloured by kind and relationships by type as on the main graph, laid out by
// ForceAtlas2 from a circle.
import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { CypherAnswer, WireNode } from '../../../src/cypher/wire.js';

/** Nodes that are not actors (claims, sources) take this colour. */
export const OTHER_NODE = '#8a94a6';

export interface Colours {
  kind(kind: string): string;
  type(type: string): string;
}

export function nodeCaption(node: WireNode): string {
  const { name, title, id } = node.properties;
  const text = name ?? title ?? id ?? node.labels.join(':');
  return String(text);
}

/** The actor kind of a node (its kind property in the actorgraph model), if it is an actor. */
export function nodeKind(node: WireNode): string | undefined {
  const kind = node.properties.kind;
  return node.labels.includes('Actor') && typeof kind === 'string' ? kind : undefined;
}

export function drawResultGraph(
  container: HTMLElement,
  answer: CypherAnswer,
  colours: Colours,
): () => void {
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const node of answer.graph.nodes) {
    const kind = nodeKind(node);
    graph.addNode(node.elementId, {
      label: nodeCaption(node),
      size: kind ? 7 : 4,
      color: kind ? colours.kind(kind) : OTHER_NODE,
    });
  }
  for (const edge of answer.graph.edges) {
    if (!graph.hasNode(edge.startElementId) || !graph.hasNode(edge.endElementId)) continue;
    graph.addDirectedEdgeWithKey(edge.elementId, edge.startElementId, edge.endElementId, {
      label: edge.type,
      color: colours.type(edge.type),
      size: 1.5,
      type: 'arrow',
    });
  }
  circular.assign(graph);
  if (graph.order > 1)
    forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: graph.size <= 60,
    allowInvalidContainer: true,
  });
  return () => sigma.kill();
}
