// Serialised answers of the read routes, kept per revision of the stored data: the graph changes
// only when a load does, so a repeated question costs a look-up instead of a traversal and a
// serialisation. Least recently used answers go first once the byte budget is spent.
// Bodies are kept as UTF-8 Buffers and counted in bytes with their keys and bookkeeping: a
// string's length undercounts it (V8 holds a string with one non-Latin-1 character, such as the
// seed's en dashes, at two bytes per character), which let the cache use twice its budget.

interface Entry {
  revision: string;
  body: Buffer;
  bytes: number;
}

/**
 * Bytes an entry costs besides its body: the Map slot, the entry object, the Buffer and its
 * ArrayBuffer, and the revision string (measured at about 400 on Node 20; rounded up).
 */
export const ENTRY_OVERHEAD_BYTES = 512;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  /** `maxBytes` bounds the memory the entries hold; 0 keeps nothing. */
  constructor(private readonly maxBytes: number) {}

  /** The body stored for `key` at `revision`, or undefined (an older revision's body is stale). */
  get(key: string, revision: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision) return undefined;
    // Re-inserting moves the key to the back of the Map's order: most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** Stores `text` as the answer for `key` at `revision`; returns it encoded, stored or not. */
  set(key: string, revision: string, text: string): Buffer {
    // A small Buffer.from is a view on a shared 8 KB pool slab, which stays alive as long as any
    // view on it does: the body gets memory of its own, so what is counted is what is held.
    const body = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    body.write(text);
    // Keys may hold any character: count two bytes each.
    const bytes = body.byteLength + 2 * key.length + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes / 4) return body; // one huge answer must not flush all others
    this.remove(key);
    this.entries.set(key, { revision, body, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return body;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes the entries are counted at; never more than the budget. */
  get usedBytes(): number {
    return this.bytes;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}
