// What graph views, filters, the compact encoding and the source list read of each relationship
// besides its ends and type: its claim count, distinct-source count, contestedness, the span of
// its dated claims and the source each claim cites. Kept in columns, worked out once when the
// graph is built (or read back from the trust record of a store we wrote), so that a view of 500k
// edges or a list of sources reads no relationship record.
import { claimsSpan, dateBounds, isContested } from '../../domain/relationships.js';
import type { RelationshipList } from './relationship-list.js';

export interface Span {
  first: string;
  last: string;
}

/** The facts as plain columns, per relationship number, and the distinct spans as `first/last`. */
export interface FactColumns {
  contested: Uint8Array;
  /** Index into spanKeys; -1 when no claim is dated. */
  span: Int32Array;
  spanKeys: string[];
  /**
   * The sources cited, as numbers of the dataset's sources, claim by claim: those of relationship
   * i are citedSources[citedStart[i]] up to citedSources[citedStart[i + 1]]. Its claim count and
   * distinct-source count are read from them.
   */
  citedStart: Int32Array;
  citedSources: Int32Array;
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
    let contestedTotal = 0;
    for (const flag of columns.contested) contestedTotal += flag;
    this.claimTotal = columns.citedSources.length;
    this.contestedTotal = contestedTotal;
  }

  /** Works every relationship's facts out from its claims; `sourceNumbers` numbers the sources. */
  static of(rels: RelationshipList, sourceNumbers: ReadonlyMap<string, number>): EdgeFacts {
    const n = rels.length;
    let claimTotal = 0;
    for (let i = 0; i < n; i++) claimTotal += rels.at(i).claims.length;
    let cited = 0;
    const columns: FactColumns = {
      contested: new Uint8Array(n),
      span: new Int32Array(n),
      spanKeys: [],
      citedStart: new Int32Array(n + 1),
      citedSources: new Int32Array(claimTotal),
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
      // Most relationships have one claim: no walk over the claims' dates.
      const only = claims.length === 1 ? claims[0] : undefined;
      columns.contested[i] = isContested(claims) ? 1 : 0;
      const span = only ? only.date && dateBounds(only.date) : claimsSpan(claims);
      columns.span[i] = span ? spanNumber(span) : -1;
      // Validation proved every cited source to exist.
      for (const claim of claims) {
        columns.citedSources[cited++] = sourceNumbers.get(claim.source) as number;
      }
      columns.citedStart[i + 1] = cited;
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
    const { citedStart } = this.columns;
    return (citedStart[index + 1] as number) - (citedStart[index] as number);
  }

  /** Distinct sources the relationship's claims cite (claims are few: compared pairwise). */
  sources(index: number): number {
    const { citedStart, citedSources } = this.columns;
    const start = citedStart[index] as number;
    const end = citedStart[index + 1] as number;
    let distinct = 0;
    for (let j = start; j < end; j++) {
      let k = start;
      while (k < j && citedSources[k] !== citedSources[j]) k++;
      if (k === j) distinct++;
    }
    return distinct;
  }

  contested(index: number): boolean {
    return this.columns.contested[index] === 1;
  }

  /** Index into `spans`; -1 when no claim is dated. */
  span(index: number): number {
    return this.columns.span[index] as number;
  }

  /** Calls `visit` with each relationship's number and the number of each source a claim cites. */
  forEachCitation(visit: (index: number, source: number) => void): void {
    const { citedStart, citedSources } = this.columns;
    for (let i = 0; i + 1 < citedStart.length; i++) {
      const end = citedStart[i + 1] as number;
      for (let j = citedStart[i] as number; j < end; j++) visit(i, citedSources[j] as number);
    }
  }

  /** How many of the relationship's claims cite the source numbered `source`. */
  citationsOf(index: number, source: number): number {
    const { citedStart, citedSources } = this.columns;
    let count = 0;
    const end = citedStart[index + 1] as number;
    for (let j = citedStart[index] as number; j < end; j++) if (citedSources[j] === source) count++;
    return count;
  }
}
