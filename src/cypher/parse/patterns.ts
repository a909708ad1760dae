// Pattern grammar: path assignment, shortestPath / allShortestPaths, node patterns with label
// expressions, properties and inline WHERE, relationships with direction, type alternatives
// and variable length.
import type { LabelExpr, NodePattern, PatternPart, RelPattern } from './ast.js';
import { ExpressionParser } from './expressions.js';
import { CypherError } from '../errors.js';
import { positionAt } from './lexer.js';

export abstract class PatternParser extends ExpressionParser {
  protected patternList(): PatternPart[] {
    // A MATCH pattern opening with '((' is a parenthesised (quantified) path pattern.
    const at = this.isName() && this.isSymbol('=', 1) ? 2 : 0;
    if (this.isSymbol('(', at) && this.isSymbol('(', at + 1)) throw this.quantified();
    const parts = [this.patternPart(false)];
    while (this.acceptSymbol(',')) parts.push(this.patternPart(false));
    return parts;
  }

  protected patternPart(needRel: boolean): PatternPart {
    const start = this.peek().start;
    let pathVariable: string | undefined;
    if (this.isName() && this.isSymbol('=', 1)) {
      pathVariable = this.name();
      this.next();
    }
    let shortest: 'shortest' | 'all' | undefined;
    const fn = this.peek().text.toLowerCase();
    if (
      this.isName() &&
      (fn === 'shortestpath' || fn === 'allshortestpaths') &&
      this.isSymbol('(', 1)
    ) {
      shortest = fn === 'shortestpath' ? 'shortest' : 'all';
      this.next();
      this.next();
    }
    const nodes = [this.nodePattern()];
    const rels: RelPattern[] = [];
    while (this.isSymbol('-') || (this.isSymbol('<') && this.isSymbol('-', 1))) {
      rels.push(this.relPattern());
      nodes.push(this.nodePattern());
    }
    if (shortest) this.expectSymbol(')');
    if (this.isSymbol('{') && this.peek(1).kind === 'integer') throw this.quantified();
    if (needRel && rels.length === 0) throw this.error('Expected a relationship pattern');
    return {
      start,
      nodes,
      rels,
      ...(pathVariable && { pathVariable }),
      ...(shortest && { shortest }),
    };
  }

  protected quantified(): CypherError {
    return new CypherError(
      'unsupported',
      'Quantified path patterns are not supported on the embedded store',
      positionAt(this.text, this.peek().start),
    );
  }

  private nodePattern(): NodePattern {
    const start = this.peek().start;
    this.expectSymbol('(');
    const node: NodePattern = { start };
    if (this.isName() && !this.isKeyword('WHERE')) node.variable = this.name();
    if (this.acceptSymbol(':')) node.labels = this.labelExpression();
    if (this.isSymbol('{'))
      node.properties = this.make(this.peek().start, { kind: 'map', entries: this.mapEntries() });
    else if (this.peek().kind === 'param') node.properties = this.expr();
    if (this.acceptKeyword('WHERE')) node.where = this.expr();
    this.expectSymbol(')');
    return node;
  }

  protected labelExpression(): LabelExpr {
    const items = [this.labelAnd()];
    while (this.acceptSymbol('|')) items.push(this.labelAnd());
    return items.length === 1 ? (items[0] as LabelExpr) : { kind: 'or', items };
  }

  private labelAnd(): LabelExpr {
    const items = [this.labelNot()];
    while (
      this.isSymbol('&') ||
      (this.isSymbol(':') && (this.isName(1) || this.isSymbol('!', 1)))
    ) {
      this.next();
      items.push(this.labelNot());
    }
    return items.length === 1 ? (items[0] as LabelExpr) : { kind: 'and', items };
  }

  private labelNot(): LabelExpr {
    if (this.acceptSymbol('!')) return { kind: 'not', item: this.labelNot() };
    if (this.acceptSymbol('%')) return { kind: 'any' };
    if (this.acceptSymbol('(')) {
      const inner = this.labelExpression();
      this.expectSymbol(')');
      return inner;
    }
    return { kind: 'label', name: this.name('a label') };
  }

  private relPattern(): RelPattern {
    const start = this.peek().start;
    const leftArrow = this.acceptSymbol('<');
    this.expectSymbol('-');
    const rel: RelPattern = { start, types: [], direction: 'both' };
    if (this.acceptSymbol('[')) {
      if (this.isName() && !this.isKeyword('WHERE')) rel.variable = this.name();
      if (this.acceptSymbol(':')) {
        rel.types.push(this.name('a relationship type'));
        while (this.acceptSymbol('|')) {
          this.acceptSymbol(':');
          rel.types.push(this.name('a relationship type'));
        }
      }
      if (this.acceptSymbol('*')) rel.length = this.lengthRange();
      if (this.isSymbol('{'))
        rel.properties = this.make(this.peek().start, { kind: 'map', entries: this.mapEntries() });
      else if (this.peek().kind === 'param') rel.properties = this.expr();
      if (this.acceptKeyword('WHERE')) rel.where = this.expr();
      this.expectSymbol(']');
    }
    this.expectSymbol('-');
    const rightArrow = this.acceptSymbol('>');
    if (this.isSymbol('{') || this.isSymbol('+')) throw this.quantified();
    if (leftArrow !== rightArrow) rel.direction = leftArrow ? 'in' : 'out';
    return rel;
  }

  private lengthRange(): { min?: number; max?: number } {
    const bound = (): number | undefined => {
      const t = this.peek();
      if (t.kind !== 'integer') return undefined;
      this.next();
      return Number(t.text);
    };
    const min = bound();
    if (this.acceptSymbol('..')) {
      const max = bound();
      return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
    }
    return min === undefined ? {} : { min, max: min };
  }
}
