// The clause grammar and the entry point: parse(text) gives a Query or throws a syntax
// CypherError with line, column and the offending text.
import type {
  Clause,
  Expr,
  Projection,
  Query,
  RemoveItem,
  ReturnItem,
  SetItem,
  SingleQuery,
  SortItem,
} from './ast.js';
import { PatternParser } from './patterns.js';

class ClauseParser extends PatternParser {
  parseAll(): Query {
    const query = this.subquery();
    this.acceptSymbol(';');
    if (this.peek().kind !== 'eof') throw this.error('Expected a clause');
    return query;
  }

  protected subquery(): Query {
    const parts = [this.singleQuery()];
    const all: boolean[] = [];
    while (this.acceptKeyword('UNION')) {
      all.push(this.acceptKeyword('ALL'));
      parts.push(this.singleQuery());
    }
    return { parts, all };
  }

  private singleQuery(): SingleQuery {
    const clauses: Clause[] = [];
    while (this.isName() && !this.isKeyword('UNION')) clauses.push(this.clause());
    if (clauses.length === 0) throw this.error('Expected a clause');
    return { clauses };
  }

  private clause(): Clause {
    const start = this.peek().start;
    const word = this.peek().text.toUpperCase();
    if (this.peek().kind !== 'name') throw this.error('Expected a clause');
    if (this.acceptKeyword('OPTIONAL')) {
      this.expectKeyword('MATCH');
      return this.match(start, true);
    }
    this.next();
    switch (word) {
      case 'MATCH':
        return this.match(start, false);
      case 'UNWIND': {
        const expr = this.expr();
        this.expectKeyword('AS');
        return { start, kind: 'unwind', expr, variable: this.name('a variable') };
      }
      case 'WITH': {
        const projection = this.projection();
        const where = this.acceptKeyword('WHERE') ? this.expr() : undefined;
        return { start, kind: 'with', projection, ...(where && { where }) };
      }
      case 'RETURN':
        return { start, kind: 'return', projection: this.projection() };
      case 'CREATE':
        return { start, kind: 'create', patterns: this.patternList() };
      case 'MERGE':
        return this.merge(start);
      case 'SET':
        return { start, kind: 'set', items: this.setItems() };
      case 'REMOVE':
        return { start, kind: 'remove', items: this.removeItems() };
      case 'DELETE':
        return { start, kind: 'delete', detach: false, exprs: this.exprList() };
      case 'DETACH':
        this.expectKeyword('DELETE');
        return { start, kind: 'delete', detach: true, exprs: this.exprList() };
      case 'NODETACH':
        this.expectKeyword('DELETE');
        return { start, kind: 'delete', detach: false, exprs: this.exprList() };
      case 'FOREACH':
        return this.foreach(start);
      case 'CALL':
        return this.call(start);
      case 'LOAD':
        this.expectKeyword('CSV');
        // Read whole, so that a read-only run can refuse it by name rather than as bad syntax.
        this.acceptKeyword('WITH', 'HEADERS');
        this.expectKeyword('FROM');
        this.expr();
        this.expectKeyword('AS');
        this.name('a variable');
        if (this.acceptKeyword('FIELDTERMINATOR')) this.expr();
        return { start, kind: 'unsupported', feature: 'LOAD CSV', write: true };
      case 'USE':
        this.name('a graph name');
        while (this.acceptSymbol('.')) this.name('a graph name');
        return { start, kind: 'unsupported', feature: 'USE (graph selection)', write: false };
      case 'FINISH':
        return { start, kind: 'unsupported', feature: 'FINISH', write: false };
    }
    this.at--;
    throw this.error('Expected a clause (MATCH, RETURN, WITH, UNWIND, ...)');
  }

  private match(start: number, optional: boolean): Clause {
    const patterns = this.patternList();
    const where = this.acceptKeyword('WHERE') ? this.expr() : undefined;
    return { start, kind: 'match', optional, patterns, ...(where && { where }) };
  }

  private exprList() {
    const list = [this.expr()];
    while (this.acceptSymbol(',')) list.push(this.expr());
    return list;
  }

  private projection(): Projection {
    const distinct = this.acceptKeyword('DISTINCT');
    let star = false;
    const items: ReturnItem[] = [];
    if (this.acceptSymbol('*')) {
      star = true;
      if (this.acceptSymbol(',')) items.push(...this.returnItems());
    } else {
      items.push(...this.returnItems());
    }
    const orderBy: SortItem[] = [];
    if (this.acceptKeyword('ORDER')) {
      this.expectKeyword('BY');
      do {
        const expr = this.expr();
        let descending = false;
        if (this.acceptKeyword('DESC') || this.acceptKeyword('DESCENDING')) descending = true;
        else if (!this.acceptKeyword('ASC')) this.acceptKeyword('ASCENDING');
        orderBy.push({ expr, descending });
      } while (this.acceptSymbol(','));
    }
    const skip =
      this.acceptKeyword('SKIP') || this.acceptKeyword('OFFSET') ? this.expr() : undefined;
    const limit = this.acceptKeyword('LIMIT') ? this.expr() : undefined;
    return { distinct, star, items, orderBy, ...(skip && { skip }), ...(limit && { limit }) };
  }

  private returnItems(): ReturnItem[] {
    const items: ReturnItem[] = [];
    do {
      const expr = this.expr();
      if (this.acceptKeyword('AS'))
        items.push({ expr, name: this.name('an alias'), aliased: true });
      else items.push({ expr, name: this.text.slice(expr.start, expr.end), aliased: false });
    } while (this.acceptSymbol(','));
    return items;
  }

  private merge(start: number): Clause {
    const pattern = this.patternPart(false);
    const onCreate: SetItem[] = [];
    const onMatch: SetItem[] = [];
    while (this.isKeyword('ON')) {
      this.next();
      const which = this.acceptKeyword('CREATE')
        ? onCreate
        : (this.expectKeyword('MATCH'), onMatch);
      this.expectKeyword('SET');
      which.push(...this.setItems());
    }
    return { start, kind: 'merge', pattern, onCreate, onMatch };
  }

  private setItems(): SetItem[] {
    const items: SetItem[] = [];
    do {
      const start = this.peek().start;
      if (this.isName() && (this.isSymbol('=', 1) || this.isSymbol('+=', 1))) {
        const variable = this.name();
        const kind = this.next().text === '=' ? 'replace' : 'merge';
        items.push({ start, kind, variable, value: this.expr() });
      } else if (this.isName() && this.isSymbol(':', 1)) {
        const variable = this.name();
        items.push({ start, kind: 'labels', variable, labels: this.labelNames() });
      } else {
        const { target, key } = this.propertyTarget();
        this.expectSymbol('=');
        items.push({ start, kind: 'property', target, key, value: this.expr() });
      }
    } while (this.acceptSymbol(','));
    return items;
  }

  /** `a.b.c` in SET and REMOVE: the expression `a.b` and the key `c` (not a comparison). */
  private propertyTarget(): { target: Expr; key: string } {
    const start = this.peek().start;
    let target: Expr;
    if (this.acceptSymbol('(')) {
      target = this.expr();
      this.expectSymbol(')');
    } else {
      target = this.make(start, { kind: 'var', name: this.name('a variable') });
    }
    this.expectSymbol('.');
    let key = this.name('a property key');
    while (this.acceptSymbol('.')) {
      target = this.make(start, { kind: 'prop', target, key });
      key = this.name('a property key');
    }
    return { target, key };
  }

  private labelNames(): string[] {
    const labels: string[] = [];
    while (this.acceptSymbol(':')) labels.push(this.name('a label'));
    return labels;
  }

  private removeItems(): RemoveItem[] {
    const items: RemoveItem[] = [];
    do {
      const start = this.peek().start;
      if (this.isName() && this.isSymbol(':', 1)) {
        const variable = this.name();
        items.push({ start, kind: 'labels', variable, labels: this.labelNames() });
      } else {
        const { target, key } = this.propertyTarget();
        items.push({ start, kind: 'property', target, key });
      }
    } while (this.acceptSymbol(','));
    return items;
  }

  private foreach(start: number): Clause {
    this.expectSymbol('(');
    const variable = this.name('a variable');
    this.expectKeyword('IN');
    const source = this.expr();
    this.expectSymbol('|');
    const clauses: Clause[] = [];
    while (!this.isSymbol(')')) clauses.push(this.clause());
    this.expectSymbol(')');
    return { start, kind: 'foreach', variable, source, clauses };
  }

  private call(start: number): Clause {
    if (this.acceptSymbol('{')) {
      const query = this.subquery();
      this.expectSymbol('}');
      if (this.isKeyword('IN') && this.isKeyword('TRANSACTIONS', 1))
        return { start, kind: 'unsupported', feature: 'CALL { } IN TRANSACTIONS', write: true };
      return { start, kind: 'subquery', query };
    }
    let name = this.name('a procedure name');
    while (this.acceptSymbol('.')) name += '.' + this.name('a procedure name');
    let args: ReturnType<ClauseParser['exprList']> | undefined;
    if (this.acceptSymbol('(')) {
      args = this.isSymbol(')') ? [] : this.exprList();
      this.expectSymbol(')');
    }
    let yieldStar = false;
    let yields: Array<{ name: string; alias: string }> | undefined;
    let where;
    if (this.acceptKeyword('YIELD')) {
      if (this.acceptSymbol('*')) yieldStar = true;
      else {
        yields = [];
        do {
          const field = this.name('a procedure output');
          yields.push({
            name: field,
            alias: this.acceptKeyword('AS') ? this.name('an alias') : field,
          });
        } while (this.acceptSymbol(','));
        if (this.acceptKeyword('WHERE')) where = this.expr();
      }
    }
    return {
      start,
      kind: 'procedure',
      name,
      yieldStar,
      ...(args && { args }),
      ...(yields && { yields }),
      ...(where && { where }),
    };
  }
}

export function parse(text: string): Query {
  return new ClauseParser(text).parseAll();
}
