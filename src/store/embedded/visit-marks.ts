// Per-actor marks that a query clears in constant time: each mark remembers the epoch it was set
// in, and a new epoch makes every older mark read as unset. The graph keeps a few sets and every
// query reuses them, so a query costs what it visits, not two arrays the size of the whole graph.

const LAST_EPOCH = 0xffffffff;

export class VisitMarks {
  private readonly stamps: Uint32Array;
  private readonly values: Int32Array;
  private epoch = 1;

  constructor(size: number) {
    this.stamps = new Uint32Array(size);
    this.values = new Int32Array(size);
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

  /** The value marked at `i` since the last clear, or -1. */
  get(i: number): number {
    return this.stamps[i] === this.epoch ? (this.values[i] as number) : -1;
  }

  has(i: number): boolean {
    return this.stamps[i] === this.epoch;
  }

  set(i: number, value: number): void {
    this.stamps[i] = this.epoch;
    this.values[i] = value;
  }

  /** Unmarks `i` (reads as -1 again). */
  unset(i: number): void {
    this.stamps[i] = 0;
  }
}
