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

/**
 * MurmurHash3's finaliser. FNV-1a's last step is linear in the last character, so ids that differ
 * only there ("actor-0", "actor-1") differ by the same amount, and sums of raw hashes collide.
 */
function avalanche(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A short key naming a dataset by its node and edge ids, for storing its positions. Two hashes of
 * each id are summed, so the ids' order does not count without sorting them (sorting 600k ids
 * took a second of the first paint at 100k/500k); nodes and edges hash with different seeds.
 */
export function fingerprint(nodeIds: Iterable<string>, edgeIds: Iterable<string>): string {
  let sum = 0;
  let mix = 0;
  let count = 0;
  for (const [seed, ids] of [
    [0x811c9dc5, nodeIds],
    [0x01000193, edgeIds],
  ] as const) {
    for (const id of ids) {
      sum = (sum + avalanche(hashString(id, seed))) >>> 0;
      mix = (mix + avalanche(hashString(id, seed ^ 0x9e3779b9))) >>> 0;
      count++;
    }
  }
  return `${count.toString(36)}-${sum.toString(36)}-${mix.toString(36)}`;
}
