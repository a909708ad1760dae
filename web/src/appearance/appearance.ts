// Node size and colour from the chosen metric or the actor's kind, written onto the graph's
// nodes; returns the colour key for the legend.
import { UNKNOWN_COLOUR, type Dataset } from '../graph/dataset.js';
import type { ExplorerGraph } from '../graph/build.js';
import { categoryColour } from './palette.js';

export interface Appearance {
  sizeBy: string;
  colourBy: string;
}

export interface LegendEntry {
  label: string;
  colour: string;
  count: number;
}

/** A metric's value per actor id, or null when it is unknown or cannot be computed here. */
export type MetricValues = (id: string) => Map<string, number> | null;

/** Big graphs get smaller nodes so they do not merge into one blob. */
function sizeRange(order: number): [number, number] {
  return order > 2000 ? [1.5, 9] : order > 300 ? [3, 16] : [5, 22];
}

export function applyAppearance(
  graph: ExplorerGraph,
  dataset: Dataset,
  metrics: MetricValues,
  appearance: Appearance,
): LegendEntry[] {
  const sizes = scaledSizes(metrics(appearance.sizeBy), sizeRange(graph.order));
  const { colours, legend } =
    appearance.colourBy === 'kind'
      ? kindColours(dataset)
      : categoryColours(metrics(appearance.colourBy), dataset);
  graph.updateEachNodeAttributes(
    (node, attrs) => ({
      ...attrs,
      size: sizes.get(node) ?? sizeRange(graph.order)[0],
      color: colours.get(node) ?? UNKNOWN_COLOUR,
    }),
    { attributes: ['size', 'color'] },
  );
  return legend;
}

/** Square root, so areas rather than radii follow the metric. */
function scaledSizes(values: Map<string, number> | null, [min, max]: [number, number]) {
  const sizes = new Map<string, number>();
  if (!values) return sizes;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values.values()) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const spread = hi - lo || 1;
  for (const [node, v] of values) sizes.set(node, min + Math.sqrt((v - lo) / spread) * (max - min));
  return sizes;
}

function kindColours(dataset: Dataset) {
  const colours = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const node of dataset.view.nodes) {
    colours.set(node.id, dataset.kinds.get(node.kind)?.color ?? UNKNOWN_COLOUR);
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  const legend = dataset.vocabulary.kinds
    .filter((k) => counts.has(k.kind))
    .map((k) => ({ label: k.label, colour: k.color, count: counts.get(k.kind) ?? 0 }));
  return { colours, legend };
}

/** Categories ordered by size, largest first, each named after its best-connected member. */
function categoryColours(values: Map<string, number> | null, dataset: Dataset) {
  const members = new Map<number, string[]>();
  for (const [node, category] of values ?? []) {
    const list = members.get(category) ?? [];
    list.push(node);
    members.set(category, list);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length);
  const colours = new Map<string, string>();
  const legend = ordered.map((nodes, i) => {
    const colour = categoryColour(i);
    for (const node of nodes) colours.set(node, colour);
    const hub = nodes.reduce((best, n) =>
      (dataset.nodes.get(n)?.degree ?? 0) > (dataset.nodes.get(best)?.degree ?? 0) ? n : best,
    );
    return { label: `around ${dataset.nodes.get(hub)?.name ?? hub}`, colour, count: nodes.length };
  });
  return { colours, legend };
}
