// The Cypher parser: what it builds for each construct, and syntax errors with line, column and
// the offending text.
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/errors.js';
import type { Clause, Expr } from '../../src/cypher/parse/ast.js';
import { parse } from '../../src/cypher/parse/parser.js';

function clauses(q: string): Clause[] {
  return parse(q).parts[0]?.clauses ?? [];
}

function returned(q: string): Expr {
  const last = clauses(q).at(-1);
  if (last?.kind !== 'return') throw new Error('no RETURN');
  return (last.projection.items[0] as { expr: Expr }).expr;
}

function syntaxError(q: string): CypherError {
  try {
    parse(q);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error(`parsed: ${q}`);
}

describe('patterns', () => {
  it('reads directions, type alternatives, variable length and properties', () => {
    const [match] = clauses(
      "MATCH p = (a:Actor:State {id: 'x'})<-[r:SUPPORTS|SHELTERS*1..3]-(b) RETURN p",
    );
    if (match?.kind !== 'match') throw new Error('no MATCH');
    const part = match.patterns[0];
    expect(part?.pathVariable).toBe('p');
    expect(part?.nodes[0]?.labels).toEqual({
      kind: 'and',
      items: [
        { kind: 'label', name: 'Actor' },
        { kind: 'label', name: 'State' },
      ],
    });
    expect(part?.rels[0]).toMatchObject({
      variable: 'r',
      types: ['SUPPORTS', 'SHELTERS'],
      direction: 'in',
      length: { min: 1, max: 3 },
    });
  });

  it('reads shortestPath, undirected and open-ended lengths', () => {
    const [match] = clauses('MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p');
    if (match?.kind !== 'match') throw new Error('no MATCH');
    expect(match.patterns[0]?.shortest).toBe('all');
    expect(match.patterns[0]?.rels[0]).toMatchObject({ direction: 'both', length: {} });
  });
});

describe('expressions', () => {
  it('follows openCypher precedence', () => {
    const e = returned('RETURN 1 + 2 * 3 = 7 AND NOT false OR true');
    expect(e).toMatchObject({ kind: 'binary', op: 'OR', left: { kind: 'binary', op: 'AND' } });
    const pow = returned('RETURN -2 ^ 2');
    expect(pow).toMatchObject({ kind: 'binary', op: '^', left: { kind: 'literal', value: -2n } });
  });

  it('tells a pattern predicate from a parenthesised expression', () => {
    expect(returned('RETURN (a)-->(b)').kind).toBe('patternPredicate');
    expect(returned('RETURN (a)').kind).toBe('var');
  });

  it('reads comprehensions, map projections, CASE and chained comparisons', () => {
    expect(returned('RETURN [x IN xs WHERE x > 1 | x * 2]').kind).toBe('listComp');
    expect(returned('RETURN [(a)-->(b) | b.name]').kind).toBe('patternComp');
    expect(returned('RETURN n {.name, .*, k: 1, m}').kind).toBe('mapProjection');
    expect(returned('RETURN CASE WHEN a THEN 1 ELSE 2 END').kind).toBe('case');
    expect(returned('RETURN 1 < x <= 3')).toMatchObject({ kind: 'chain', ops: ['<', '<='] });
  });

  it('reads literals: hex, octal, floats, escapes, the smallest integer', () => {
    expect(returned('RETURN 0x1F')).toMatchObject({ value: 31n });
    expect(returned('RETURN 0o17')).toMatchObject({ value: 15n });
    expect(returned('RETURN .5e1')).toMatchObject({ value: 5 });
    expect(returned("RETURN 'a\\tb\\u0041'")).toMatchObject({ value: 'a\tbA' });
    expect(returned('RETURN -9223372036854775808')).toMatchObject({ value: -9223372036854775808n });
  });

  it('names unaliased columns by their text', () => {
    const [ret] = clauses('RETURN  count( * ) , (1 + 2)');
    if (ret?.kind !== 'return') throw new Error('no RETURN');
    expect(ret.projection.items.map((i) => i.name)).toEqual(['count( * )', '(1 + 2)']);
  });
});

describe('clauses', () => {
  it('reads write clauses so that read-only runs can name them', () => {
    const kinds = clauses(
      'MATCH (n) SET n.x = 1, n:L REMOVE n.y MERGE (m {k: 1}) ON CREATE SET m.c = 1 DETACH DELETE n',
    ).map((c) => c.kind);
    expect(kinds).toEqual(['match', 'set', 'remove', 'merge', 'delete']);
  });

  it('reads UNION ALL, CALL subqueries and EXISTS bodies', () => {
    const q = parse('MATCH (n) RETURN n UNION ALL MATCH (n) RETURN n');
    expect(q.parts).toHaveLength(2);
    expect(q.all).toEqual([true]);
    expect(clauses('CALL { MATCH (n) RETURN n } RETURN n')[0]?.kind).toBe('subquery');
    expect(returned('RETURN EXISTS { MATCH (n)-->() }')).toMatchObject({ kind: 'exists' });
  });
});

describe('syntax errors', () => {
  it('carry the line, the column and the offending text', () => {
    const e = syntaxError('MATCH (n)\nRETURN n +');
    expect(e.code).toBe('syntax');
    expect(e.position).toEqual({ offset: 20, line: 2, column: 11 });
    expect(e.message).toMatch(/end of input/);
    const bad = syntaxError('MATCH (n) RETRUN n');
    expect(bad.position?.column).toBe(11);
    expect(bad.message).toMatch(/'RETRUN'/);
  });

  it('reject unterminated strings and integers past 64 bits', () => {
    expect(syntaxError("RETURN 'abc").message).toMatch(/Unterminated string/);
    expect(syntaxError('RETURN 9223372036854775808').message).toMatch(/too large/);
  });
});
