// What graph views, filters and the compact encoding read of each relationship besides its ends
// and type: its claim count, distinct-source count, contestedness and the span of its dated
// claims. Kept in columns, worked out once when the graph is built (or read back from the trust
// record of a store we wrote), so that a view of 500k edges reads no relationship record.
import { claimsSpan, dateBounds, isContested } from '../../domain/relationships.js';
import type { Claim } from '../../domain/schema.js';
import type { RelationshipList } from './relationship-list.js';

export interface Span {
  first: string;
  last: string;
}

/** The facts as plain columns, per relationship number, and the distinct spans as `first/last`. */
export interface FactColumns {
  claims: Int32Array;
  sources: Int32Array;
  contested: Uint8Array;
  /** Index into spanKeys; -1 when no claim is dated. */
  span: Int32Array;
  spanKeys: string[];
}

export class EdgeFacts {
  readonly claimTotal: number;
  readonly contestedTotal: number;
  /** The distinct spans, each one object that every edge with that span shares. */
  readonly spans: Span[];

  private constructor(private readonly columns: FactColumns) {
    this.spans = columns.spanKeys.map((key) => {
      const [first = '', last = ''] = key.split('/');
      return { first, last };
    });
    let claimTotal = 0;
    let contestedTotal = 0;
    for (let i = 0; i < columns.claims.length; i++) {
      claimTotal += columns.claims[i] as number;
      contestedTotal += columns.contested[i] as number;
    }
    this.claimTotal = claimTotal;
    this.contestedTotal = contestedTotal;
  }

  /** Works every relationship's facts out from its claims. */
  static of(rels: RelationshipList): EdgeFacts {
    const n = rels.length;
    const columns: FactColumns = {
      claims: new Int32Array(n),
      sources: new Int32Array(n),
      contested: new Uint8Array(n),
      span: new Int32Array(n),
      spanKeys: [],
    };
    // Span numbers by first and then last day: no key string is made for a span seen before.
    const spanNumbers = new Map<string, Map<string, number>>();
    const spanNumber = ({ first, last }: Span): number => {
      let byLast = spanNumbers.get(first);
      if (!byLast) spanNumbers.set(first, (byLast = new Map()));
      let at = byLast.get(last);
      if (at === undefined) {
        at = columns.spanKeys.length;
        byLast.set(last, at);
        columns.spanKeys.push(`${first}/${last}`);
      }
      return at;
    };
    for (let i = 0; i < n; i++) {
      const { claims } = rels.at(i);
      // Most relationships have one claim: no Set of sources, no walk over the claims' dates.
      const only = claims.length === 1 ? claims[0] : undefined;
      columns.claims[i] = claims.length;
      columns.sources[i] = only ? 1 : distinctSourceCount(claims);
      columns.contested[i] = isContested(claims) ? 1 : 0;
      const span = only ? only.date && dateBounds(only.date) : claimsSpan(claims);
      columns.span[i] = span ? spanNumber(span) : -1;
    }
    return new EdgeFacts(columns);
  }

  /** Facts recorded earlier by `toColumns` for the same relationships. */
  static fromColumns(columns: FactColumns): EdgeFacts {
    return new EdgeFacts(columns);
  }

  toColumns(): FactColumns {
    return this.columns;
  }

  /** The same spans as `first/last`, the compact encoding's form. */
  get spanKeys(): readonly string[] {
    return this.columns.spanKeys;
  }

  claims(index: number): number {
    return this.columns.claims[index] as number;
  }

  sources(index: number): number {
    return this.columns.sources[index] as number;
  }

  contested(index: number): boolean {
    return this.columns.contested[index] === 1;
  }

  /** Index into `spans`; -1 when no claim is dated. */
  span(index: number): number {
    return this.columns.span[index] as number;
  }
}

function distinctSourceCount(claims: readonly Claim[]): number {
  return new Set(claims.map((c) => c.source)).size;
}
