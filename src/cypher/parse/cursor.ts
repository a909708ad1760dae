// Token navigation shared by the parser's layers: peeking, keyword tests, expectations that
// fail with a syntax error at the offending token, and backtracking for ambiguous openings.
import type { CypherError } from '../errors.js';
import { syntaxError, tokenize, type Token } from './lexer.js';

export class Cursor {
  protected readonly tokens: Token[];
  protected at = 0;

  constructor(protected readonly text: string) {
    this.tokens = tokenize(text);
  }

  protected peek(ahead = 0): Token {
    return this.tokens[Math.min(this.at + ahead, this.tokens.length - 1)] as Token;
  }

  protected next(): Token {
    const t = this.peek();
    if (this.at < this.tokens.length - 1) this.at++;
    return t;
  }

  /** The offset where the previous token ended. */
  protected lastEnd(): number {
    return (this.tokens[this.at - 1] as Token | undefined)?.end ?? 0;
  }

  protected isKeyword(word: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === 'name' && t.text.toUpperCase() === word;
  }

  protected isSymbol(sym: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === 'symbol' && t.text === sym;
  }

  protected acceptKeyword(...words: string[]): boolean {
    if (!words.every((w, i) => this.isKeyword(w, i))) return false;
    this.at += words.length;
    return true;
  }

  protected acceptSymbol(sym: string): boolean {
    if (!this.isSymbol(sym)) return false;
    this.next();
    return true;
  }

  protected expectKeyword(...words: string[]): void {
    for (const w of words) if (!this.acceptKeyword(w)) throw this.error(`Expected ${w}`);
  }

  protected expectSymbol(sym: string): void {
    if (!this.acceptSymbol(sym)) throw this.error(`Expected '${sym}'`);
  }

  /** A name: a variable, label, type, property key or function name segment. */
  protected name(what = 'a name'): string {
    const t = this.peek();
    if (t.kind !== 'name' && t.kind !== 'quoted') throw this.error(`Expected ${what}`);
    this.next();
    return t.text;
  }

  protected isName(ahead = 0): boolean {
    const k = this.peek(ahead).kind;
    return k === 'name' || k === 'quoted';
  }

  protected error(message: string, token = this.peek()): CypherError {
    const found =
      token.kind === 'eof' ? 'end of input' : `'${this.text.slice(token.start, token.end)}'`;
    return syntaxError(this.text, token.start, `${message} but found ${found}`);
  }

  /** Runs `attempt`; on a syntax error puts the cursor back and returns undefined. */
  protected tryParse<T>(attempt: () => T): T | undefined {
    const saved = this.at;
    try {
      return attempt();
    } catch (e) {
      if ((e as CypherError).code !== 'syntax') throw e;
      this.at = saved;
      return undefined;
    }
  }
}
