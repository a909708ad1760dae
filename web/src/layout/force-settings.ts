// ForceAtlas2's settings for a graph of a given order, shared by the explorer's layouts and by
// the benchmark that runs the same layout in Node (so this file needs no DOM).
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export function forceSettings(order: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 1000 };
}
