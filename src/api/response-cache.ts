// Serialised answers of the read routes, kept per revision of the stored data: the graph changes
// only when a load does, so a repeated question costs a look-up instead of a traversal and a
// serialisation. Least recently used answers go first once the byte budget is spent.

interface Entry {
  revision: string;
  body: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  /** `maxBytes` bounds the bodies kept (counted as UTF-16 length); 0 keeps nothing. */
  constructor(private readonly maxBytes: number) {}

  /** The body stored for `key` at `revision`, or undefined (an older revision's body is stale). */
  get(key: string, revision: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision) return undefined;
    // Re-inserting moves the key to the back of the Map's order: most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  set(key: string, revision: string, body: string): void {
    if (body.length > this.maxBytes / 4) return; // one huge answer must not flush all others
    this.remove(key);
    this.entries.set(key, { revision, body });
    this.bytes += body.length;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
