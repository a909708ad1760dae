// Curvatures for parallel relationships: lone edges stay straight, parallel ones all differ, and
// opposite directions bend to their own sides.
import { describe, expect, it } from 'vitest';
import { parallelCurvatures } from '../../web/src/graph/parallel.js';

const edge = (id: string, from: string, to: string) => ({ id, from, to });

describe('parallelCurvatures', () => {
  it('leaves an edge alone when no other joins the same two actors', () => {
    const curvatures = parallelCurvatures([edge('a', 'x', 'y'), edge('b', 'y', 'z')], 0.25);
    expect(curvatures.size).toBe(0);
  });

  it('spreads same-direction parallels symmetrically around the straight line', () => {
    const curvatures = parallelCurvatures(
      [edge('a', 'x', 'y'), edge('b', 'x', 'y'), edge('c', 'x', 'y')],
      0.25,
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => curvatures.get(id)!);
    expect(b).toBe(0);
    expect(a).toBeCloseTo(-c!);
    expect(Math.abs(a!)).toBeGreaterThan(0);
  });

  it('bends each direction to its own side when both occur', () => {
    const curvatures = parallelCurvatures(
      [edge('there', 'x', 'y'), edge('back', 'y', 'x'), edge('there2', 'x', 'y')],
      0.25,
    );
    const values = ['there', 'back', 'there2'].map((id) => curvatures.get(id)!);
    // The curve program bends relative to the edge's own direction: positive for all, and the
    // two edges one way differ from each other.
    for (const v of values) expect(v).toBeGreaterThan(0);
    expect(values[0]).not.toBe(values[2]);
  });

  it('scales with the base curvature and stays bounded however many parallels', () => {
    const many = Array.from({ length: 40 }, (_, i) => edge(`e${i}`, 'x', 'y'));
    const small = parallelCurvatures(many, 0.25);
    const large = parallelCurvatures(many, 0.5);
    for (const e of many) {
      expect(large.get(e.id)).toBeCloseTo(2 * small.get(e.id)!);
      expect(Math.abs(small.get(e.id)!)).toBeLessThanOrEqual(3.5 * 0.25);
    }
    expect(new Set(small.values()).size).toBe(many.length);
  });
});
