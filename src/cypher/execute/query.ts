// Compiles a parsed query clause by clause into one operator, checking as it goes what the
// semantics require (clause order, a final RETURN, read-only runs, UNION columns).
import { CypherError } from '../errors.js';
import type { Clause, Query, SingleQuery } from '../parse/ast.js';
import { positionAt } from '../parse/lexer.js';
import { equivalenceKey } from '../values/compare.js';
import type { Value } from '../values/types.js';
import type { Operator, Row } from './context.js';
import { drain, Scope } from './context.js';
import { compileExpr, type CompileEnv } from './expressions.js';
import { compileMatch, optional } from './match.js';
import { compileProjection, pipe } from './projection.js';
import { compileWrite } from './writes.js';
import { countByType } from '../plan/count-store.js';
import { shortestWalkPlan, type ShortestWalkPlan } from '../plan/shortest-walks.js';

/** `general`: no shortcut plans (count store, shortest walks), so tests can compare against them. */
type QueryEnv = CompileEnv & { write: boolean; general?: boolean };

export interface CompiledQuery {
  op: Operator;
  columns: string[];
}

const WRITE_CLAUSES: Record<string, string> = {
  create: 'CREATE',
  merge: 'MERGE',
  set: 'SET',
  remove: 'REMOVE',
  delete: 'DELETE',
  foreach: 'FOREACH',
};

export function createEnv(text: string, write: boolean, general = false): QueryEnv {
  const env: QueryEnv = {
    text,
    write,
    general,
    pattern(patterns, where, scope) {
      return compileMatch(patterns, where, scope, env).op;
    },
    subquery(query, scope) {
      return compileQuery(query, scope, env, true).op;
    },
  };
  return env;
}

/** `existential`: an EXISTS or COUNT body, which may end without RETURN and yields its rows. */
export function compileQuery(
  query: Query,
  scope: Scope,
  env: CompileEnv & { write: boolean },
  existential = false,
): CompiledQuery {
  const parts = query.parts.map((part) => compileSingle(part, scope.child(), env, existential));
  const first = parts[0] as CompiledQuery;
  if (parts.length === 1) return first;
  for (const p of parts)
    if (p.columns.join('\u0000') !== first.columns.join('\u0000'))
      throw new CypherError(
        'semantic',
        'All sub queries in an UNION must have the same return column names',
      );
  const distinct = query.all.some((a) => !a);
  if (query.all.some((a) => a) && distinct)
    throw new CypherError('semantic', 'Invalid combination of UNION and UNION ALL');
  const op: Operator = function* (input, ctx) {
    const rows = Array.from(input);
    const seen = new Set<string>();
    for (const p of parts)
      for (const row of p.op(rows, ctx)) {
        if (distinct) {
          const key = row.map((v) => equivalenceKey(v ?? null)).join('\u0000');
          if (seen.has(key)) continue;
          seen.add(key);
        }
        yield row;
      }
  };
  return { op, columns: first.columns };
}

function compileSingle(
  query: SingleQuery,
  scope: Scope,
  env: QueryEnv,
  existential: boolean,
): CompiledQuery {
  // A copy: a shortest-walk plan rewrites the clause after its MATCH.
  const clauses = [...query.clauses];
  let op: Operator = (input) => input;
  let columns: string[] = [];
  let s = scope;
  let skip = 0;
  clauses.forEach((clause, i) => {
    if (skip > 0) return void skip--;
    const last = i === clauses.length - 1;
    const counted =
      i === 0 && !env.general ? compileCountStore(clause, clauses[1], s, env) : undefined;
    if (counted) {
      op = pipe(op, counted.op);
      s = counted.scope;
      if (counted.columns) columns = counted.columns;
      skip = 1;
      return;
    }
    if (clause.kind === 'return' && !last)
      throw new CypherError(
        'semantic',
        'RETURN can only be used at the end of the query',
        positionAt(env.text, clause.start),
      );
    // Writes may interleave with a lazy MATCH: the shortcut only runs read-only.
    const walks =
      env.general || env.write
        ? undefined
        : shortestWalkPlan(clause, clauses[i + 1], (name) => s.has(name));
    if (walks) clauses[i + 1] = walks.next;
    const compiled = compileClause(clause, s, env, walks);
    op = pipe(op, compiled.op);
    s = compiled.scope;
    if (compiled.columns) columns = compiled.columns;
  });
  const final = clauses[clauses.length - 1] as Clause;
  const endsWell =
    ['return', 'subquery', 'procedure', 'unsupported'].includes(final.kind) ||
    WRITE_CLAUSES[final.kind];
  if (existential) {
    const write = clauses.find((c) => WRITE_CLAUSES[c.kind]);
    if (write)
      throw new CypherError(
        'semantic',
        `An EXISTS or COUNT subquery cannot contain ${WRITE_CLAUSES[write.kind]}`,
        positionAt(env.text, write.start),
      );
    return { op, columns };
  }
  if (!endsWell)
    throw new CypherError(
      'semantic',
      `Query cannot conclude with ${final.kind.toUpperCase()} (must be a RETURN clause, an update clause or a procedure call)`,
      positionAt(env.text, final.start),
    );
  if (final.kind !== 'return') {
    // A query without RETURN yields no rows but still runs every row through its writes.
    const body = op;
    op = (input, ctx) => {
      drain(body(input, ctx));
      return [];
    };
  }
  return { op, columns };
}

interface ClauseResult {
  op: Operator;
  scope: Scope;
  columns?: string[];
}

/**
 * The first MATCH and its RETURN/WITH answered from the graph's relationship counts when the
 * query only counts relationships by type (plan/count-store.ts); the graph may decline at run
 * time, and then the ordinary plan runs.
 */
function compileCountStore(
  match: Clause,
  next: Clause | undefined,
  scope: Scope,
  env: CompileEnv & { write: boolean },
): ClauseResult | undefined {
  const shape = countByType(match, next);
  if (!shape || !next || (next.kind !== 'return' && next.kind !== 'with')) return undefined;
  const relVar = match.kind === 'match' ? match.patterns[0]?.rels[0]?.variable : undefined;
  if (relVar !== undefined && scope.has(relVar)) return undefined;
  const generic = compileClause(match, scope, env);
  const genericNext = compileClause(next, generic.scope, env);
  const counts = scope.child();
  const typeSlot = counts.fresh(' type');
  const countSlot = counts.fresh(' count');
  const projection = {
    ...next.projection,
    items: next.projection.items.map((item, i) => ({
      ...item,
      aliased: true,
      expr: {
        kind: 'var' as const,
        name: shape.items[i] === 'type' ? ' type' : ' count',
        start: item.expr.start,
        end: item.expr.end,
      },
    })),
  };
  let fast;
  try {
    fast = compileProjection(
      projection,
      counts,
      env,
      next.kind === 'with' ? 'WITH' : 'RETURN',
      next.kind === 'with' ? next.where : undefined,
    );
  } catch (e) {
    if (e instanceof CypherError && e.code === 'semantic') return undefined;
    throw e;
  }
  const byType = shape.items.includes('type');
  const wanted = shape.types.length > 0 ? new Set(shape.types) : undefined;
  const slow = pipe(generic.op, genericNext.op);
  const op: Operator = function* (input, ctx) {
    const perType = ctx.graph.countRelationships?.(shape.startLabel, shape.endLabel);
    if (!perType) return yield* slow(input, ctx);
    const grouped: Row[] = [];
    let total = 0;
    for (const [type, n] of perType) {
      if (wanted && !wanted.has(type)) continue;
      total += n;
      if (byType) grouped.push(rowOf(typeSlot, type, countSlot, n));
    }
    if (!byType) grouped.push(rowOf(typeSlot, null, countSlot, total));
    // Once per input row (a subquery's outer row), each time the same counts.
    const times = drain(input);
    for (let i = 0; i < times; i++) yield* fast.op(grouped, ctx);
  };
  return { op, scope: genericNext.scope, ...(next.kind === 'return' && { columns: fast.columns }) };
}

function rowOf(typeSlot: number, type: string | null, countSlot: number, n: number): Row {
  const r: Row = [];
  r[typeSlot] = type;
  r[countSlot] = BigInt(n);
  return r;
}

function readOnly(clause: Clause, name: string, env: CompileEnv): CypherError {
  const pos = positionAt(env.text, clause.start);
  return new CypherError(
    'read-only',
    `${name} is a write clause and this query runs read-only (line ${pos.line}, column ${pos.column})`,
    pos,
  );
}

function compileClause(
  clause: Clause,
  scope: Scope,
  env: CompileEnv & { write: boolean },
  walks?: ShortestWalkPlan,
): ClauseResult {
  const write = WRITE_CLAUSES[clause.kind];
  if (write) {
    if (!env.write) throw readOnly(clause, write, env);
    const s = scope.child();
    return {
      op: compileWrite(clause, s, env, (cs, sc, e) => compileClauseList(cs, sc, e as typeof env)),
      scope: s,
    };
  }
  switch (clause.kind) {
    case 'match': {
      const s = scope.child();
      const { op, introduced } = compileMatch(clause.patterns, clause.where, s, env, walks);
      return { op: clause.optional ? optional(op, introduced) : op, scope: s };
    }
    case 'unwind': {
      const s = scope.child();
      const f = compileExpr(clause.expr, scope, env);
      const slot = s.fresh(clause.variable);
      const op: Operator = function* (input, ctx) {
        for (const row of input) {
          const v: Value = f(row, ctx);
          if (v === null) continue;
          const list = Array.isArray(v) ? v : [v];
          for (const item of list) {
            ctx.tick();
            const r = row.slice();
            r[slot] = item;
            yield r;
          }
        }
      };
      return { op, scope: s };
    }
    case 'with': {
      const p = compileProjection(clause.projection, scope, env, 'WITH', clause.where);
      return { op: p.op, scope: p.scope };
    }
    case 'return': {
      const p = compileProjection(clause.projection, scope, env, 'RETURN');
      return { op: p.op, scope: p.scope, columns: p.columns };
    }
    case 'subquery': {
      const inner = compileQuery(clause.query, scope.child(), env);
      const s = scope.child();
      const slots = inner.columns.map((c) => {
        if (s.has(c))
          throw new CypherError(
            'semantic',
            `Variable \`${c}\` already declared in outer scope`,
            positionAt(env.text, clause.start),
          );
        return s.fresh(c);
      });
      const op: Operator = function* (input, ctx) {
        for (const row of input) {
          if (slots.length === 0) {
            drain(inner.op([row], ctx));
            yield row;
            continue;
          }
          for (const res of inner.op([row], ctx)) {
            const r: Row = row.slice();
            slots.forEach((slot, i) => (r[slot] = res[i] ?? null));
            yield r;
          }
        }
      };
      return { op, scope: s };
    }
    case 'procedure':
      throw new CypherError(
        'unsupported',
        `Procedure ${clause.name} is not supported on the embedded store`,
        positionAt(env.text, clause.start),
      );
    case 'unsupported':
      if (clause.write && !env.write) throw readOnly(clause, clause.feature, env);
      throw new CypherError(
        'unsupported',
        `${clause.feature} is not supported on the embedded store`,
        positionAt(env.text, clause.start),
      );
  }
  throw new CypherError(
    'unsupported',
    `The ${clause.kind} clause is not supported on the embedded store`,
  );
}

function compileClauseList(
  clauses: Clause[],
  scope: Scope,
  env: CompileEnv & { write: boolean },
): Operator {
  let op: Operator = (input) => input;
  let s = scope;
  for (const c of clauses) {
    const r = compileClause(c, s, env);
    op = pipe(op, r.op);
    s = r.scope;
  }
  return op;
}
