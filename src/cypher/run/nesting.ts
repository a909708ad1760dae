// Bounds how deeply brackets nest in a query before it is sent: Neo4j's parser takes minutes
// over a few hundred nested lists, and a recursive parser's stack is finite, so a deeper query
// is refused with 'limit' at the bracket that goes too deep.
import { CypherError } from '../errors.js';
import { positionAt } from '../parse/lexer.js';
import { checkTokens } from './tokens.js';

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

export function refuseDeepNesting(query: string, maxNesting: number): void {
  let depth = 0;
  for (const token of checkTokens(query)) {
    if (token.kind !== 'symbol') continue;
    if (CLOSE.has(token.text)) depth--;
    else if (OPEN.has(token.text) && ++depth > maxNesting) {
      const at = positionAt(query, token.start);
      throw new CypherError(
        'limit',
        `Brackets nest more than ${maxNesting} deep here; queries may nest at most ${maxNesting} deep.`,
        at,
      );
    }
  }
}
