// Expression grammar, lowest precedence first: OR, XOR, AND, NOT, comparisons (chained),
// IN / STARTS WITH / ENDS WITH / CONTAINS / =~ / IS NULL, + -, * / %, ^, unary - +, then
// property access, indexing, slicing and label tests on an atom.
import type {
  BinaryOp,
  Expr,
  ExprBody,
  LabelExpr,
  MapProjectionItem,
  PatternPart,
  Query,
} from './ast.js';
import { Cursor } from './cursor.js';
import { positionAt, syntaxError } from './lexer.js';
import { CypherError } from '../errors.js';

const MAX_INT = (1n << 63n) - 1n;
const MAX_NESTING = 200;
const COMPARISONS = new Set(['=', '<>', '!=', '<', '<=', '>', '>=']);

const UPDATE_CLAUSES = new Set(['create', 'merge', 'set', 'remove', 'delete', 'foreach']);

export abstract class ExpressionParser extends Cursor {
  /** One pattern part; with `needRel`, fails unless it has at least one relationship. */
  protected abstract patternPart(needRel: boolean): PatternPart;
  protected abstract patternList(): PatternPart[];
  protected abstract labelExpression(): LabelExpr;
  protected abstract subquery(): Query;

  protected make(start: number, body: ExprBody): Expr {
    return { ...body, start, end: this.lastEnd() } as Expr;
  }

  private depth = 0;

  expr(): Expr {
    // Deep nesting would exhaust the stack (a crash, not an answer): refuse it as a limit.
    if (++this.depth > MAX_NESTING) {
      this.depth = 0;
      throw new CypherError(
        'limit',
        `The query nests expressions more than ${MAX_NESTING} deep`,
        positionAt(this.text, this.peek().start),
      );
    }
    try {
      return this.or();
    } finally {
      this.depth--;
    }
  }

  private binaryLevel(ops: readonly string[], below: () => Expr): Expr {
    const start = this.peek().start;
    let left = below();
    for (;;) {
      const op = ops.find((o) => this.isKeyword(o));
      if (!op) return left;
      this.next();
      const right = below();
      left = this.make(start, { kind: 'binary', op: op as BinaryOp, left, right });
    }
  }

  private or(): Expr {
    return this.binaryLevel(['OR'], () => this.xor());
  }

  private xor(): Expr {
    return this.binaryLevel(['XOR'], () => this.and());
  }

  private and(): Expr {
    return this.binaryLevel(['AND'], () => this.not());
  }

  private not(): Expr {
    const start = this.peek().start;
    if (this.acceptKeyword('NOT')) return this.make(start, { kind: 'not', arg: this.not() });
    return this.comparison();
  }

  private comparison(): Expr {
    const start = this.peek().start;
    const first = this.stringListNull();
    const ops: BinaryOp[] = [];
    const operands = [first];
    while (this.peek().kind === 'symbol' && COMPARISONS.has(this.peek().text)) {
      const sym = this.next().text;
      ops.push((sym === '!=' ? '<>' : sym) as BinaryOp);
      operands.push(this.stringListNull());
    }
    if (ops.length === 0) return first;
    if (ops.length === 1)
      return this.make(start, {
        kind: 'binary',
        op: ops[0] as BinaryOp,
        left: first,
        right: operands[1] as Expr,
      });
    return this.make(start, { kind: 'chain', ops, operands });
  }

  private stringListNull(): Expr {
    const start = this.peek().start;
    let left = this.additive();
    for (;;) {
      let op: BinaryOp | undefined;
      if (this.acceptKeyword('IN')) op = 'IN';
      else if (this.acceptKeyword('STARTS', 'WITH')) op = 'STARTS WITH';
      else if (this.acceptKeyword('ENDS', 'WITH')) op = 'ENDS WITH';
      else if (this.acceptKeyword('CONTAINS')) op = 'CONTAINS';
      else if (this.acceptSymbol('=~')) op = '=~';
      else if (this.isKeyword('IS')) {
        this.next();
        const negated = this.acceptKeyword('NOT');
        this.expectKeyword('NULL');
        left = this.make(start, { kind: 'isNull', arg: left, negated });
        continue;
      }
      if (!op) return left;
      left = this.make(start, { kind: 'binary', op, left, right: this.additive() });
    }
  }

  private symbolLevel(ops: readonly string[], below: () => Expr): Expr {
    const start = this.peek().start;
    let left = below();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'symbol' || !ops.includes(t.text)) return left;
      this.next();
      left = this.make(start, { kind: 'binary', op: t.text as BinaryOp, left, right: below() });
    }
  }

  private additive(): Expr {
    return this.symbolLevel(['+', '-'], () => this.multiplicative());
  }

  private multiplicative(): Expr {
    return this.symbolLevel(['*', '/', '%'], () => this.power());
  }

  private power(): Expr {
    return this.symbolLevel(['^'], () => this.unary());
  }

  private unary(): Expr {
    const start = this.peek().start;
    if (this.isSymbol('-')) {
      this.next();
      const t = this.peek();
      if (t.kind === 'integer') {
        // Negative literals are read whole, so that -9223372036854775808 fits.
        this.next();
        const value = -BigInt(t.text);
        if (value < -MAX_INT - 1n) throw syntaxError(this.text, t.start, 'integer is too large');
        return this.postfix(this.make(start, { kind: 'literal', value }));
      }
      return this.make(start, { kind: 'neg', arg: this.unary() });
    }
    if (this.acceptSymbol('+')) return this.unary();
    return this.postfix(this.atom());
  }

  private postfix(target: Expr): Expr {
    const start = target.start;
    for (;;) {
      if (this.isSymbol('.') && this.isName(1)) {
        this.next();
        target = this.make(start, { kind: 'prop', target, key: this.name() });
      } else if (this.isSymbol('[')) {
        this.next();
        if (this.acceptSymbol('..')) {
          const to = this.isSymbol(']') ? undefined : this.expr();
          this.expectSymbol(']');
          target = this.make(start, { kind: 'slice', target, ...(to && { to }) });
          continue;
        }
        const index = this.expr();
        if (this.acceptSymbol('..')) {
          const to = this.isSymbol(']') ? undefined : this.expr();
          this.expectSymbol(']');
          target = this.make(start, { kind: 'slice', target, from: index, ...(to && { to }) });
          continue;
        }
        this.expectSymbol(']');
        target = this.make(start, { kind: 'index', target, index });
      } else if (
        this.isSymbol(':') &&
        (this.isName(1) || this.isSymbol('(', 1) || this.isSymbol('!', 1) || this.isSymbol('%', 1))
      ) {
        this.next();
        target = this.make(start, { kind: 'hasLabels', target, labels: this.labelExpression() });
      } else {
        return target;
      }
    }
  }

  private atom(): Expr {
    const t = this.peek();
    const start = t.start;
    switch (t.kind) {
      case 'integer': {
        this.next();
        const value = BigInt(t.text);
        if (value > MAX_INT) throw syntaxError(this.text, t.start, 'integer is too large');
        return this.make(start, { kind: 'literal', value });
      }
      case 'float': {
        this.next();
        const value = Number(t.text);
        if (!Number.isFinite(value))
          throw syntaxError(this.text, t.start, 'floating point number is too large');
        return this.make(start, { kind: 'literal', value });
      }
      case 'string':
        this.next();
        return this.make(start, { kind: 'literal', value: t.text });
      case 'param':
        this.next();
        return this.make(start, { kind: 'param', name: t.text });
      case 'quoted':
        this.next();
        return this.afterName(start, t.text);
      case 'name':
        return this.namedAtom();
      case 'symbol':
        break;
      case 'eof':
        throw this.error('Expected an expression');
    }
    if (t.text === '[') return this.bracketed();
    if (t.text === '{') return this.make(start, { kind: 'map', entries: this.mapEntries() });
    if (t.text === '(') {
      const pattern = this.tryParse(() => this.patternPart(true));
      if (pattern) return this.make(start, { kind: 'patternPredicate', pattern });
      this.next();
      const inner = this.expr();
      this.expectSymbol(')');
      // The parentheses belong to the text that names an unaliased column.
      return { ...inner, start, end: this.lastEnd() };
    }
    throw this.error('Expected an expression');
  }

  protected mapEntries(): Array<[string, Expr]> {
    this.expectSymbol('{');
    const entries: Array<[string, Expr]> = [];
    if (!this.acceptSymbol('}')) {
      do {
        const key = this.name('a map key');
        this.expectSymbol(':');
        entries.push([key, this.expr()]);
      } while (this.acceptSymbol(','));
      this.expectSymbol('}');
    }
    return entries;
  }

  private namedAtom(): Expr {
    const t = this.peek();
    const start = t.start;
    const upper = t.text.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE' || upper === 'NULL') {
      this.next();
      return this.make(start, {
        kind: 'literal',
        value: upper === 'NULL' ? null : upper === 'TRUE',
      });
    }
    if (upper === 'CASE') return this.caseExpr();
    if ((upper === 'EXISTS' || upper === 'COUNT') && this.isSymbol('{', 1)) {
      this.next();
      return this.subqueryExpr(start, upper === 'EXISTS' ? 'exists' : 'countSubquery');
    }
    if (upper === 'COLLECT' && this.isSymbol('{', 1)) {
      this.next();
      return this.collectExpr(start);
    }
    if (
      ['ALL', 'ANY', 'NONE', 'SINGLE'].includes(upper) &&
      this.isSymbol('(', 1) &&
      this.isName(2) &&
      this.isKeyword('IN', 3)
    ) {
      this.next();
      this.next();
      const variable = this.name();
      this.expectKeyword('IN');
      const source = this.expr();
      const where = this.acceptKeyword('WHERE') ? this.expr() : undefined;
      if (!where) throw this.error(`Expected WHERE in ${upper.toLowerCase()}(...)`);
      this.expectSymbol(')');
      return this.make(start, {
        kind: 'quantifier',
        quantifier: upper.toLowerCase() as 'all',
        variable,
        source,
        where,
      });
    }
    if (upper === 'REDUCE' && this.isSymbol('(', 1)) {
      this.next();
      this.next();
      const accumulator = this.name();
      this.expectSymbol('=');
      const init = this.expr();
      this.expectSymbol(',');
      const variable = this.name();
      this.expectKeyword('IN');
      const source = this.expr();
      this.expectSymbol('|');
      const expr = this.expr();
      this.expectSymbol(')');
      return this.make(start, { kind: 'reduce', accumulator, init, variable, source, expr });
    }
    // name(.name)*( is a function call
    let k = 1;
    while (this.isSymbol('.', k) && this.isName(k + 1)) k += 2;
    if (this.isSymbol('(', k)) return this.functionCall(start);
    this.next();
    return this.afterName(start, t.text);
  }

  private afterName(start: number, name: string): Expr {
    if (this.isSymbol('{') && this.looksLikeProjection()) return this.mapProjection(start, name);
    return this.make(start, { kind: 'var', name });
  }

  private looksLikeProjection(): boolean {
    // n{.a}, n{.*}, n{k: v}, n{v}: every map projection opens with '.', or a name then ',' ':' or '}'.
    if (this.isSymbol('.', 1) || this.isSymbol('}', 1)) return true;
    return (
      this.isName(1) && (this.isSymbol(':', 2) || this.isSymbol(',', 2) || this.isSymbol('}', 2))
    );
  }

  private mapProjection(start: number, target: string): Expr {
    this.expectSymbol('{');
    const items: MapProjectionItem[] = [];
    if (!this.acceptSymbol('}')) {
      do {
        if (this.acceptSymbol('.')) {
          if (this.acceptSymbol('*')) items.push({ kind: 'allProperties' });
          else items.push({ kind: 'property', key: this.name('a property key') });
        } else {
          const name = this.name('a map projection item');
          if (this.acceptSymbol(':')) items.push({ kind: 'entry', key: name, value: this.expr() });
          else items.push({ kind: 'variable', name });
        }
      } while (this.acceptSymbol(','));
      this.expectSymbol('}');
    }
    return this.make(start, { kind: 'mapProjection', target, items });
  }

  private functionCall(start: number): Expr {
    let name = this.name();
    while (this.acceptSymbol('.')) name += '.' + this.name();
    this.expectSymbol('(');
    if (name.toLowerCase() === 'exists') {
      const pattern = this.tryParse(() => {
        const p = this.patternPart(true);
        if (!this.isSymbol(')')) throw this.error("Expected ')'");
        return p;
      });
      if (pattern) {
        this.expectSymbol(')');
        return this.make(start, { kind: 'patternPredicate', pattern, call: true });
      }
      return this.notAPattern(start);
    }
    if (this.acceptSymbol('*')) {
      this.expectSymbol(')');
      return this.make(start, { kind: 'call', name, distinct: false, args: [], star: true });
    }
    const distinct = this.acceptKeyword('DISTINCT');
    const args: Expr[] = [];
    if (!this.isSymbol(')')) {
      do args.push(this.expr());
      while (this.acceptSymbol(','));
    }
    this.expectSymbol(')');
    return this.make(start, { kind: 'call', name, distinct, args, star: false });
  }

  /** exists() of anything but a relationship pattern: Neo4j's syntax errors for each case. */
  private notAPattern(start: number): never {
    const args: Expr[] = [];
    do args.push(this.expr());
    while (this.acceptSymbol(','));
    const [arg] = args;
    if (args.length > 1)
      throw syntaxError(this.text, start, "Too many parameters for function 'exists'");
    if (arg?.kind === 'prop')
      throw syntaxError(
        this.text,
        start,
        'The property existence syntax `... exists(variable.property)` is no longer supported. Please use `variable.property IS NOT NULL` instead',
      );
    throw syntaxError(this.text, arg?.start ?? start, 'Argument to exists(...) is not a pattern');
  }

  private caseExpr(): Expr {
    const start = this.peek().start;
    this.expectKeyword('CASE');
    const subject = this.isKeyword('WHEN') ? undefined : this.expr();
    const whens: Array<[Expr, Expr]> = [];
    while (this.acceptKeyword('WHEN')) {
      const when = this.expr();
      this.expectKeyword('THEN');
      whens.push([when, this.expr()]);
    }
    if (whens.length === 0) throw this.error('Expected WHEN');
    const otherwise = this.acceptKeyword('ELSE') ? this.expr() : undefined;
    this.expectKeyword('END');
    return this.make(start, {
      kind: 'case',
      whens,
      ...(subject && { subject }),
      ...(otherwise && { otherwise }),
    });
  }

  private bracketed(): Expr {
    const start = this.peek().start;
    this.expectSymbol('[');
    if (this.isName() && this.isKeyword('IN', 1)) {
      const variable = this.name();
      this.expectKeyword('IN');
      const source = this.expr();
      const where = this.acceptKeyword('WHERE') ? this.expr() : undefined;
      const map = this.acceptSymbol('|') ? this.expr() : undefined;
      this.expectSymbol(']');
      return this.make(start, {
        kind: 'listComp',
        variable,
        source,
        ...(where && { where }),
        ...(map && { map }),
      });
    }
    const comprehension = this.tryParse(() => {
      const pattern = this.patternPart(false);
      if (pattern.rels.length === 0 && !this.isKeyword('WHERE') && !this.isSymbol('|'))
        throw this.error("Expected '|'");
      const where = this.acceptKeyword('WHERE') ? this.expr() : undefined;
      this.expectSymbol('|');
      const map = this.expr();
      this.expectSymbol(']');
      return { pattern, where, map };
    });
    if (comprehension) {
      const { pattern, where, map } = comprehension;
      return this.make(start, { kind: 'patternComp', pattern, map, ...(where && { where }) });
    }
    const items: Expr[] = [];
    if (!this.isSymbol(']')) {
      do items.push(this.expr());
      while (this.acceptSymbol(','));
    }
    this.expectSymbol(']');
    return this.make(start, { kind: 'list', items });
  }

  /** COLLECT { ... }: a full query, ending in a RETURN of exactly one column, with no updates. */
  private collectExpr(start: number): Expr {
    this.expectSymbol('{');
    const query = this.subquery();
    this.expectSymbol('}');
    for (const part of query.parts) {
      if (part.clauses.some((c) => UPDATE_CLAUSES.has(c.kind)))
        throw syntaxError(this.text, start, 'A Collect Expression cannot contain any updates');
      const last = part.clauses[part.clauses.length - 1];
      if (last?.kind !== 'return' || last.projection.star || last.projection.items.length !== 1)
        throw syntaxError(
          this.text,
          start,
          'A Collect Expression must end with a single return column',
        );
    }
    return this.make(start, { kind: 'collectSubquery', query });
  }

  private subqueryExpr(start: number, kind: 'exists' | 'countSubquery'): Expr {
    this.expectSymbol('{');
    // EXISTS { (a)-->(b) WHERE ... } or EXISTS { MATCH ... RETURN ... }
    const simple = this.tryParse(() => {
      const patterns = this.patternList();
      const where = this.acceptKeyword('WHERE') ? this.expr() : undefined;
      if (!this.isSymbol('}')) throw this.error("Expected '}'");
      return { patterns, where };
    });
    if (simple) {
      this.expectSymbol('}');
      return this.make(start, {
        kind,
        patterns: simple.patterns,
        ...(simple.where && { where: simple.where }),
      });
    }
    const query = this.subquery();
    this.expectSymbol('}');
    return this.make(start, { kind, patterns: [], query });
  }
}
