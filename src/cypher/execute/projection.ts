// WITH and RETURN: projection, aggregation with grouping keys, DISTINCT, ORDER BY (which may
// read both the new columns and, without aggregation or DISTINCT, the variables before them),
// SKIP and LIMIT.
import { CypherError } from '../errors.js';
import { syntaxError } from '../parse/lexer.js';
import { lookupAggregate } from '../functions/registry.js';
import type { Accumulator } from '../functions/types.js';
import type { Expr, Projection, ReturnItem } from '../parse/ast.js';
import { equivalenceKey, orderCompare } from '../values/compare.js';
import type { Value } from '../values/types.js';
import {
  Scope,
  type Evaluator,
  type Operator,
  type Row,
  type RunContext,
  type VarKind,
} from './context.js';
import { compileExpr, isAggregateCall, semanticError, type CompileEnv } from './expressions.js';

export interface CompiledProjection {
  op: Operator;
  scope: Scope;
  columns: string[];
}

function aggregateCalls(e: unknown, out: Expr[] = []): Expr[] {
  if (Array.isArray(e)) {
    for (const x of e) aggregateCalls(x, out);
    return out;
  }
  if (typeof e !== 'object' || e === null || !('kind' in e)) return out;
  const expr = e as Expr;
  if (expr.kind === 'literal') return out;
  if (expr.kind === 'call' && isAggregateCall(expr)) {
    out.push(expr);
    return out;
  }
  if (
    expr.kind === 'exists' ||
    expr.kind === 'countSubquery' ||
    expr.kind === 'collectSubquery' ||
    expr.kind === 'patternComp'
  )
    return out;
  // An aggregate may feed a comprehension (its source) but not run per element.
  const perElement =
    expr.kind === 'listComp'
      ? [expr.where, expr.map]
      : expr.kind === 'quantifier'
        ? [expr.where]
        : expr.kind === 'reduce'
          ? [expr.expr]
          : [];
  if (aggregateCalls(perElement.filter((x) => x !== undefined)).length > 0)
    throw new CypherError(
      'semantic',
      'Aggregate functions cannot be used per element of a list comprehension, quantifier or reduce()',
    );
  for (const [k, v] of Object.entries(expr))
    if (k !== 'value' && typeof v === 'object') aggregateCalls(v, out);
  return out;
}

export function compileProjection(
  proj: Projection,
  scope: Scope,
  env: CompileEnv,
  clause: 'WITH' | 'RETURN',
  where?: Expr,
): CompiledProjection {
  const items: ReturnItem[] = [];
  if (proj.star) {
    const names = scope.names().sort();
    if (names.length === 0 && proj.items.length === 0)
      throw new CypherError(
        'semantic',
        `${clause} * is not allowed when there are no variables in scope`,
      );
    for (const name of names)
      items.push({ expr: { kind: 'var', name, start: 0, end: 0 }, name, aliased: true });
  }
  items.push(...proj.items);
  const seen = new Set<string>();
  for (const item of items) {
    if (clause === 'WITH' && !item.aliased && item.expr.kind !== 'var')
      throw semanticError(
        env,
        item.expr.start,
        `Expression in WITH must be aliased (use AS): ${item.name}`,
      );
    // Neo4j refuses a bare pattern as a value (a syntax error) but takes exists(pattern).
    if (item.expr.kind === 'patternPredicate' && !item.expr.call)
      throw syntaxError(
        env.text,
        item.expr.start,
        'A pattern expression should only be used in order to test the existence of a pattern: use it in WHERE, or as exists(pattern) or EXISTS { }; a pattern comprehension collects its matches',
      );
    if (seen.has(item.name))
      throw semanticError(
        env,
        item.expr.start,
        `Multiple result columns with the same name '${item.name}'`,
      );
    seen.add(item.name);
  }
  const k = items.length;
  const out = Scope.of(
    items.map((item, i) => [item.name, i]),
    k,
    items.map((item) => [item.name, staticKind(item.expr, scope)]),
  );
  const isAgg = items.map((item) => aggregateCalls(item.expr).length > 0);
  const aggregating = isAgg.some(Boolean);
  let project: Operator;
  if (aggregating) project = aggregation(items, isAgg, scope, env);
  else {
    const evals = items.map((item) => compileExpr(item.expr, scope, env));
    const keepOld = !proj.distinct && (proj.orderBy.length > 0 || where !== undefined);
    project = function* (input, ctx) {
      for (const row of input) {
        const r = evals.map((f) => f(row, ctx));
        if (keepOld) for (const v of row) r.push(v);
        yield r;
      }
    };
  }
  let op = project;
  if (proj.distinct) op = pipe(op, distinct(k));
  // Without aggregation or DISTINCT, ORDER BY and WHERE also see the variables before the projection.
  const seesBefore = !aggregating && !proj.distinct;
  const sortScope = !seesBefore
    ? out
    : Scope.of(
        [
          ...scope.entries().map(([n, s]) => [n, s + k] as [string, number]),
          ...items.map((item, i) => [item.name, i] as [string, number]),
        ],
        k + scope.width,
        [
          ...scope.names().map((n) => [n, scope.kind(n)] as [string, VarKind]),
          ...items.map((item) => [item.name, staticKind(item.expr, scope)] as [string, VarKind]),
        ],
      );
  if (proj.orderBy.length > 0) {
    const textOf = (e: Expr) => (e.end > 0 ? env.text.slice(e.start, e.end) : undefined);
    const itemFor = (e: Expr) => items.find((item) => textOf(item.expr) === textOf(e));
    const keys = proj.orderBy.map((s) => {
      const item = itemFor(s.expr);
      const column = item ? items.indexOf(item) : -1;
      const f: Evaluator =
        column >= 0
          ? (row) => row[column] ?? null
          : compileExpr(sortAggregates(s.expr, aggregating, clause, env, itemFor), sortScope, env);
      return { f, descending: s.descending };
    });
    op = pipe(op, sort(keys));
  }
  if (proj.skip || proj.limit) op = pipe(op, skipLimit(proj.skip, proj.limit, env));
  if (where) {
    const f = compileExpr(where, sortScope, env);
    op = pipe(op, function* (input, ctx) {
      for (const row of input) if (isTruePredicate(f(row, ctx))) yield row;
    });
  }
  if (seesBefore && (proj.orderBy.length > 0 || where)) op = pipe(op, trim(k));
  return { op, scope: out, columns: items.map((i) => i.name) };
}

/**
 * An ORDER BY key after aggregation may use an aggregate only as a projection item of its own,
 * which it then reads by name (`RETURN x, count(*) AS c ORDER BY count(*) + 1`), as Neo4j does.
 */
function sortAggregates(
  e: Expr,
  aggregating: boolean,
  clause: 'WITH' | 'RETURN',
  env: CompileEnv,
  itemFor: (e: Expr) => ReturnItem | undefined,
): Expr {
  const calls = aggregateCalls(e);
  if (calls.length === 0) return e;
  if (!aggregating)
    throw semanticError(
      env,
      e.start,
      `Cannot use aggregation in ORDER BY if there are no aggregate expressions in the preceding ${clause}`,
    );
  const named = new Map<Expr, string>();
  for (const call of calls) {
    const item = itemFor(call);
    if (!item)
      throw semanticError(
        env,
        call.start,
        `Illegal aggregation expression in ORDER BY: ${env.text.slice(call.start, call.end)} must also be a projection item of its own`,
      );
    named.set(call, item.name);
  }
  return replaceNodes(e, named) as Expr;
}

/** A copy of `e` with each node in `named` replaced by a variable of that name. */
function replaceNodes(e: unknown, named: Map<Expr, string>): unknown {
  if (Array.isArray(e)) return e.map((x) => replaceNodes(x, named));
  if (typeof e !== 'object' || e === null || !('kind' in e)) return e;
  const expr = e as Expr;
  const name = named.get(expr);
  if (name !== undefined) return { kind: 'var', name, start: expr.start, end: expr.end };
  if (expr.kind === 'literal') return expr;
  return Object.fromEntries(
    Object.entries(expr).map(([k, v]) => [k, typeof v === 'object' ? replaceNodes(v, named) : v]),
  );
}

function isTruePredicate(v: Value): boolean {
  if (v === null || v === false) return false;
  if (v === true) return true;
  throw new CypherError('type', 'WHERE expects a BOOLEAN');
}

/** What a projected expression is known to hold: a variable keeps its kind, literals are values. */
function staticKind(e: Expr, scope: Scope): VarKind {
  if (e.kind === 'var') return scope.kind(e.name);
  if (e.kind === 'literal' && e.value === null) return 'any';
  if (['literal', 'list', 'map', 'binary', 'not', 'neg', 'isNull', 'chain'].includes(e.kind))
    return 'value';
  return 'any';
}

export function pipe(a: Operator, b: Operator): Operator {
  return (input, ctx) => b(a(input, ctx), ctx);
}

function trim(k: number): Operator {
  return function* (input) {
    for (const row of input) yield row.length === k ? row : row.slice(0, k);
  };
}

function distinct(k: number): Operator {
  return function* (input, ctx) {
    const seen = new Set<string>();
    for (const row of input) {
      ctx.tick();
      let key = '';
      for (let i = 0; i < k; i++) key += equivalenceKey(row[i] ?? null) + '\u0000';
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > ctx.limits.maxRowsInFlight) throw inFlight(ctx);
      yield row;
    }
  };
}

function inFlight(ctx: RunContext): CypherError {
  return new CypherError(
    'limit',
    `The query held more than ${ctx.limits.maxRowsInFlight} rows at once`,
  );
}

function sort(keys: Array<{ f: Evaluator; descending: boolean }>): Operator {
  return function* (input, ctx) {
    const rows: Array<{ row: Row; k: Value[] }> = [];
    for (const row of input) {
      ctx.tick();
      rows.push({ row, k: keys.map((key) => key.f(row, ctx)) });
      if (rows.length > ctx.limits.maxRowsInFlight) throw inFlight(ctx);
    }
    rows.sort((a, b) => {
      for (let i = 0; i < keys.length; i++) {
        const c = orderCompare(a.k[i] ?? null, b.k[i] ?? null);
        if (c !== 0) return keys[i]?.descending ? -c : c;
      }
      return 0;
    });
    for (const r of rows) yield r.row;
  };
}

function bound(
  e: Expr | undefined,
  env: CompileEnv,
  what: string,
): ((ctx: RunContext) => number) | undefined {
  if (!e) return undefined;
  if (e.kind === 'literal' && (typeof e.value !== 'bigint' || e.value < 0n))
    throw semanticError(
      env,
      e.start,
      `${what} must be a non-negative INTEGER but got ${String(e.value)}`,
    );
  const f = compileExpr(e, Scope.empty(), env);
  return (ctx) => {
    const v = f([], ctx);
    if (typeof v !== 'bigint' || v < 0n)
      throw new CypherError(
        'argument',
        `${what} must be a non-negative INTEGER but got ${String(v)}`,
      );
    return Number(v);
  };
}

function skipLimit(skipE: Expr | undefined, limitE: Expr | undefined, env: CompileEnv): Operator {
  const skipF = bound(skipE, env, 'SKIP');
  const limitF = bound(limitE, env, 'LIMIT');
  return function* (input, ctx) {
    let skip = skipF ? skipF(ctx) : 0;
    const limit = limitF ? limitF(ctx) : Infinity;
    let taken = 0;
    const rows = input[Symbol.iterator]();
    while (taken < limit) {
      const next = rows.next();
      if (next.done) return;
      if (skip > 0) {
        skip--;
        continue;
      }
      taken++;
      yield next.value;
    }
    // Writes upstream happen for every row, whether or not the rows are returned.
    if (ctx.write) while (!rows.next().done);
  };
}

/** count(*) counts rows; it is the one aggregate the engine itself defines. */
function countStar(): Accumulator {
  let n = 0n;
  return {
    add() {
      n++;
    },
    result() {
      return n;
    },
  };
}

function distinctAccumulator(inner: Accumulator): Accumulator {
  const seen = new Set<string>();
  return {
    add(args) {
      const key = args.map(equivalenceKey).join('\u0000');
      if (seen.has(key)) return;
      seen.add(key);
      inner.add(args);
    },
    result() {
      return inner.result();
    },
  };
}

interface Group {
  values: Value[];
  accs: Accumulator[];
}

/** A new group under `key`, after the others in `order`. */
function addGroup(
  order: Group[],
  map: Map<string, Group>,
  key: string,
  values: Value[],
  accs: Accumulator[],
  ctx: RunContext,
): Group {
  const created = { values, accs };
  map.set(key, created);
  order.push(created);
  if (order.length > ctx.limits.maxRowsInFlight) throw inFlight(ctx);
  return created;
}

function aggregation(
  items: ReturnItem[],
  isAgg: boolean[],
  scope: Scope,
  env: CompileEnv,
): Operator {
  const groupIdx = items.map((_, i) => i).filter((i) => !isAgg[i]);
  const groupEvals = groupIdx.map((i) => compileExpr((items[i] as ReturnItem).expr, scope, env));
  const calls = items.flatMap((item, i) => (isAgg[i] ? aggregateCalls(item.expr) : []));
  const callSpecs = calls.map((c) => {
    if (c.kind !== 'call') throw new Error('unreachable');
    for (const a of c.args)
      if (aggregateCalls(a).length > 0)
        throw semanticError(env, a.start, 'Aggregate functions cannot be nested');
    const def = c.star ? undefined : lookupAggregate(c.name);
    if (!c.star && !def) throw semanticError(env, c.start, `Unknown function '${c.name}'`);
    if (def && (c.args.length < def.minArgs || c.args.length > def.maxArgs))
      throw semanticError(
        env,
        c.start,
        `Function ${c.name}() was given ${c.args.length} arguments`,
      );
    return { def, distinct: c.distinct, args: c.args.map((a) => compileExpr(a, scope, env)) };
  });
  // After aggregation a row holds the grouping values, then one result per aggregate call.
  const g = groupIdx.length;
  const postEntries: Array<[string, number]> = [];
  groupIdx.forEach((i, j) => {
    const item = items[i] as ReturnItem;
    postEntries.push([item.name, j]);
    if (item.expr.kind === 'var') postEntries.push([item.expr.name, j]);
  });
  const post = Scope.of(postEntries, g + calls.length);
  const aggSlots = new Map<Expr, number>(calls.map((c, j) => [c, g + j]));
  // Property reads of grouping keys (me.age) may recur inside aggregate items; more complex
  // expressions may not, as Neo4j rules (AmbiguousAggregationExpression).
  const grouped = new Map<string, number>();
  groupIdx.forEach((i, j) => {
    const e = (items[i] as ReturnItem).expr;
    if (e.kind === 'prop' && e.target.kind === 'var')
      grouped.set(env.text.slice(e.start, e.end), j);
  });
  const postEnv: CompileEnv = { ...env, aggregates: aggSlots, grouped };
  const finals = items.map((item, i) => {
    const j = groupIdx.indexOf(i);
    if (j >= 0) return (row: Row) => row[j] ?? null;
    return compileExpr(item.expr, post, postEnv);
  });
  const newAccs = (ctx: RunContext) =>
    callSpecs.map((s) => {
      const acc = s.def ? s.def.create(ctx) : countStar();
      return s.distinct ? distinctAccumulator(acc) : acc;
    });
  const [single] = groupEvals.length === 1 ? groupEvals : [];
  return function* (input, ctx) {
    // Groups in the order they first appear; a string key (the usual single grouping value)
    // is looked up as itself, anything else by its equivalence key. The maps and argument
    // arrays are made at the first row: a run that finds nothing makes none of them.
    const order: Group[] = [];
    let byString: Map<string, Group> | undefined;
    let byKey: Map<string, Group> | undefined;
    // One argument array per call, refilled for each row (accumulators do not keep it).
    let args: Value[][] | undefined;
    for (const row of input) {
      ctx.tick();
      args ??= callSpecs.map((s) => new Array<Value>(s.args.length));
      let found: Group;
      const v = single?.(row, ctx);
      if (typeof v === 'string')
        found =
          (byString ??= new Map()).get(v) ?? addGroup(order, byString, v, [v], newAccs(ctx), ctx);
      else {
        const values = single ? [v as Value] : groupEvals.map((f) => f(row, ctx));
        let key = '';
        for (const x of values) key += equivalenceKey(x) + '\u0000';
        found =
          (byKey ??= new Map()).get(key) ?? addGroup(order, byKey, key, values, newAccs(ctx), ctx);
      }
      for (let i = 0; i < callSpecs.length; i++) {
        const spec = callSpecs[i] as (typeof callSpecs)[number];
        const a = args[i] as Value[];
        for (let j = 0; j < a.length; j++) a[j] = (spec.args[j] as Evaluator)(row, ctx);
        (found.accs[i] as Accumulator).add(a);
      }
    }
    if (order.length === 0 && g === 0) order.push({ values: [], accs: newAccs(ctx) });
    for (const { values, accs } of order) {
      const r: Row = values;
      for (const acc of accs) r.push(acc.result());
      yield finals.map((f) => f(r, ctx));
    }
  };
}
