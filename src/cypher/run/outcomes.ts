// Each CypherError code's one HTTP status, API error code and CLI exit code. Faults in the query
// are 400; a bound passed is 422 (the request was well-formed, the work too big); a query past
// its time is 503 `timeout` like any request that runs too long (not 408, which browsers retry).
import type { CypherErrorCode } from '../errors.js';

export interface Outcome {
  status: number;
  apiCode: string;
  /** The CLI's exit code: 1, as for every error that is not a usage mistake. */
  exit: number;
}

export const CYPHER_OUTCOMES: Record<CypherErrorCode, Outcome> = {
  syntax: { status: 400, apiCode: 'syntax_error', exit: 1 },
  semantic: { status: 400, apiCode: 'semantic_error', exit: 1 },
  type: { status: 400, apiCode: 'type_error', exit: 1 },
  argument: { status: 400, apiCode: 'argument_error', exit: 1 },
  parameter: { status: 400, apiCode: 'parameter_error', exit: 1 },
  'read-only': { status: 400, apiCode: 'read_only', exit: 1 },
  unsupported: { status: 400, apiCode: 'unsupported', exit: 1 },
  limit: { status: 422, apiCode: 'limit_exceeded', exit: 1 },
  timeout: { status: 503, apiCode: 'timeout', exit: 1 },
};

/** The word at `offset` in the query (or the character there), to show with an error. */
export function textAt(query: string, offset: number): string {
  const word = /^(?:\w+|`[^`]*`|\S)/.exec(query.slice(offset));
  return word ? word[0] : '';
}
