// Marks for the engine's searches (reached, depth, ...): the store's epoch marks, three numbers a
// node, reused from search to search. Taken from a pool so that searches running at once
// (operators pull rows from each other) never share one.
import { VisitMarks } from '../../store/embedded/visit-marks.js';

const pool: VisitMarks[] = [];
const WIDTH = 3;

/** Marks of three numbers per node, cleared; hand them back with `releaseMarks`. */
export function takeMarks(): VisitMarks {
  return (pool.pop() ?? new VisitMarks(1024, WIDTH)).clear();
}

export function releaseMarks(marks: VisitMarks): void {
  pool.push(marks);
}
