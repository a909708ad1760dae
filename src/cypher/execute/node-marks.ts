// Numbers per node for a search (reached, depth, ...), reused from search to search: a stamp per
// node says whether this search set it, so a search starts without clearing or allocating, as a
// new Map per start node would. Taken from a pool so that searches running at once (operators
// pull rows from each other) never share one.

export class NodeMarks {
  private stamps = new Uint32Array(1024);
  private values: Int32Array;
  private stamp = 1;

  /** `width` numbers per node. */
  constructor(private readonly width: number) {
    this.values = new Int32Array(1024 * width);
  }

  /** Forgets every node: a new search. */
  clear(): void {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  has(node: number): boolean {
    return this.stamps[node] === this.stamp;
  }

  /** Number `field` of a node this search has set. */
  get(node: number, field = 0): number {
    return this.values[node * this.width + field] as number;
  }

  /** Sets number `field` of `node`, which counts as set by this search from then on. */
  set(node: number, field: number, value: number): void {
    if (node >= this.stamps.length) this.grow(node);
    this.stamps[node] = this.stamp;
    this.values[node * this.width + field] = value;
  }

  private grow(node: number): void {
    let size = this.stamps.length;
    while (size <= node) size *= 2;
    const stamps = new Uint32Array(size);
    stamps.set(this.stamps);
    const values = new Int32Array(size * this.width);
    values.set(this.values);
    this.stamps = stamps;
    this.values = values;
  }
}

const pool: NodeMarks[] = [];
const WIDTH = 3;

/** Marks of three numbers per node, cleared; hand them back with `releaseMarks`. */
export function takeMarks(): NodeMarks {
  const marks = pool.pop() ?? new NodeMarks(WIDTH);
  marks.clear();
  return marks;
}

export function releaseMarks(marks: NodeMarks): void {
  pool.push(marks);
}
