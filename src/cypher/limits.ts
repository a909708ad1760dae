// The bounds a read-only query runs within, so that no query can exhaust the server.
export interface CypherLimits {
  /** Wall-clock time for the whole query. */
  timeoutMs: number;
  /** Rows returned; more are dropped and the answer says truncated. */
  maxRows: number;
  /** Length of the query text in bytes (UTF-8). */
  maxQueryBytes: number;
  /** Rows an operator may hold at once (sort, aggregation, DISTINCT, Cartesian products). */
  maxRowsInFlight: number;
  /** Elements a list may hold (collect, range, list comprehension, string building). */
  maxListSize: number;
  /** Relationship expansions a query may make in variable-length and shortest-path search. */
  maxExpansions: number;
  /** How deeply brackets may nest in the query text (checked before either backend parses it). */
  maxNesting: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = {
  timeoutMs: 5_000,
  maxRows: 1_000,
  maxQueryBytes: 10_240,
  maxRowsInFlight: 1_000_000,
  maxListSize: 1_000_000,
  maxExpansions: 10_000_000,
  maxNesting: 64,
};
