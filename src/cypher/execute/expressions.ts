// Compiles expressions to closures over a row: variables become slot reads, so that unknown
// variables and functions are found before the query runs and evaluation does no lookups.
import { CypherError } from '../errors.js';
import { lookupAggregate, lookupFunction } from '../functions/registry.js';
import { positionAt, syntaxError } from '../parse/lexer.js';
import type { Expr, LabelExpr, PatternPart, Query } from '../parse/ast.js';
import * as arith from '../values/arithmetic.js';
import { asTernary, compareOp, equals, isTemporal, typeName } from '../values/compare.js';
import { temporalProperty } from '../values/temporal.js';
import { NodeValue, RelationshipValue, type CypherMap, type Value } from '../values/types.js';
import {
  drain,
  type Evaluator,
  type Operator,
  type Row,
  type RunContext,
  type Scope,
} from './context.js';

/** What expression compilation needs from the rest of the compiler. */
export interface CompileEnv {
  readonly text: string;
  /** Aggregate calls already computed by an aggregation, and the slots holding their results. */
  readonly aggregates?: ReadonlyMap<Expr, number>;
  /** After aggregation: grouping-key expressions, by their text, and the slots holding them. */
  readonly grouped?: ReadonlyMap<string, number>;
  /** A matcher for patterns (with an optional WHERE) in the given scope, which it extends. */
  pattern(patterns: PatternPart[], where: Expr | undefined, scope: Scope): Operator;
  /** A correlated subquery run per row. */
  subquery(query: Query, scope: Scope): Operator;
}

export function semanticError(env: CompileEnv, at: number, message: string): CypherError {
  return new CypherError('semantic', message, positionAt(env.text, at));
}

/** An operand of the wrong type found before running: Neo4j's "Type mismatch", a type error. */
function typeMismatch(env: CompileEnv, at: number, message: string): CypherError {
  return new CypherError('type', `Type mismatch: ${message}`, positionAt(env.text, at));
}

export function isAggregateCall(e: Expr): boolean {
  return (
    e.kind === 'call' &&
    (e.star || lookupAggregate(e.name) !== undefined) &&
    lookupFunction(e.name) === undefined
  );
}

const ARITH: Record<string, (a: Value, b: Value) => Value> = {
  '+': arith.add,
  '-': arith.subtract,
  '*': arith.multiply,
  '/': arith.divide,
  '%': arith.modulo,
  '^': arith.power,
};

export function compileExpr(e: Expr, scope: Scope, env: CompileEnv): Evaluator {
  const agg = env.aggregates?.get(e);
  if (agg !== undefined) return (row) => row[agg] ?? null;
  const key = env.grouped?.get(env.text.slice(e.start, e.end));
  if (key !== undefined && e.end > e.start) return (row) => row[key] ?? null;
  const sub = (x: Expr) => compileExpr(x, scope, env);
  switch (e.kind) {
    case 'literal': {
      const v = e.value;
      return () => v;
    }
    case 'param': {
      const name = e.name;
      return (_row, ctx) => {
        const v = ctx.params.get(name);
        if (v === undefined)
          throw new CypherError('parameter', `Expected parameter $${name}, which was not given`);
        return v;
      };
    }
    case 'var': {
      const slot = scope.slot(e.name);
      if (slot === undefined)
        throw semanticError(env, e.start, `Variable \`${e.name}\` not defined`);
      return (row) => row[slot] ?? null;
    }
    case 'prop': {
      const target = sub(e.target);
      const key = e.key;
      return (row, ctx) => property(target(row, ctx), key, ctx);
    }
    case 'index': {
      const target = sub(e.target);
      const index = sub(e.index);
      return (row, ctx) => indexValue(target(row, ctx), index(row, ctx), ctx);
    }
    case 'slice': {
      const target = sub(e.target);
      const from = e.from && sub(e.from);
      const to = e.to && sub(e.to);
      return (row, ctx) =>
        slice(target(row, ctx), from ? from(row, ctx) : 0n, to ? to(row, ctx) : undefined);
    }
    case 'list': {
      const items = e.items.map(sub);
      return (row, ctx) => items.map((f) => f(row, ctx));
    }
    case 'map': {
      const entries = e.entries.map(([k, v]) => [k, sub(v)] as const);
      return (row, ctx) => {
        const m: CypherMap = new Map();
        for (const [k, f] of entries) m.set(k, f(row, ctx));
        return m;
      };
    }
    case 'binary':
      checkOperandTypes(e, env);
      return binary(e.op, sub(e.left), sub(e.right));
    case 'chain': {
      const operands = e.operands.map(sub);
      const parts = e.ops.map((op, i) => ({ op, i }));
      return (row, ctx) => {
        const values = operands.map((f) => f(row, ctx));
        let result: boolean | null = true;
        for (const { op, i } of parts) {
          const r = compareWith(op, values[i] ?? null, values[i + 1] ?? null);
          if (r === false) return false;
          if (r === null) result = null;
        }
        return result;
      };
    }
    case 'not': {
      const t = literalType(e.arg);
      if (t && t !== 'BOOLEAN' && t !== 'NULL')
        throw typeMismatch(env, e.arg.start, `NOT expects a BOOLEAN but got ${t}`);
      const arg = sub(e.arg);
      return (row, ctx) => {
        const v = asTernary(arg(row, ctx), 'NOT');
        return v === null ? null : !v;
      };
    }
    case 'neg': {
      const t = literalType(e.arg);
      if (t && t !== 'INTEGER' && t !== 'FLOAT' && t !== 'NULL')
        throw typeMismatch(env, e.arg.start, `unary - expects a number but got ${t}`);
      const arg = sub(e.arg);
      return (row, ctx) => arith.negate(arg(row, ctx));
    }
    case 'isNull': {
      const arg = sub(e.arg);
      return e.negated
        ? (row, ctx) => arg(row, ctx) !== null
        : (row, ctx) => arg(row, ctx) === null;
    }
    case 'hasLabels': {
      const target = sub(e.target);
      const test = labelTest(e.labels);
      return (row, ctx) => {
        const v = target(row, ctx);
        if (v === null) return null;
        if (v instanceof NodeValue) return test(v.id, ctx);
        if (v instanceof RelationshipValue) return relTypeTest(e.labels, ctx.graph.relType(v.id));
        throw new CypherError('type', `Label tests need a NODE but got ${typeName(v)}`);
      };
    }
    case 'call':
      return call(e, scope, env);
    case 'case': {
      const subject = e.subject && sub(e.subject);
      const whens = e.whens.map(([w, t]) => [sub(w), sub(t)] as const);
      const otherwise = e.otherwise ? sub(e.otherwise) : () => null;
      return (row, ctx) => {
        const s = subject?.(row, ctx);
        for (const [w, t] of whens) {
          const wv = w(row, ctx);
          if (subject ? equals(s ?? null, wv) === true : wv === true) return t(row, ctx);
        }
        return otherwise(row, ctx);
      };
    }
    case 'listComp': {
      const source = sub(e.source);
      const inner = scope.child();
      const slot = inner.fresh(e.variable);
      const where = e.where && compileExpr(e.where, inner, env);
      const map = e.map && compileExpr(e.map, inner, env);
      return (row, ctx) => {
        const list = asList(source(row, ctx), 'list comprehension');
        if (list === null) return null;
        const out: Value[] = [];
        const r = row.slice();
        for (const item of list) {
          ctx.tick();
          r[slot] = item;
          if (where && where(r, ctx) !== true) continue;
          out.push(map ? map(r, ctx) : item);
        }
        return checkSize(out, ctx);
      };
    }
    case 'quantifier': {
      const source = sub(e.source);
      const inner = scope.child();
      const slot = inner.fresh(e.variable);
      const where = compileExpr(e.where, inner, env);
      const q = e.quantifier;
      return (row, ctx) => {
        const list = asList(source(row, ctx), `${q}()`);
        if (list === null) return null;
        let trues = 0;
        let nulls = 0;
        const r = row.slice();
        for (const item of list) {
          r[slot] = item;
          const v = asTernary(where(r, ctx), `${q}()`);
          if (v === true) trues++;
          else if (v === null) nulls++;
        }
        const falses = list.length - trues - nulls;
        switch (q) {
          case 'all':
            return falses > 0 ? false : nulls > 0 ? null : true;
          case 'any':
            return trues > 0 ? true : nulls > 0 ? null : false;
          case 'none':
            return trues > 0 ? false : nulls > 0 ? null : true;
          case 'single':
            return trues > 1 ? false : nulls > 0 ? null : trues === 1;
        }
      };
    }
    case 'reduce': {
      const init = sub(e.init);
      const source = sub(e.source);
      const inner = scope.child();
      const acc = inner.fresh(e.accumulator);
      const slot = inner.fresh(e.variable);
      const step = compileExpr(e.expr, inner, env);
      return (row, ctx) => {
        const list = asList(source(row, ctx), 'reduce()');
        if (list === null) return null;
        const r = row.slice();
        r[acc] = init(row, ctx);
        for (const item of list) {
          r[slot] = item;
          r[acc] = step(r, ctx);
        }
        return r[acc] ?? null;
      };
    }
    case 'patternComp': {
      const inner = scope.child();
      const matcher = env.pattern([e.pattern], e.where, inner);
      const map = compileExpr(e.map, inner, env);
      return (row, ctx) => {
        const out: Value[] = [];
        for (const r of matcher([row], ctx)) out.push(map(r, ctx));
        return checkSize(out, ctx);
      };
    }
    case 'patternPredicate':
    case 'exists':
    case 'countSubquery': {
      const inner = scope.child();
      let matcher: Operator;
      if (e.kind === 'patternPredicate') {
        for (const n of [...e.pattern.nodes, ...e.pattern.rels])
          if (n.variable !== undefined && !scope.has(n.variable))
            throw syntaxError(
              env.text,
              n.start,
              `PatternExpressions are not allowed to introduce new variables: '${n.variable}'`,
            );
        matcher = env.pattern([e.pattern], undefined, inner);
      } else if (e.query) matcher = env.subquery(e.query, inner);
      else matcher = env.pattern(e.patterns, e.where, inner);
      if (e.kind === 'countSubquery') return (row, ctx) => BigInt(drain(matcher([row], ctx)));
      return (row, ctx) => !matcher([row], ctx)[Symbol.iterator]().next().done;
    }
    case 'collectSubquery': {
      const body = env.subquery(e.query, scope.child());
      return (row, ctx) => {
        const out: Value[] = [];
        for (const r of body([row], ctx)) out.push(r[0] ?? null);
        return checkSize(out, ctx);
      };
    }
    case 'mapProjection': {
      const slot = scope.slot(e.target);
      if (slot === undefined)
        throw semanticError(env, e.start, `Variable \`${e.target}\` not defined`);
      const items = e.items.map((item) => {
        if (item.kind === 'entry') return { ...item, value: sub(item.value) };
        if (item.kind === 'variable') {
          const s = scope.slot(item.name);
          if (s === undefined)
            throw semanticError(env, e.start, `Variable \`${item.name}\` not defined`);
          return { kind: 'variable' as const, name: item.name, slot: s };
        }
        return item;
      });
      return (row, ctx) => {
        const target = row[slot] ?? null;
        if (target === null) return null;
        const m: CypherMap = new Map();
        for (const item of items) {
          if (item.kind === 'allProperties')
            for (const [k, v] of allProperties(target, ctx)) m.set(k, v);
          else if (item.kind === 'property') m.set(item.key, property(target, item.key, ctx));
          else if (item.kind === 'variable') m.set(item.name, row[item.slot] ?? null);
          else m.set(item.key, item.value(row, ctx));
        }
        return m;
      };
    }
  }
}

/** What the temporal constructors return, so their type is known before running. */
const CONSTRUCTED: Record<string, string> = {
  date: 'DATE',
  datetime: 'ZONED DATETIME',
  localdatetime: 'LOCAL DATETIME',
  time: 'ZONED TIME',
  localtime: 'LOCAL TIME',
  duration: 'DURATION',
};

/** The type of an operand known before running (a literal or a temporal constructor call). */
function literalType(e: Expr): string | undefined {
  if (e.kind === 'literal') return typeName(e.value);
  if (e.kind === 'list') return 'LIST';
  if (e.kind === 'map') return 'MAP';
  if (e.kind === 'call') return CONSTRUCTED[e.name.toLowerCase()];
  return undefined;
}

/** What Neo4j's semantic check lets stand beside a STRING in `+`. */
const CONCATENABLE = new Set(['STRING', 'INTEGER', 'FLOAT', 'LIST', 'NULL']);

/** Literal operands of the wrong type are an error before running, as in Neo4j's semantic check. */
function checkOperandTypes(e: Expr & { kind: 'binary' }, env: CompileEnv): void {
  const lt = literalType(e.left);
  const rt = literalType(e.right);
  if (e.op === 'AND' || e.op === 'OR' || e.op === 'XOR') {
    for (const [t, side] of [
      [lt, e.left],
      [rt, e.right],
    ] as const)
      if (t && t !== 'BOOLEAN' && t !== 'NULL')
        throw typeMismatch(env, side.start, `${e.op} expects BOOLEAN operands but got ${t}`);
    return;
  }
  // Only a value's static type is checked here: at run time Neo4j concatenates any of them.
  if (e.op === '+' && lt && rt && (lt === 'STRING' || rt === 'STRING')) {
    const other = lt === 'STRING' ? rt : lt;
    if (!CONCATENABLE.has(other))
      throw typeMismatch(env, e.start, `+ cannot join a STRING and a ${other}`);
  }
  const f = ARITH[e.op];
  if (!f || !lt || !rt || e.left.kind !== 'literal' || e.right.kind !== 'literal') return;
  try {
    f(e.left.value, e.right.value);
  } catch (err) {
    if (err instanceof CypherError && err.code === 'type')
      throw typeMismatch(env, e.start, err.message);
  }
}

function checkSize(list: Value[], ctx: RunContext): Value[] {
  if (list.length > ctx.limits.maxListSize)
    throw new CypherError('limit', `A list grew past ${ctx.limits.maxListSize} elements`);
  return list;
}

function asList(v: Value, what: string): readonly Value[] | null {
  if (v === null) return null;
  if (Array.isArray(v)) return v;
  throw new CypherError('type', `${what} expects a LIST but got ${typeName(v)}`);
}

function compareWith(op: string, a: Value, b: Value): boolean | null {
  if (op === '=') return equals(a, b);
  if (op === '<>') {
    const r = equals(a, b);
    return r === null ? null : !r;
  }
  return compareOp(op as '<', a, b);
}

const regexCache = new Map<string, RegExp>();

/** Java's regular expressions match the whole string; a leading (?i) or (?s) becomes a flag. */
function regex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (re) return re;
  let flags = 'u';
  let body = pattern;
  const inline = /^\(\?([imsu]+)\)/.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    for (const f of inline[1] as string) if (f !== 'u' && !flags.includes(f)) flags += f;
  }
  try {
    re = new RegExp(`^(?:${body})$`, flags);
  } catch {
    throw new CypherError('argument', `Invalid regular expression: ${pattern}`);
  }
  regexCache.set(pattern, re);
  return re;
}

function binary(op: string, left: Evaluator, right: Evaluator): Evaluator {
  const f = ARITH[op];
  if (f) return (row, ctx) => f(left(row, ctx), right(row, ctx));
  switch (op) {
    case 'AND':
      return (row, ctx) => {
        const a = asTernary(left(row, ctx), 'AND');
        if (a === false) return false;
        const b = asTernary(right(row, ctx), 'AND');
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    case 'OR':
      return (row, ctx) => {
        const a = asTernary(left(row, ctx), 'OR');
        if (a === true) return true;
        const b = asTernary(right(row, ctx), 'OR');
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
    case 'XOR':
      return (row, ctx) => {
        const a = asTernary(left(row, ctx), 'XOR');
        const b = asTernary(right(row, ctx), 'XOR');
        return a === null || b === null ? null : a !== b;
      };
    case 'IN':
      return (row, ctx) => inList(left(row, ctx), right(row, ctx));
    case 'STARTS WITH':
    case 'ENDS WITH':
    case 'CONTAINS':
      return (row, ctx) => {
        const a = left(row, ctx);
        const b = right(row, ctx);
        if (typeof a !== 'string' || typeof b !== 'string') return null;
        return op === 'CONTAINS'
          ? a.includes(b)
          : op === 'STARTS WITH'
            ? a.startsWith(b)
            : a.endsWith(b);
      };
    case '=~':
      return (row, ctx) => {
        const a = left(row, ctx);
        const b = right(row, ctx);
        if (typeof a !== 'string' || typeof b !== 'string') return null;
        return regex(b).test(a);
      };
    default:
      return (row, ctx) => compareWith(op, left(row, ctx), right(row, ctx));
  }
}

function inList(item: Value, list: Value): Value {
  if (list === null) return null;
  if (!Array.isArray(list))
    throw new CypherError('type', `IN expects a LIST on its right but got ${typeName(list)}`);
  let unknown = false;
  for (const x of list) {
    const e = equals(item, x);
    if (e === true) return true;
    if (e === null) unknown = true;
  }
  return unknown ? null : false;
}

export function property(target: Value, key: string, ctx: RunContext): Value {
  if (target === null) return null;
  if (target instanceof NodeValue) return ctx.graph.nodeProperty(target.id, key);
  if (target instanceof RelationshipValue) return ctx.graph.relProperty(target.id, key);
  if (target instanceof Map) return target.get(key) ?? null;
  if (isTemporal(target))
    return temporalProperty(target as Parameters<typeof temporalProperty>[0], key);
  throw new CypherError('type', `Cannot read property '${key}' of ${typeName(target)}`);
}

export function allProperties(target: Value, ctx: RunContext): CypherMap {
  if (target instanceof NodeValue) return ctx.graph.nodeProperties(target.id);
  if (target instanceof RelationshipValue) return ctx.graph.relProperties(target.id);
  if (target instanceof Map) return target;
  throw new CypherError('type', `Expected a NODE, RELATIONSHIP or MAP but got ${typeName(target)}`);
}

function indexValue(target: Value, index: Value, ctx: RunContext): Value {
  if (target === null || index === null) return null;
  if (Array.isArray(target)) {
    if (typeof index !== 'bigint')
      throw new CypherError('type', `List index must be an INTEGER but got ${typeName(index)}`);
    const i = Number(index < 0n ? BigInt(target.length) + index : index);
    return target[i] ?? null;
  }
  if (typeof index === 'string') return property(target, index, ctx);
  throw new CypherError('type', `Cannot index ${typeName(target)} with ${typeName(index)}`);
}

function slice(target: Value, from: Value, to: Value | undefined): Value {
  if (target === null || from === null || to === null) return null;
  if (!Array.isArray(target)) throw new CypherError('type', `Cannot slice ${typeName(target)}`);
  if (typeof from !== 'bigint' || (to !== undefined && typeof to !== 'bigint'))
    throw new CypherError('type', 'List slice bounds must be INTEGERs');
  const n = BigInt(target.length);
  const norm = (i: bigint) => Number(i < 0n ? (n + i < 0n ? 0n : n + i) : i > n ? n : i);
  return target.slice(norm(from), to === undefined ? target.length : norm(to as bigint));
}

export function labelTest(expr: LabelExpr): (node: number, ctx: RunContext) => boolean {
  switch (expr.kind) {
    case 'label': {
      const name = expr.name;
      return (node, ctx) => ctx.graph.hasLabel(node, name);
    }
    case 'any':
      return (node, ctx) => ctx.graph.nodeLabels(node).length > 0;
    case 'not': {
      const inner = labelTest(expr.item);
      return (node, ctx) => !inner(node, ctx);
    }
    case 'and': {
      const items = expr.items.map(labelTest);
      return (node, ctx) => items.every((t) => t(node, ctx));
    }
    case 'or': {
      const items = expr.items.map(labelTest);
      return (node, ctx) => items.some((t) => t(node, ctx));
    }
  }
}

function relTypeTest(expr: LabelExpr, type: string): boolean {
  switch (expr.kind) {
    case 'label':
      return expr.name === type;
    case 'any':
      return true;
    case 'not':
      return !relTypeTest(expr.item, type);
    case 'and':
      return expr.items.every((x) => relTypeTest(x, type));
    case 'or':
      return expr.items.some((x) => relTypeTest(x, type));
  }
}

function call(e: Expr & { kind: 'call' }, scope: Scope, env: CompileEnv): Evaluator {
  if (isAggregateCall(e))
    throw semanticError(
      env,
      e.start,
      `Invalid use of aggregating function ${e.name}(...) in this context`,
    );
  const def = lookupFunction(e.name);
  if (!def) throw semanticError(env, e.start, `Unknown function '${e.name}'`);
  if (e.args.length < def.minArgs || e.args.length > def.maxArgs)
    throw semanticError(
      env,
      e.start,
      `Function ${e.name}() takes ${def.minArgs === def.maxArgs ? def.minArgs : `${def.minArgs} to ${def.maxArgs}`} arguments but was given ${e.args.length}`,
    );
  const args = e.args.map((a) => compileExpr(a, scope, env));
  return (row: Row, ctx) =>
    def.call(
      args.map((a) => a(row, ctx)),
      ctx,
    );
}
