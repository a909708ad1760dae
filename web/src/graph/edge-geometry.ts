// Where an edge runs on screen, as sigma's programs draw it: the control point of a curved edge
// (@sigma/edge-curve's quadratic Bézier) and the three corners of an arrow head.

export interface Point {
  x: number;
  y: number;
}

/**
 * The control point of the quadratic curve from `source` to `target` in viewport pixels (y down):
 * the midpoint pushed sideways by `curvature` times the edge's length, to the left of the edge's
 * direction when the curvature is positive, as @sigma/edge-curve's shader places it.
 */
export function curveControl(source: Point, target: Point, curvature: number): Point {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  return {
    x: (source.x + target.x) / 2 + dy * curvature,
    y: (source.y + target.y) / 2 - dx * curvature,
  };
}

/**
 * An arrow head pointing at `target` along the line from `from`, its tip on the target's disc of
 * `radius` pixels: tip, then the two back corners. Null when the two points coincide.
 */
export function arrowHead(
  from: Point,
  target: Point,
  radius: number,
  length: number,
  halfWidth: number,
): [Point, Point, Point] | null {
  const dx = target.x - from.x;
  const dy = target.y - from.y;
  const distance = Math.hypot(dx, dy);
  if (distance === 0) return null;
  const [ux, uy] = [dx / distance, dy / distance];
  const tip = { x: target.x - ux * radius, y: target.y - uy * radius };
  const back = { x: tip.x - ux * length, y: tip.y - uy * length };
  return [
    tip,
    { x: back.x - uy * halfWidth, y: back.y + ux * halfWidth },
    { x: back.x + uy * halfWidth, y: back.y - ux * halfWidth },
  ];
}
