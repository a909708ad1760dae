// Per-node marks that a search clears in constant time: each mark remembers the epoch it was set
// in, and a new epoch makes every older mark read as unset. The graph keeps a few sets and every
// query reuses them, so a query costs what it visits, not arrays the size of the whole graph.
// The Cypher engine's searches use them too, with several numbers a node, growing as needed.

const LAST_EPOCH = 0xffffffff;

export class VisitMarks {
  private stamps: Uint32Array;
  private values: Int32Array;
  private epoch = 1;

  /** Room for `size` nodes (more are made as they are set), `width` numbers a node. */
  constructor(
    size: number,
    private readonly width = 1,
  ) {
    this.stamps = new Uint32Array(size);
    this.values = new Int32Array(size * width);
  }

  /** Forgets every mark. */
  clear(): this {
    if (this.epoch === LAST_EPOCH) {
      this.stamps.fill(0);
      this.epoch = 0;
    }
    this.epoch++;
    return this;
  }

  /** Number `field` marked at `i` since the last clear, or -1. */
  get(i: number, field = 0): number {
    return this.stamps[i] === this.epoch ? (this.values[i * this.width + field] as number) : -1;
  }

  has(i: number): boolean {
    return this.stamps[i] === this.epoch;
  }

  /** Sets number `field` of `i`, which counts as marked from then on. */
  set(i: number, value: number, field = 0): void {
    if (i >= this.stamps.length) this.grow(i);
    this.stamps[i] = this.epoch;
    this.values[i * this.width + field] = value;
  }

  /** Unmarks `i` (reads as -1 again). */
  unset(i: number): void {
    this.stamps[i] = 0;
  }

  private grow(i: number): void {
    let size = Math.max(this.stamps.length, 1);
    while (size <= i) size *= 2;
    const stamps = new Uint32Array(size);
    stamps.set(this.stamps);
    const values = new Int32Array(size * this.width);
    values.set(this.values);
    this.stamps = stamps;
    this.values = values;
  }
}
