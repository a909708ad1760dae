// Deterministic starting positions and dataset fingerprints, both from a string hash, so the same
// data always starts from the same picture and saved positions are found again after a reload.

/** 32-bit FNV-1a: fast, well spread, and the same in every browser. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A point in a disc of the given radius, fixed by the id alone: adding or removing other actors
 * never moves this one's starting point.
 */
export function seedPosition(id: string, radius: number): { x: number; y: number } {
  const angle = (hashString(id) / 0x100000000) * 2 * Math.PI;
  // sqrt spreads the points evenly over the disc instead of crowding the centre.
  const r = radius * Math.sqrt(hashString(id, 0x9e3779b9) / 0x100000000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** A short key naming a dataset by its node and edge ids, for storing its positions. */
export function fingerprint(nodeIds: Iterable<string>, edgeIds: Iterable<string>): string {
  let h = 0x811c9dc5;
  let count = 0;
  for (const ids of [nodeIds, edgeIds]) {
    for (const id of [...ids].sort()) {
      h = hashString(id + '\n', h);
      count++;
    }
  }
  return `${count.toString(36)}-${h.toString(36)}`;
}
