// Runs a planned MATCH: each step is a pull-based operator over rows (scan, seek, expand,
// variable-length expand, shortest path, filter, path building), and OPTIONAL MATCH pads
// with nulls when its inner pipeline yields nothing for a row.
import { CypherError } from '../errors.js';
import type { Expr, PatternPart, RelPattern } from '../parse/ast.js';
import { planMatch, type NodeCheck, type Step } from '../plan/match-plan.js';
import type { ShortestWalkPlan } from '../plan/shortest-walks.js';
import { equals, isTrue, typeName } from '../values/compare.js';
import { NodeValue, PathValue, RelationshipValue, type Value } from '../values/types.js';
import { otherEnd } from './other-end.js';
import type { Operator, Row, RunContext, Scope } from './context.js';
import { compileExpr, labelTest, type CompileEnv } from './expressions.js';
import { shortestPaths } from './shortest.js';
import { filteredShortestPaths, relationshipTest } from './shortest-filtered.js';
import { shortestWalks } from './shortest-walks.js';

type NodeTest = (node: number, row: Row, ctx: RunContext) => boolean;

/** A test for the labels, properties and inline WHERE of a node pattern; undefined when none. */
function nodeTest(check: NodeCheck, scope: Scope, env: CompileEnv): NodeTest | undefined {
  const tests: NodeTest[] = [];
  if (check.labels) {
    const t = labelTest(check.labels);
    tests.push((node, _row, ctx) => t(node, ctx));
  }
  const props =
    check.properties &&
    propertyTest(check.properties, scope, env, (ctx, id, key) => ctx.graph.nodeProperty(id, key));
  if (props) tests.push(props);
  if (tests.length === 0) return undefined;
  // Run for every node an expansion reaches: no closure made per call, one test called as is.
  const [first, second] = tests as [NodeTest, NodeTest?];
  if (!second) return first;
  return (node, row, ctx) => first(node, row, ctx) && second(node, row, ctx);
}

function propertyTest(
  props: Expr,
  scope: Scope,
  env: CompileEnv,
  read: (ctx: RunContext, id: number, key: string) => Value,
): NodeTest {
  // A one-entry map literal (the usual `{id: $a}`) is compared without building the map.
  const [only] = props.kind === 'map' && props.entries.length === 1 ? props.entries : [];
  if (only) {
    const [key, expr] = only;
    const f = compileExpr(expr, scope, env);
    return (id, row, ctx) => equals(read(ctx, id, key), f(row, ctx)) === true;
  }
  const value = compileExpr(props, scope, env);
  return (id, row, ctx) => {
    const m = value(row, ctx);
    if (m === null) return false;
    if (!(m instanceof Map))
      throw new CypherError('type', `Pattern properties must be a MAP but got ${typeName(m)}`);
    for (const [k, v] of m) if (equals(read(ctx, id, k), v) !== true) return false;
    return true;
  };
}

/** Compiles patterns (with WHERE) into an operator that extends each input row with every match. */
export function compileMatch(
  patterns: PatternPart[],
  where: Expr | undefined,
  scope: Scope,
  env: CompileEnv,
  walks?: ShortestWalkPlan,
): { op: Operator; introduced: number[] } {
  const plan = planMatch(patterns, where, scope, env.text, walks);
  // Inline WHERE inside node and relationship patterns read the pattern's own variables, so
  // they are compiled once every slot of the plan exists.
  const ops = plan.steps.map((step) => compileStep(step, scope, env));
  const op: Operator = (input, ctx) => {
    let rows: Iterable<Row> = input;
    for (const o of ops) rows = o(rows, ctx);
    return rows;
  };
  return { op, introduced: plan.introduced };
}

export function optional(inner: Operator, introduced: number[]): Operator {
  return function* (input, ctx) {
    for (const row of input) {
      let any = false;
      for (const r of inner([row], ctx)) {
        any = true;
        yield r;
      }
      if (!any) {
        const r = row.slice();
        for (const s of introduced) r[s] = null;
        yield r;
      }
    }
  };
}

function inlineWhere(where: Expr | undefined, scope: Scope, env: CompileEnv): NodeTest | undefined {
  if (!where) return undefined;
  const f = compileExpr(where, scope, env);
  return (_id, row, ctx) => isTrue(f(row, ctx));
}

function compileStep(step: Step, scope: Scope, env: CompileEnv): Operator {
  switch (step.kind) {
    case 'filter': {
      const f = compileExpr(step.expr, scope, env);
      return function* (input, ctx) {
        for (const row of input) {
          ctx.tick();
          if (isTrue(f(row, ctx))) yield row;
        }
      };
    }
    case 'scan':
    case 'seek':
    case 'checkNode':
      return nodeStep(step, scope, env);
    case 'expand':
      return step.pattern.length ? varExpand(step, scope, env) : expand(step, scope, env);
    case 'shortest':
      return shortest(step, scope, env);
    case 'path':
      return function* (input) {
        for (const row of input) {
          const r = row.slice();
          r[step.slot] = buildPath(row, step.nodes, step.rels);
          yield r;
        }
      };
  }
}

function nodeStep(
  step: Step & { kind: 'scan' | 'seek' | 'checkNode' },
  scope: Scope,
  env: CompileEnv,
): Operator {
  const test = nodeTest(step.check, scope, env);
  const whereTest = inlineWhere(step.check.where, scope, env);
  const slot = step.slot;
  if (step.kind === 'checkNode')
    return function* (input, ctx) {
      for (const row of input) {
        const v = row[slot] ?? null;
        if (v === null) continue;
        if (!(v instanceof NodeValue))
          throw new CypherError('type', `Expected a NODE but got ${typeName(v)}`);
        if ((!test || test(v.id, row, ctx)) && (!whereTest || whereTest(v.id, row, ctx))) yield row;
      }
    };
  const seekValue = step.kind === 'seek' ? compileExpr(step.value, scope, env) : undefined;
  const label = step.label;
  const key = step.kind === 'seek' ? step.key : '';
  // The nodes a seek answers carry its label and its key's value (QueryGraph.seek): when the
  // pattern asks nothing else of them, they are not tested again.
  const seekTest = step.kind === 'seek' && seekIsWholeTest(step) ? undefined : test;
  return function* (input, ctx) {
    const g = ctx.graph;
    for (const row of input) {
      let candidates: Iterable<number> | undefined;
      let t = test;
      if (seekValue && label) {
        const v = seekValue(row, ctx);
        if (v === null) continue;
        candidates = g.seek(label, key, v);
        if (candidates) t = seekTest;
      }
      candidates ??= label ? g.nodesWithLabel(label) : g.nodes();
      for (const id of candidates) {
        ctx.tick();
        if (t && !t(id, row, ctx)) continue;
        const r = row.slice();
        r[slot] = new NodeValue(g, id);
        if (whereTest && !whereTest(id, r, ctx)) continue;
        yield r;
      }
    }
  };
}

/**
 * Whether a seek's label and key are all that its node pattern tests (besides an inline WHERE):
 * the one label, and no property map or one of the seek's own key and value expression.
 */
function seekIsWholeTest(step: Step & { kind: 'seek' }): boolean {
  const { labels, properties } = step.check;
  if (labels && !(labels.kind === 'label' && labels.name === step.label)) return false;
  if (!properties) return true;
  if (properties.kind !== 'map' || properties.entries.length !== 1) return false;
  const [entry] = properties.entries;
  return entry !== undefined && entry[0] === step.key && entry[1] === step.value;
}

/** Resolves a pattern's relationship types to the graph's numbers, once per run. */
function typeFilter(pattern: RelPattern): (ctx: RunContext) => Set<number> | undefined {
  if (pattern.types.length === 0) return () => undefined;
  let cached: { graph: unknown; ids: Set<number> } | undefined;
  return (ctx) => {
    if (cached?.graph !== ctx.graph)
      cached = { graph: ctx.graph, ids: new Set(pattern.types.map((t) => ctx.graph.typeId(t))) };
    return cached.ids;
  };
}

function relTest(pattern: RelPattern, scope: Scope, env: CompileEnv): NodeTest | undefined {
  const props =
    pattern.properties &&
    propertyTest(pattern.properties, scope, env, (ctx, id, key) => ctx.graph.relProperty(id, key));
  return props;
}

function usedIn(row: Row, rel: number, unique: number[], uniqueLists: number[]): boolean {
  for (const s of unique) {
    const v = row[s];
    if (v instanceof RelationshipValue && v.id === rel) return true;
  }
  for (const s of uniqueLists) {
    const v = row[s];
    if (Array.isArray(v))
      for (const x of v) if (x instanceof RelationshipValue && x.id === rel) return true;
  }
  return false;
}

/** The node in a slot an expansion starts from; undefined for null (nothing to expand). */
function nodeAt(row: Row, slot: number): NodeValue | undefined {
  const v = row[slot] ?? null;
  if (v === null) return undefined;
  if (!(v instanceof NodeValue))
    throw new CypherError('type', `Expected a NODE but got ${typeName(v)}`);
  return v;
}

function expand(step: Step & { kind: 'expand' }, scope: Scope, env: CompileEnv): Operator {
  const types = typeFilter(step.pattern);
  const test = nodeTest(step.check, scope, env);
  const props = relTest(step.pattern, scope, env);
  const relWhere = step.pattern.where && compileExpr(step.pattern.where, scope, env);
  const nodeWhere = inlineWhere(step.check.where, scope, env);
  const { from, to, rel, direction, toBound, relBound, unique, uniqueLists } = step;
  return function* (input, ctx) {
    const g = ctx.graph;
    const ids = types(ctx);
    for (const row of input) {
      const f = nodeAt(row, from);
      if (!f) continue;
      const boundRel = relBound ? row[rel] : undefined;
      const boundTo = toBound ? row[to] : undefined;
      if (toBound && !(boundTo instanceof NodeValue)) continue;
      const rels = g.relationshipsOf(f.id, direction);
      ctx.expanded(rels.length);
      for (let i = 0; i < rels.length; i++) {
        const r = rels[i] as number;
        if (ids && !ids.has(g.relTypeId(r))) continue;
        const other = otherEnd(g, r, f.id, direction);
        if (boundTo && (boundTo as NodeValue).id !== other) continue;
        if (boundRel !== undefined && !(boundRel instanceof RelationshipValue && boundRel.id === r))
          continue;
        if (usedIn(row, r, unique, uniqueLists)) continue;
        if (props && !props(r, row, ctx)) continue;
        if (test && !test(other, row, ctx)) continue;
        const out = row.slice();
        if (!relBound) out[rel] = new RelationshipValue(g, r);
        if (!toBound) out[to] = new NodeValue(g, other);
        if (relWhere && !isTrue(relWhere(out, ctx))) continue;
        if (nodeWhere && !nodeWhere(other, out, ctx)) continue;
        yield out;
      }
    }
  };
}

function varExpand(step: Step & { kind: 'expand' }, scope: Scope, env: CompileEnv): Operator {
  const types = typeFilter(step.pattern);
  const test = nodeTest(step.check, scope, env);
  const props = relTest(step.pattern, scope, env);
  if (step.pattern.where)
    throw new CypherError(
      'unsupported',
      'WHERE inside a variable-length relationship is not supported on the embedded store',
    );
  const nodeWhere = inlineWhere(step.check.where, scope, env);
  const { from, to, rel, direction, toBound, relBound, unique, uniqueLists } = step;
  // The plan took the search only for a MATCH of one relationship, not bound before.
  if (step.shortestWalks)
    return shortestWalks(step, {
      types,
      ...(test && { node: test }),
      ...(props && { rel: props }),
      ...(nodeWhere && { nodeWhere }),
    });
  const min = step.pattern.length?.min ?? 1;
  const max = step.pattern.length?.max ?? Infinity;
  if (relBound)
    throw new CypherError(
      'unsupported',
      'Re-using a bound variable-length relationship list is not supported on the embedded store',
    );
  return function* (input, ctx) {
    const g = ctx.graph;
    const ids = types(ctx);
    for (const row of input) {
      const f = nodeAt(row, from);
      if (!f) continue;
      const boundTo = toBound ? row[to] : undefined;
      if (toBound && !(boundTo instanceof NodeValue)) continue;
      // Depth-first over relationship-unique walks with an explicit stack, yielding each walk
      // as it is found, so that LIMIT stops the search and nothing piles up in memory.
      const path: number[] = [];
      const onPath = new Set<number>();
      const endOk = (node: number) =>
        (!boundTo || (boundTo as NodeValue).id === node) && (!test || test(node, row, ctx));
      const steps = (node: number): number[] => {
        const rels = g.relationshipsOf(node, direction);
        ctx.expanded(rels.length);
        const out: number[] = [];
        for (let i = 0; i < rels.length; i++) {
          const r = rels[i] as number;
          if (onPath.has(r) || (ids && !ids.has(g.relTypeId(r)))) continue;
          if (usedIn(row, r, unique, uniqueLists) || (props && !props(r, row, ctx))) continue;
          out.push(r);
        }
        return out;
      };
      const emit = (end: number): Row | undefined => {
        const out = row.slice();
        const list = path.map((r) => new RelationshipValue(g, r));
        // Walked from the pattern's right end: the list reads in the pattern's order.
        out[rel] = step.reversed ? list.reverse() : list;
        if (!toBound) out[to] = new NodeValue(g, end);
        return nodeWhere && !nodeWhere(end, out, ctx) ? undefined : out;
      };
      if (min === 0 && endOk(f.id)) {
        const out = emit(f.id);
        if (out) yield out;
      }
      const frames = [{ node: f.id, rels: max > 0 ? steps(f.id) : [], next: 0 }];
      while (frames.length > 0) {
        const frame = frames[frames.length - 1] as (typeof frames)[number];
        if (frame.next >= frame.rels.length) {
          frames.pop();
          // Leaving a node: the relationship that led into it leaves the walk too.
          if (frames.length > 0) onPath.delete(path.pop() as number);
          continue;
        }
        const r = frame.rels[frame.next++] as number;
        if (onPath.has(r)) continue;
        const other = otherEnd(g, r, frame.node, direction);
        path.push(r);
        onPath.add(r);
        if (path.length >= min && endOk(other)) {
          const out = emit(other);
          if (out) yield out;
        }
        if (path.length < max) frames.push({ node: other, rels: steps(other), next: 0 });
        else {
          path.pop();
          onPath.delete(r);
        }
      }
    }
  };
}

function shortest(step: Step & { kind: 'shortest' }, scope: Scope, env: CompileEnv): Operator {
  const types = typeFilter(step.pattern);
  const props = relTest(step.pattern, scope, env);
  const min = step.pattern.length?.min ?? 1;
  const max = step.pattern.length?.max ?? (step.pattern.length ? Infinity : 1);
  if (min > 1)
    throw new CypherError(
      'unsupported',
      'shortestPath with a minimum length above 1 is not supported on the embedded store',
    );
  const where = step.where.map((e) => compileExpr(e, scope, env));
  // all/none over the path's relationships restrict the search itself (as Neo4j applies them).
  const perRel = relationshipTest(step.where, step.own, scope, env);
  const relTests = [props, perRel].filter((t) => t !== undefined);
  return function* (input, ctx) {
    const g = ctx.graph;
    const ids = types(ctx);
    for (const row of input) {
      const a = row[step.from];
      const b = row[step.to];
      if (!(a instanceof NodeValue) || !(b instanceof NodeValue)) continue;
      const accept =
        relTests.length > 0 ? (r: number) => relTests.every((t) => t(r, row, ctx)) : undefined;
      const bind = (rels: number[]): Row => {
        const out = row.slice();
        const relValues = rels.map((r) => new RelationshipValue(g, r));
        out[step.rel] = step.pattern.length ? relValues : (relValues[0] ?? null);
        if (step.path !== undefined) out[step.path] = pathFrom(a, relValues);
        return out;
      };
      const passes = (rels: number[]) => where.every((w) => isTrue(w(bind(rels), ctx)));
      const dir = step.pattern.direction;
      let found = shortestPaths(ctx, a.id, b.id, dir, ids, accept, min, max, step.all);
      if (where.length > 0) {
        // The shortest paths found without the WHERE answer when one passes; otherwise every
        // trail is tried, length by length (Neo4j's fallback to exhaustive search).
        const passing = found.filter(passes);
        found =
          passing.length > 0 || found.length === 0
            ? passing
            : filteredShortestPaths(
                ctx,
                a.id,
                b.id,
                { direction: dir, types: ids, accept },
                min,
                max,
                step.all,
                passes,
              );
      }
      for (const rels of found) yield bind(rels);
    }
  };
}

/** A path from its first node and its relationships, walking each to its other end. */
export function pathFrom(first: NodeValue, rels: RelationshipValue[]): PathValue {
  const nodes = [first];
  let at = first.id;
  for (const r of rels) {
    const s = r.graph.relStart(r.id);
    at = s === at ? r.graph.relEnd(r.id) : s;
    nodes.push(new NodeValue(first.graph, at));
  }
  return new PathValue(nodes, rels);
}

function buildPath(row: Row, nodes: number[], rels: Array<{ slot: number; list: boolean }>): Value {
  const first = row[nodes[0] as number];
  if (!(first instanceof NodeValue)) return null;
  const all: RelationshipValue[] = [];
  for (const { slot, list } of rels) {
    const v = row[slot];
    if (list) {
      if (!Array.isArray(v)) return null;
      for (const x of v) all.push(x as RelationshipValue);
    } else if (v instanceof RelationshipValue) all.push(v);
    else return null;
  }
  return pathFrom(first, all);
}
