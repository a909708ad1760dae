// The GEXF export: GEXF 1.3, Gephi's current format (graphology-gexf's 1.2 output declares the
// viz namespace as "http:///www.gexf.net/1.1draft/viz", which namespace-aware readers ignore).
// Colours are written as r, g, b rather than 1.3's hex form, which networkx cannot read.
import { write } from 'graphology-gexf';
import type { ExportAttributes, ExportGraph } from './graph.js';

/** `#rrggbb` as `rgb(r,g,b)`, which the writer emits as r, g and b; other values as they are. */
function rgb(attributes: ExportAttributes): ExportAttributes {
  const { color } = attributes;
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return attributes;
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16));
  return { ...attributes, color: `rgb(${r},${g},${b})` };
}

export function writeGexf(graph: ExportGraph): string {
  graph.updateEachNodeAttributes((_, attributes) => rgb(attributes));
  graph.updateEachEdgeAttributes((_, attributes) => rgb(attributes));
  return write(graph, { version: '1.3' });
}
