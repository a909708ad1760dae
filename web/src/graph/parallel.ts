// Curvatures that keep parallel relationships apart: several edges between the same two actors
// bend to different sides by different amounts; a lone edge stays straight.
interface Ends {
  id: string;
  from: string;
  to: string;
}

/**
 * The curvature of every edge that shares its two ends with another, keyed by edge id. Edges one
 * way spread evenly around the straight line; when both directions occur, each direction bends to
 * its own right-hand side (the curve program bends relative to the edge's direction).
 */
export function parallelCurvatures(
  edges: readonly Ends[],
  baseCurvature: number,
): Map<string, number> {
  const pairs = new Map<string, Ends[]>();
  for (const edge of edges) {
    const key = edge.from < edge.to ? `${edge.from}\n${edge.to}` : `${edge.to}\n${edge.from}`;
    const group = pairs.get(key);
    if (group) group.push(edge);
    else pairs.set(key, [edge]);
  }
  const curvatures = new Map<string, number>();
  for (const group of pairs.values()) {
    if (group.length < 2) continue;
    const first = group[0] as Ends;
    const forward = group.filter((e) => e.from === first.from);
    const backward = group.filter((e) => e.from !== first.from);
    if (backward.length === 0) {
      const middle = (forward.length - 1) / 2;
      forward.forEach((e, i) => curvatures.set(e.id, curvature(i - middle, middle, baseCurvature)));
    } else {
      for (const side of [forward, backward]) {
        side.forEach((e, i) => curvatures.set(e.id, curvature(i + 1, side.length, baseCurvature)));
      }
    }
  }
  return curvatures;
}

/** As in sigma's parallel-edges example: the exponential keeps many parallels from bulging far. */
function curvature(index: number, maxIndex: number, base: number): number {
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * base;
  return (maxCurvature * index) / maxIndex;
}
