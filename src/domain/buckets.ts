// Counting sort of items into numbered buckets, as two typed arrays (the CSR layout): validation
// groups relationships by their first end to find repeats, the embedded store keeps its adjacency
// lists this way. Typed arrays rather than an array per bucket: at 100k buckets and 500k items
// this builds in milliseconds and leaves the garbage collector nothing to trace.

export interface Buckets {
  /** Bucket b holds items[start[b]] up to, not including, items[start[b + 1]]. */
  start: Int32Array;
  /** Item numbers, bucket by bucket, ascending within a bucket. */
  items: Int32Array;
}

/** Groups items 0..keys.length-1 by their key (0..bucketCount-1); items keyed -1 are left out. */
export function bucketItems(keys: Int32Array, bucketCount: number): Buckets {
  const start = new Int32Array(bucketCount + 1);
  for (const key of keys) if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
  for (let b = 0; b < bucketCount; b++)
    start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const items = new Int32Array(start[bucketCount] as number);
  const next = start.slice(0, bucketCount);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key < 0) continue;
    const at = next[key] as number;
    items[at] = i;
    next[key] = at + 1;
  }
  return { start, items };
}
