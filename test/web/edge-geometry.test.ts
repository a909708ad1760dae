// Where the focus layer draws an edge: a curve's control point beside the midpoint, on the side
// its curvature's sign picks, and an arrow head whose tip touches the target's disc.
import { describe, expect, it } from 'vitest';
import { arrowHead, curveControl } from '../../web/src/graph/edge-geometry.js';

describe('curveControl', () => {
  it('pushes the midpoint sideways by curvature times length, left of the direction when positive', () => {
    // Heading right on screen (y down): left is up.
    expect(curveControl({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.25)).toEqual({ x: 50, y: -25 });
    expect(curveControl({ x: 0, y: 0 }, { x: 100, y: 0 }, -0.25)).toEqual({ x: 50, y: 25 });
    // The other direction bends to its own left: the two edges of a pair part.
    expect(curveControl({ x: 100, y: 0 }, { x: 0, y: 0 }, 0.25)).toEqual({ x: 50, y: 25 });
    expect(curveControl({ x: 0, y: 0 }, { x: 0, y: 40 }, 0.5)).toEqual({ x: 20, y: 20 });
  });

  it('leaves a straight edge straight', () => {
    expect(curveControl({ x: 2, y: 4 }, { x: 10, y: 8 }, 0)).toEqual({ x: 6, y: 6 });
  });
});

describe('arrowHead', () => {
  it('puts the tip on the target disc and the base behind it, across the line', () => {
    const [tip, left, right] = arrowHead({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 8, 3)!;
    expect(tip).toEqual({ x: 90, y: 0 });
    expect(left.x).toBeCloseTo(82);
    expect(right.x).toBeCloseTo(82);
    expect([left.y, right.y].sort((a, b) => a - b)).toEqual([-3, 3]);
  });

  it('follows the line it ends, in any direction', () => {
    const [tip, a, b] = arrowHead({ x: 0, y: 0 }, { x: 30, y: 40 }, 5, 10, 2)!;
    expect(tip.x).toBeCloseTo(27);
    expect(tip.y).toBeCloseTo(36);
    // The base's midpoint lies 10 px back along the line; its corners 2 px either side.
    expect((a.x + b.x) / 2).toBeCloseTo(21);
    expect((a.y + b.y) / 2).toBeCloseTo(28);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(4);
  });

  it('gives nothing for an edge whose ends coincide', () => {
    expect(arrowHead({ x: 5, y: 5 }, { x: 5, y: 5 }, 3, 6, 2)).toBeNull();
  });
});
