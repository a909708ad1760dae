// Errors a Cypher query can end in, on either backend. Each maps to one HTTP status and CLI
// exit code; the message is meant for the person who wrote the query.
import type { SourcePosition } from './wire.js';

export type CypherErrorCode =
  /** The text does not parse. */
  | 'syntax'
  /** It parses but means nothing: unknown variable, unknown function, aggregation misuse. */
  | 'semantic'
  /** A value of the wrong type at run time (e.g. 1 + true). */
  | 'type'
  /** An arithmetic or argument error at run time (integer overflow, division by zero, range step 0). */
  | 'argument'
  /** Valid Cypher this engine does not run; the message names the feature. */
  | 'unsupported'
  /** A write clause in a read-only run; the message names the clause. */
  | 'read-only'
  /** A parameter is missing or of a type Cypher has no value for. */
  | 'parameter'
  /** Past a configured bound (rows in flight, collected list size, path expansions, query length). */
  | 'limit'
  /** Past the time limit; the query was stopped. */
  | 'timeout';

export class CypherError extends Error {
  constructor(
    readonly code: CypherErrorCode,
    message: string,
    /** Where in the query text, when the error belongs to a place in it. */
    readonly position?: SourcePosition,
  ) {
    super(message);
    this.name = 'CypherError';
  }
}
