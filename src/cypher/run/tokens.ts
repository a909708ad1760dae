// The tokens the checks made before a query is sent look at: the engine's lexer, without its
// end marker. Text it cannot split is left to the backend, whose parser reports the error
// itself (Neo4j's words on Neo4j; the embedded parser's, which are the lexer's, here).
import { CypherError } from '../errors.js';
import { tokenize, type Token } from '../parse/lexer.js';

export function checkTokens(query: string): Token[] {
  try {
    return tokenize(query).filter((token) => token.kind !== 'eof');
  } catch (error) {
    if (error instanceof CypherError && error.code === 'syntax') return [];
    throw error;
  }
}
