// Splits Cypher text into tokens with their positions: names (keywords are names the parser
// recognises), backquoted names, numbers, strings, parameters and symbols. Comments are skipped.
import { CypherError } from '../errors.js';
import type { SourcePosition } from '../wire.js';

export type TokenKind =
  'name' | 'quoted' | 'integer' | 'float' | 'string' | 'param' | 'symbol' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The name, the string's value, the number's digits, the parameter's name or the symbol. */
  text: string;
  start: number;
  end: number;
}

// Longest first, so that "<=" wins over "<".
const SYMBOLS = [
  '<>',
  '<=',
  '>=',
  '=~',
  '!=',
  '..',
  '+=',
  '::',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  ':',
  '|',
  ';',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '=',
  '<',
  '>',
  '$',
  '&',
  '!',
];

export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

export function syntaxError(text: string, offset: number, message: string): CypherError {
  const pos = positionAt(text, offset);
  const lineText = text.split('\n')[pos.line - 1] ?? '';
  return new CypherError(
    'syntax',
    `${message} (line ${pos.line}, column ${pos.column} (offset: ${offset}))\n"${lineText}"\n${' '.repeat(pos.column)}^`,
    pos,
  );
}

const isNameStart = (c: string) => /[\p{L}_]/u.test(c);
const isNamePart = (c: string) => /[\p{L}\p{N}_$]/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw syntaxError(text, i, 'Unterminated comment');
      i = close + 2;
      continue;
    }
    const start = i;
    if (isNameStart(c)) {
      while (i < n && isNamePart(text[i] as string)) i++;
      tokens.push({ kind: 'name', text: text.slice(start, i), start, end: i });
      continue;
    }
    if (c === '`') {
      let name = '';
      i++;
      for (;;) {
        if (i >= n) throw syntaxError(text, start, 'Unterminated backquoted name');
        if (text[i] === '`') {
          if (text[i + 1] === '`') {
            name += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i];
        i++;
      }
      tokens.push({ kind: 'quoted', text: name, start, end: i });
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      i = readNumber(text, i, tokens);
      continue;
    }
    if (c === "'" || c === '"') {
      i = readString(text, i, tokens);
      continue;
    }
    if (c === '$') {
      i++;
      if (text[i] === '`') {
        const close = text.indexOf('`', i + 1);
        if (close < 0) throw syntaxError(text, start, 'Unterminated backquoted name');
        tokens.push({ kind: 'param', text: text.slice(i + 1, close), start, end: close + 1 });
        i = close + 1;
        continue;
      }
      while (i < n && isNamePart(text[i] as string)) i++;
      if (i === start + 1) throw syntaxError(text, start, 'Expected a parameter name after $');
      tokens.push({ kind: 'param', text: text.slice(start + 1, i), start, end: i });
      continue;
    }
    const sym = SYMBOLS.find((s) => text.startsWith(s, i));
    if (!sym) throw syntaxError(text, i, `Invalid input '${c}'`);
    i += sym.length;
    tokens.push({ kind: 'symbol', text: sym, start, end: i });
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n });
  return tokens;
}

function readNumber(text: string, i: number, tokens: Token[]): number {
  const start = i;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    i += 2;
    while (/[0-9a-fA-F_]/.test(text[i] ?? '')) i++;
    if (i === start + 2) throw syntaxError(text, start, 'Invalid hexadecimal integer');
    tokens.push({ kind: 'integer', text: text.slice(start, i).replace(/_/g, ''), start, end: i });
    return checkEnd(text, start, i);
  }
  if (text[i] === '0' && (text[i + 1] === 'o' || text[i + 1] === 'O')) {
    i += 2;
    while (/[0-7_]/.test(text[i] ?? '')) i++;
    if (i === start + 2) throw syntaxError(text, start, 'Invalid octal integer');
    tokens.push({ kind: 'integer', text: text.slice(start, i).replace(/_/g, ''), start, end: i });
    return checkEnd(text, start, i);
  }
  let float = false;
  while (isDigit(text[i]) || text[i] === '_') i++;
  if (text[i] === '.' && isDigit(text[i + 1])) {
    float = true;
    i++;
    while (isDigit(text[i]) || text[i] === '_') i++;
  }
  if (
    (text[i] === 'e' || text[i] === 'E') &&
    (isDigit(text[i + 1]) || ((text[i + 1] === '-' || text[i + 1] === '+') && isDigit(text[i + 2])))
  ) {
    float = true;
    i += 2;
    while (isDigit(text[i])) i++;
  }
  tokens.push({
    kind: float ? 'float' : 'integer',
    text: text.slice(start, i).replace(/_/g, ''),
    start,
    end: i,
  });
  return checkEnd(text, start, i);
}

function checkEnd(text: string, start: number, i: number): number {
  if (i < text.length && isNamePart(text[i] as string))
    throw syntaxError(text, start, `Invalid number '${text.slice(start, i + 1)}'`);
  return i;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
};

function readString(text: string, i: number, tokens: Token[]): number {
  const start = i;
  const quote = text[i];
  let value = '';
  i++;
  for (;;) {
    if (i >= text.length) throw syntaxError(text, start, 'Unterminated string literal');
    const c = text[i] as string;
    if (c === quote) {
      i++;
      break;
    }
    if (c === '\\') {
      const e = text[i + 1] ?? '';
      if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len)
          throw syntaxError(text, i, 'Invalid unicode escape');
        value += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + len;
        continue;
      }
      const mapped = ESCAPES[e];
      if (mapped === undefined) throw syntaxError(text, i, `Invalid escape sequence '\\${e}'`);
      value += mapped;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  tokens.push({ kind: 'string', text: value, start, end: i });
  return i;
}
