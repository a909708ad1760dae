// Refuses write clauses before a query is sent to either backend, naming the clause and where
// it is. A look at the engine lexer's tokens rather than a parse (Neo4j accepts syntax our
// parser refuses): a write keyword counts as a clause only where a clause can start, so a
// variable or property that happens to be called `set` or `create` is not refused. Writing
// procedures (CALL ...) are left to Neo4j's READ transaction and the engine's own check.
import { CypherError } from '../errors.js';
import { positionAt, type Token } from '../parse/lexer.js';
import type { SourcePosition } from '../wire.js';
import { checkTokens } from './tokens.js';

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
  '<>',
  '<=',
  '>=',
  '!=',
  '=~',
  '+=',
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
  const list = checkTokens(query);
  const symbol = (t: Token | undefined, set: Set<string>) =>
    t?.kind === 'symbol' && set.has(t.text);
  const name = (t: Token | undefined) => (t?.kind === 'name' ? t.text.toUpperCase() : '');
  for (let k = 0; k < list.length; k++) {
    const token = list[k] as Token;
    const upper = name(token);
    const next = list[k + 1];
    const isLoadCsv = upper === 'LOAD' && name(next) === 'CSV';
    if (!(WRITE_CLAUSES.has(upper) || isLoadCsv)) continue;
    const prev = list[k - 1];
    if (symbol(prev, NOT_A_CLAUSE_BEFORE) || EXPRESSION_BEFORE.has(name(prev))) continue;
    if (!next || symbol(next, NOT_A_CLAUSE_AFTER)) continue;
    const clause = isLoadCsv ? 'LOAD CSV' : upper === 'DETACH' ? 'DETACH DELETE' : upper;
    return { clause, position: positionAt(query, token.start) };
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
