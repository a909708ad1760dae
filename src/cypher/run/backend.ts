// What a Cypher backend is to the runner: it runs one read-only query within limits and hands
// back columns and wire rows; the runner adds the checks, the timing and the drawn graph.
import { CypherError } from '../errors.js';
import type { CypherLimits } from '../limits.js';
import type { CypherNotification, WireValue } from '../wire.js';

/** Query parameters as JSON gives them (numbers that are whole become INTEGERs). */
export type JsonParams = Record<string, unknown>;

export interface BackendResult {
  columns: string[];
  rows: WireValue[][];
  truncated: boolean;
  notifications: CypherNotification[];
}

export interface CypherBackend {
  readonly kind: 'embedded' | 'neo4j';
  /** Throws CypherError for anything wrong with the query; other errors are the store's. */
  run(query: string, params: JsonParams, limits: CypherLimits): Promise<BackendResult>;
  close(): Promise<void>;
}

/** What either backend throws for a query stopped at its time limit. */
export function timeoutError(timeoutMs: number): CypherError {
  return new CypherError(
    'timeout',
    `The query ran past the ${timeoutMs / 1000} s limit and was stopped; narrow it down (a LIMIT, fewer hops).`,
  );
}
