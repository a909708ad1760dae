// A graph's relationships by number: the records themselves, or the store file's bytes and each
// record's byte range, parsed when first read. A trusted reopen of a large file so parses only the
// records that queries touch (at 300k/1.5M parsing them all was most of the reopen).
import type { Relationship } from '../../domain/schema.js';

export interface RelationshipList {
  readonly length: number;
  at(index: number): Relationship;
  /** Every record, in load order (a lazy list parses those it has not yet). */
  all(): readonly Relationship[];
}

export function listOf(records: readonly Relationship[]): RelationshipList {
  return {
    length: records.length,
    at: (index) => records[index] as Relationship,
    all: () => records,
  };
}

/**
 * Records read from `bytes`: record i is the JSON text from offsets[i] up to the comma before
 * offsets[i + 1] (the last one up to offsets[length], the array's closing bracket). The bytes
 * must be those a trusted reopen proved to be the file that was written with these offsets.
 */
export class ParsedOnDemand implements RelationshipList {
  readonly length: number;
  private readonly parsed: Array<Relationship | undefined>;

  constructor(
    private bytes: Buffer,
    private readonly offsets: Uint32Array,
  ) {
    this.length = offsets.length - 1;
    this.parsed = new Array<Relationship | undefined>(this.length);
  }

  at(index: number): Relationship {
    let record = this.parsed[index];
    if (!record) {
      const start = this.offsets[index] as number;
      const next = this.offsets[index + 1] as number;
      const end = index + 1 < this.length ? next - 1 : next;
      record = JSON.parse(this.bytes.toString('utf8', start, end)) as Relationship;
      this.parsed[index] = record;
    }
    return record;
  }

  all(): readonly Relationship[] {
    const records = Array.from({ length: this.length }, (_, index) => this.at(index));
    // Every record is parsed now: the file's bytes are no longer needed.
    this.bytes = Buffer.alloc(0);
    return records;
  }
}
