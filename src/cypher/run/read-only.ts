// Refuses write clauses before a query is sent to either backend, naming the clause and where
// it is. A light scan of the tokens (strings, comments and `quoted` names skipped) rather than a
// parse: a write keyword counts as a clause only where a clause can start, so a variable or
// property that happens to be called `set` or `create` is not refused. Writing procedures
// (CALL ...) are left to Neo4j's READ transaction and the embedded engine's own check.
import { CypherError } from '../errors.js';
import type { SourcePosition } from '../wire.js';
import { positionAt, tokens, type Token } from './scan.js';

const WRITE_CLAUSES = new Set([
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'FOREACH',
  'DROP',
]);
/** After these the next word is part of an expression, never a new clause. */
const EXPRESSION_BEFORE = new Set([
  'RETURN',
  'WITH',
  'AS',
  'DISTINCT',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'WHEN',
  'THEN',
  'ELSE',
  'IS',
  'WHERE',
  'BY',
  'YIELD',
  'CASE',
]);
const NOT_A_CLAUSE_BEFORE = new Set([
  '.',
  ':',
  '$',
  ',',
  '(',
  '[',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
]);
const NOT_A_CLAUSE_AFTER = new Set([':', '.', ')', ',', ']', '}', '=']);

/** The first write clause of the query, or null when it has none. */
export function findWriteClause(
  query: string,
): { clause: string; position: SourcePosition } | null {
  const list = tokens(query);
  for (let k = 0; k < list.length; k++) {
    const token = list[k] as Token;
    const upper = token.text.toUpperCase();
    const next = list[k + 1];
    const isLoadCsv = upper === 'LOAD' && next?.text.toUpperCase() === 'CSV';
    if (!token.word || !(WRITE_CLAUSES.has(upper) || isLoadCsv)) continue;
    const prev = list[k - 1];
    if (
      prev &&
      (NOT_A_CLAUSE_BEFORE.has(prev.text) || EXPRESSION_BEFORE.has(prev.text.toUpperCase()))
    )
      continue;
    if (next && NOT_A_CLAUSE_AFTER.has(next.text)) continue;
    if (!next) continue;
    const clause = isLoadCsv ? 'LOAD CSV' : upper === 'DETACH' ? 'DETACH DELETE' : upper;
    return { clause, position: positionAt(query, token.offset) };
  }
  return null;
}

/** Throws CypherError('read-only') naming the first write clause and its place. */
export function refuseWrites(query: string): void {
  const found = findWriteClause(query);
  if (!found) return;
  const { clause, position } = found;
  throw new CypherError(
    'read-only',
    `${clause} writes to the graph, and queries here are read-only`,
    position,
  );
}
