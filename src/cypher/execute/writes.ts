// The write clauses, run only in write mode (TCK and test fixtures): CREATE, MERGE, SET,
// REMOVE, DELETE and FOREACH. Each reads all of its input before writing, so that a clause
// never sees its own writes through the scan feeding it.
import { CypherError } from '../errors.js';
import { isWritable, type WritableGraph } from '../graph/types.js';
import type {
  Clause,
  Expr,
  LabelExpr,
  NodePattern,
  PatternPart,
  RemoveItem,
  SetItem,
} from '../parse/ast.js';
import { positionAt } from '../parse/lexer.js';
import { typeName } from '../values/compare.js';
import {
  NodeValue,
  PathValue,
  RelationshipValue,
  type CypherMap,
  type Value,
} from '../values/types.js';
import { drain, type Operator, type Row, type RunContext, type Scope } from './context.js';
import { allProperties, compileExpr, type CompileEnv } from './expressions.js';
import { compileMatch, pathFrom } from './match.js';

function writable(ctx: RunContext): WritableGraph {
  if (!isWritable(ctx.graph)) throw new CypherError('read-only', 'This graph cannot be written to');
  return ctx.graph;
}

function labelNames(labels: LabelExpr | undefined, env: CompileEnv, at: number): string[] {
  if (!labels) return [];
  if (labels.kind === 'label') return [labels.name];
  if (labels.kind === 'and') return labels.items.flatMap((l) => labelNames(l, env, at));
  throw new CypherError('semantic', 'Only plain labels can be created', positionAt(env.text, at));
}

function mapOf(v: Value, what: string): CypherMap {
  if (v === null) return new Map();
  if (v instanceof Map) return v;
  throw new CypherError('type', `${what} must be a MAP but got ${typeName(v)}`);
}

/** Compiles the creation of pattern parts; variables bound before are reused, not created. */
/** `merge`: an undirected relationship is created outgoing, as MERGE does. */
function compileCreate(
  parts: PatternPart[],
  scope: Scope,
  env: CompileEnv,
  merge = false,
): (row: Row, ctx: RunContext) => Row {
  type NodeSpec = {
    slot: number;
    create: boolean;
    labels: string[];
    props?: ReturnType<typeof compileExpr>;
  };
  const plans = parts.map((part) => {
    const nodes: NodeSpec[] = part.nodes.map((n: NodePattern) => {
      const existing = n.variable !== undefined ? scope.slot(n.variable) : undefined;
      if (existing !== undefined && (n.labels || n.properties))
        throw new CypherError(
          'semantic',
          `Variable \`${n.variable}\` already declared`,
          positionAt(env.text, n.start),
        );
      const props = n.properties && compileExpr(n.properties, scope, env);
      const slot =
        existing ?? (n.variable !== undefined ? scope.fresh(n.variable) : scope.anonymous());
      return {
        slot,
        create: existing === undefined,
        labels: labelNames(n.labels, env, n.start),
        ...(props && { props }),
      };
    });
    const rels = part.rels.map((r) => {
      if (r.types.length !== 1)
        throw new CypherError(
          'semantic',
          'A relationship to create needs exactly one type',
          positionAt(env.text, r.start),
        );
      if (r.direction === 'both' && !merge)
        throw new CypherError(
          'semantic',
          'A relationship to create needs a direction',
          positionAt(env.text, r.start),
        );
      if (r.length)
        throw new CypherError(
          'semantic',
          'Variable-length relationships cannot be created',
          positionAt(env.text, r.start),
        );
      if (r.variable !== undefined && scope.has(r.variable))
        throw new CypherError(
          'semantic',
          `Variable \`${r.variable}\` already declared`,
          positionAt(env.text, r.start),
        );
      const props = r.properties && compileExpr(r.properties, scope, env);
      const slot = r.variable !== undefined ? scope.fresh(r.variable) : scope.anonymous();
      return {
        slot,
        type: r.types[0] as string,
        out: r.direction !== 'in',
        ...(props && { props }),
      };
    });
    const path = part.pathVariable !== undefined ? scope.fresh(part.pathVariable) : undefined;
    return { nodes, rels, path };
  });
  return (row, ctx) => {
    const g = writable(ctx);
    const r = row.slice();
    for (const plan of plans) {
      for (const n of plan.nodes) {
        if (!n.create) {
          if (!(r[n.slot] instanceof NodeValue))
            throw new CypherError('type', 'Cannot create a relationship to a node that is null');
          continue;
        }
        const props = mapOf(n.props ? n.props(r, ctx) : null, 'Node properties');
        r[n.slot] = new NodeValue(g, g.createNode(n.labels, props));
      }
      plan.rels.forEach((rel, i) => {
        const a = r[(plan.nodes[i] as NodeSpec).slot] as NodeValue;
        const b = r[(plan.nodes[i + 1] as NodeSpec).slot] as NodeValue;
        const props = mapOf(rel.props ? rel.props(r, ctx) : null, 'Relationship properties');
        const [s, e] = rel.out ? [a, b] : [b, a];
        r[rel.slot] = new RelationshipValue(g, g.createRelationship(rel.type, s.id, e.id, props));
      });
      if (plan.path !== undefined)
        r[plan.path] = pathFrom(
          r[(plan.nodes[0] as NodeSpec).slot] as NodeValue,
          plan.rels.map((x) => r[x.slot] as RelationshipValue),
        );
    }
    return r;
  };
}

function compileSet(
  items: SetItem[],
  scope: Scope,
  env: CompileEnv,
): (row: Row, ctx: RunContext) => void {
  const actions = items.map((item) => {
    const slotOf = (name: string) => {
      const s = scope.slot(name);
      if (s === undefined)
        throw new CypherError(
          'semantic',
          `Variable \`${name}\` not defined`,
          positionAt(env.text, item.start),
        );
      return s;
    };
    if (item.kind === 'labels') {
      const slot = slotOf(item.variable);
      return (row: Row, ctx: RunContext) => {
        const n = row[slot];
        if (n === null || n === undefined) return;
        if (!(n instanceof NodeValue))
          throw new CypherError('type', `Labels can only be set on a NODE, not ${typeName(n)}`);
        for (const l of item.labels) writable(ctx).addLabel(n.id, l);
      };
    }
    const value = compileExpr(item.value, scope, env);
    if (item.kind === 'property') {
      const target = compileExpr(item.target, scope, env);
      return (row: Row, ctx: RunContext) =>
        setProperty(target(row, ctx), item.key, value(row, ctx), ctx);
    }
    const slot = slotOf(item.variable);
    return (row: Row, ctx: RunContext) => {
      const t = row[slot] ?? null;
      if (t === null) return;
      const v = value(row, ctx);
      const props =
        v instanceof NodeValue || v instanceof RelationshipValue
          ? allProperties(v, ctx)
          : mapOf(v, 'SET value');
      if (item.kind === 'replace')
        for (const k of allProperties(t, ctx).keys())
          if (!props.has(k)) setProperty(t, k, null, ctx);
      for (const [k, x] of props) setProperty(t, k, x, ctx);
    };
  });
  return (row, ctx) => {
    for (const a of actions) a(row, ctx);
  };
}

function setProperty(target: Value, key: string, value: Value, ctx: RunContext): void {
  if (target === null) return;
  const g = writable(ctx);
  if (Array.isArray(value) && value.some((x) => x === null || typeof x === 'object'))
    throw new CypherError(
      'type',
      'Property values can only be of primitive types or lists of them',
    );
  if (
    value instanceof Map ||
    value instanceof NodeValue ||
    value instanceof RelationshipValue ||
    value instanceof PathValue
  )
    throw new CypherError('type', `Property values cannot be a ${typeName(value)}`);
  if (target instanceof NodeValue) g.setNodeProperty(target.id, key, value);
  else if (target instanceof RelationshipValue) g.setRelProperty(target.id, key, value);
  else throw new CypherError('type', `Cannot set a property on ${typeName(target)}`);
}

function compileRemove(
  items: RemoveItem[],
  scope: Scope,
  env: CompileEnv,
): (row: Row, ctx: RunContext) => void {
  const actions = items.map((item) => {
    if (item.kind === 'property') {
      const target = compileExpr(item.target, scope, env);
      return (row: Row, ctx: RunContext) => setProperty(target(row, ctx), item.key, null, ctx);
    }
    const slot = scope.slot(item.variable);
    if (slot === undefined)
      throw new CypherError(
        'semantic',
        `Variable \`${item.variable}\` not defined`,
        positionAt(env.text, item.start),
      );
    return (row: Row, ctx: RunContext) => {
      const n = row[slot];
      if (n instanceof NodeValue) for (const l of item.labels) writable(ctx).removeLabel(n.id, l);
    };
  });
  return (row, ctx) => {
    for (const a of actions) a(row, ctx);
  };
}

function compileDelete(
  exprs: Expr[],
  detach: boolean,
  scope: Scope,
  env: CompileEnv,
): (row: Row, ctx: RunContext) => void {
  const evals = exprs.map((e) => compileExpr(e, scope, env));
  const del = (v: Value, g: WritableGraph) => {
    if (v === null) return;
    if (v instanceof NodeValue) g.deleteNode(v.id, detach);
    else if (v instanceof RelationshipValue) g.deleteRelationship(v.id);
    else if (v instanceof PathValue) {
      for (const r of v.relationships) g.deleteRelationship(r.id);
      for (const n of v.nodes) g.deleteNode(n.id, detach);
    } else
      throw new CypherError(
        'type',
        `DELETE expects a NODE, RELATIONSHIP or PATH but got ${typeName(v)}`,
      );
  };
  return (row, ctx) => {
    const g = writable(ctx);
    for (const f of evals) del(f(row, ctx), g);
  };
}

type ClauseCompiler = (clauses: Clause[], scope: Scope, env: CompileEnv) => Operator;

/** A write clause as an operator; `compileClauses` compiles FOREACH bodies. */
export function compileWrite(
  clause: Clause,
  scope: Scope,
  env: CompileEnv,
  compileClauses: ClauseCompiler,
): Operator {
  const eager = (each: (row: Row, ctx: RunContext) => Iterable<Row>): Operator =>
    function* (input, ctx) {
      const rows = Array.from(input);
      for (const row of rows) yield* each(row, ctx);
    };
  switch (clause.kind) {
    case 'create': {
      const create = compileCreate(clause.patterns, scope, env);
      return eager((row, ctx) => [create(row, ctx)]);
    }
    case 'merge': {
      const probe = scope.child();
      const { op: match } = compileMatch([clause.pattern], undefined, probe, env);
      const create = compileCreate([clause.pattern], scope, env, true);
      // MERGE binds the same variables whether it matched or created: align the slots.
      const names = [
        clause.pattern.pathVariable,
        ...clause.pattern.nodes.map((n) => n.variable),
        ...clause.pattern.rels.map((r) => r.variable),
      ].filter((n): n is string => n !== undefined);
      const moves = names.map((n) => [probe.slot(n) as number, scope.slot(n) as number] as const);
      const onCreate = compileSet(clause.onCreate, scope, env);
      const onMatch = compileSet(clause.onMatch, scope, env);
      return eager(function* (row, ctx) {
        const found = Array.from(match([row], ctx));
        if (found.length === 0) {
          const r = create(row, ctx);
          onCreate(r, ctx);
          yield r;
          return;
        }
        for (const m of found) {
          const r = row.slice();
          for (const [from, to] of moves) r[to] = m[from] ?? null;
          onMatch(r, ctx);
          yield r;
        }
      });
    }
    case 'set': {
      const set = compileSet(clause.items, scope, env);
      return eager((row, ctx) => (set(row, ctx), [row]));
    }
    case 'remove': {
      const remove = compileRemove(clause.items, scope, env);
      return eager((row, ctx) => (remove(row, ctx), [row]));
    }
    case 'delete': {
      const del = compileDelete(clause.exprs, clause.detach, scope, env);
      return eager((row, ctx) => (del(row, ctx), [row]));
    }
    case 'foreach': {
      const source = compileExpr(clause.source, scope, env);
      const inner = scope.child();
      const slot = inner.fresh(clause.variable);
      const body = compileClauses(clause.clauses, inner, env);
      return eager(function* (row, ctx) {
        const list = source(row, ctx);
        if (list !== null && !Array.isArray(list))
          throw new CypherError('type', `FOREACH expects a LIST but got ${typeName(list)}`);
        for (const item of list ?? []) {
          const r = row.slice();
          r[slot] = item;
          drain(body([r], ctx));
        }
        yield row;
      });
    }
    default:
      throw new CypherError('semantic', `Not a write clause: ${clause.kind}`);
  }
}
