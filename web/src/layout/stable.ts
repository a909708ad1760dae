// The stable starting layout: hash-seeded positions, then (for graphs small enough to do it at
// once) a fixed number of ForceAtlas2 iterations and overlap removal. Same data, same picture.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../graph/build.js';
import { forceSettings } from './force-settings.js';
import { seedPosition } from './seed-positions.js';

/** Up to this many actors the layout is settled before the first picture; above, FA2 runs after. */
export const SETTLE_LIMIT = 1500;
const SETTLE_ITERATIONS = 400;

export type Positions = Record<string, { x: number; y: number }>;

export function applyStableLayout(graph: ExplorerGraph): void {
  const radius = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...seedPosition(node, radius) }), {
    attributes: ['x', 'y'],
  });
  if (graph.order > SETTLE_LIMIT) return;
  forceAtlas2.assign(graph, {
    iterations: SETTLE_ITERATIONS,
    settings: forceSettings(graph.order),
  });
  noverlap.assign(graph, overlapParams);
}

export const overlapParams = { maxIterations: 120, settings: { margin: 3, ratio: 1.15 } };

export function positionsOf(graph: ExplorerGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x, y }) => (positions[node] = { x, y }));
  return positions;
}
