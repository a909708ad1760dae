// A light tokeniser of Cypher text for the checks made before a query is sent: words, quoted
// strings and names, and single characters, with comments and white space dropped.
import type { SourcePosition } from '../wire.js';

export interface Token {
  text: string;
  offset: number;
  word: boolean;
}

export function tokens(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (query.startsWith('//', i)) {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
    } else if (query.startsWith('/*', i)) {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      const start = i++;
      while (i < query.length && query[i] !== c) i += query[i] === '\\' && c !== '`' ? 2 : 1;
      i++;
      out.push({ text: query.slice(start, i), offset: start, word: false });
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < query.length && /\w/.test(query[i] as string)) i++;
      out.push({ text: query.slice(start, i), offset: start, word: true });
    } else {
      out.push({ text: c, offset: i++, word: false });
    }
  }
  return out;
}

export function positionAt(query: string, offset: number): SourcePosition {
  const before = query.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - before.lastIndexOf('\n') };
}
