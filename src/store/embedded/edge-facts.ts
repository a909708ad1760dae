// What graph views and the compact encoding read of each relationship besides its ends, type and
// claims: its distinct-source count, contestedness and the span of its dated claims. Kept in
// columns, each relationship's worked out on first use, so a view of 500k edges makes no
// relationship records and a second view works nothing out again.
import { claimsSpan, isContested } from '../../domain/relationships.js';
import type { Relationship } from '../../domain/schema.js';

export interface Span {
  first: string;
  last: string;
}

export class EdgeFacts {
  /** 1 once the relationship's facts are worked out. */
  private readonly known: Uint8Array;
  private readonly sourceCounts: Int32Array;
  private readonly contestedFlags: Uint8Array;
  private readonly spanIndex: Int32Array;
  private readonly spanByKey = new Map<string, number>();
  /** The distinct spans, each one object that every edge with that span shares. */
  readonly spans: Span[] = [];
  /** The same spans as `first/last`, the compact encoding's form. */
  readonly spanKeys: string[] = [];

  constructor(private readonly rels: readonly Relationship[]) {
    const n = rels.length;
    this.known = new Uint8Array(n);
    this.sourceCounts = new Int32Array(n);
    this.contestedFlags = new Uint8Array(n);
    this.spanIndex = new Int32Array(n);
  }

  sources(index: number): number {
    this.ensure(index);
    return this.sourceCounts[index] as number;
  }

  contested(index: number): boolean {
    this.ensure(index);
    return this.contestedFlags[index] === 1;
  }

  /** Index into `spans`; -1 when no claim is dated. */
  span(index: number): number {
    this.ensure(index);
    return this.spanIndex[index] as number;
  }

  private ensure(index: number): void {
    if (this.known[index]) return;
    const { claims } = this.rels[index] as Relationship;
    this.sourceCounts[index] = claims.length === 1 ? 1 : new Set(claims.map((c) => c.source)).size;
    this.contestedFlags[index] = isContested(claims) ? 1 : 0;
    const span = claimsSpan(claims);
    this.spanIndex[index] = span ? this.spanNumber(span) : -1;
    this.known[index] = 1;
  }

  private spanNumber(span: Span): number {
    const key = `${span.first}/${span.last}`;
    let at = this.spanByKey.get(key);
    if (at === undefined) {
      at = this.spans.length;
      this.spanByKey.set(key, at);
      this.spans.push(span);
      this.spanKeys.push(key);
    }
    return at;
  }
}
