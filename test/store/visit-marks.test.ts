// VisitMarks: the reusable per-node marks behind shortest and simple paths, neighbourhoods and the
// Cypher engine's searches.
import { describe, expect, it } from 'vitest';
import { VisitMarks } from '../../src/store/embedded/visit-marks.js';

describe('VisitMarks', () => {
  it('reads unset marks as -1 and set ones as their value', () => {
    const marks = new VisitMarks(4);
    marks.set(2, 0);
    marks.set(3, 5);
    expect([0, 1, 2, 3].map((i) => marks.get(i))).toEqual([-1, -1, 0, 5]);
    expect(marks.has(2)).toBe(true);
    expect(marks.has(1)).toBe(false);
  });

  it('forgets every mark on clear, and one mark on unset', () => {
    const marks = new VisitMarks(3);
    marks.set(0, 1);
    marks.set(1, 2);
    marks.unset(1);
    expect(marks.get(1)).toBe(-1);
    marks.clear();
    expect(marks.get(0)).toBe(-1);
    marks.set(2, 7);
    expect(marks.get(2)).toBe(7);
  });

  it('still clears after its epoch counter wraps around', () => {
    const marks = new VisitMarks(2);
    marks.set(0, 1);
    // Jump to the last epoch, as four billion clears would.
    (marks as unknown as { epoch: number }).epoch = 0xffffffff;
    marks.set(1, 3);
    marks.clear();
    expect([marks.get(0), marks.get(1)]).toEqual([-1, -1]);
    marks.set(0, 4);
    expect(marks.get(0)).toBe(4);
  });

  it('keeps several numbers a node, and grows to nodes past its size, keeping what was set', () => {
    const marks = new VisitMarks(2, 3);
    marks.set(1, 10, 0);
    marks.set(1, 11, 2);
    marks.set(40, 7, 1);
    expect([marks.get(1, 0), marks.get(1, 2), marks.get(40, 1)]).toEqual([10, 11, 7]);
    expect([marks.has(39), marks.get(39, 1), marks.get(500)]).toEqual([false, -1, -1]);
    marks.clear();
    expect(marks.has(40)).toBe(false);
  });
});
