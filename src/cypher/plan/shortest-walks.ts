// Recognises a MATCH whose one variable-length relationship `*0..k` or `*1..k` matters only
// through the end nodes it reaches and, at most, how far they are: `min(length(p))` grouped by
// the end node, `DISTINCT b`, `count(DISTINCT b)`. Such a query gets the same answer from the
// least length per end node as from every walk, so a breadth-first search can replace the walk
// enumeration (execute/shortest-walks.ts). Anything else, or anything unsure, keeps the general plan.
import type { Clause, Expr, RelPattern } from '../parse/ast.js';
import { isAggregateCall } from '../execute/expressions.js';
import { freeVariables } from './free-vars.js';

/** Functions whose value differs row by row: the number of rows then matters, even under DISTINCT. */
const VOLATILE = new Set(['rand', 'randomuuid']);

type Call = Expr & { kind: 'call' };

/** The hidden variable the search binds to each end node's least length (hidden: it has a space). */
export const WALK_LENGTH = ' walk length';

export interface ShortestWalkPlan {
  /** The relationship the breadth-first search expands. */
  rel: RelPattern;
  /**
   * The clause after the MATCH with each `min(length(p))` reading WALK_LENGTH instead: the search
   * builds neither the path nor the relationship list, which nothing else reads.
   */
  next: Clause & { kind: 'return' | 'with' };
  /** Whether the MATCH names a path, so the search binds WALK_LENGTH. */
  length: boolean;
}

/**
 * The breadth-first plan for `match` given the clause after it, or undefined for the general
 * plan; `bound` tells which variables earlier clauses bound (a bound relationship list is a
 * constraint the search does not check).
 */
export function shortestWalkPlan(
  match: Clause,
  next: Clause | undefined,
  bound: (name: string) => boolean,
): ShortestWalkPlan | undefined {
  const rel = shortestWalkRelationship(match, next);
  if (!rel || (rel.variable !== undefined && bound(rel.variable))) return undefined;
  if (match.kind !== 'match' || (next?.kind !== 'return' && next?.kind !== 'with'))
    return undefined;
  const path = match.patterns[0]?.pathVariable;
  if (path === undefined) return { rel, next, length: false };
  return { rel, next: withWalkLength(next, path), length: true };
}

/** The relationship of `match` that a breadth-first search may run, given the clause after it. */
export function shortestWalkRelationship(
  match: Clause,
  next: Clause | undefined,
): RelPattern | undefined {
  if (match.kind !== 'match' || match.patterns.length !== 1) return undefined;
  if (next?.kind !== 'return' && next?.kind !== 'with') return undefined;
  const part = match.patterns[0];
  const rel = part?.rels[0];
  if (!part || !rel || part.shortest || part.rels.length !== 1) return undefined;
  // With a least length of 0 or 1 the least length to a node is its BFS distance, or for the
  // start node with 1 its shortest cycle; with 2 or more a node nearer than that may still be
  // reached by a longer trail, which a BFS does not find.
  if (!rel.length || (rel.length.min ?? 1) > 1 || rel.where) return undefined;
  const walk = new Set([part.pathVariable, rel.variable].filter((v) => v !== undefined));
  const pattern = [match.where, rel.properties, ...part.nodes.map((n) => [n.properties, n.where])];
  if (mentions(pattern, walk)) return undefined;
  const { projection } = next;
  if (projection.star) return undefined;
  const items = projection.items.map((i) => i.expr);
  // Without grouping or DISTINCT every walk is a row of the answer.
  if (!projection.distinct && !items.some(hasAggregate)) return undefined;
  // Which groups a SKIP or LIMIT keeps depends on the order rows arrive in, unless sorted.
  if ((projection.skip || projection.limit) && projection.orderBy.length === 0) return undefined;
  const read = [
    ...items,
    ...projection.orderBy.map((s) => s.expr),
    projection.skip,
    projection.limit,
    next.kind === 'with' ? next.where : undefined,
  ];
  return read.every((e) => e === undefined || walkFree(e, walk, part.pathVariable))
    ? rel
    : undefined;
}

function mentions(e: unknown, names: Set<string>): boolean {
  return [...freeVariables(e)].some((v) => names.has(v));
}

function hasAggregate(e: unknown): boolean {
  if (Array.isArray(e)) return e.some(hasAggregate);
  if (typeof e !== 'object' || e === null) return false;
  const node = e as Record<string, unknown>;
  if (node.kind === 'literal') return false;
  if (node.kind === 'call' && isAggregateCall(node as unknown as Call)) return true;
  return Object.entries(node).some(([k, v]) => k !== 'value' && hasAggregate(v));
}

/**
 * True when `e` reads the walk only as `min(length(path))`, reads no volatile function, and
 * aggregates only in ways that ignore how many times a row repeats (min, max, DISTINCT).
 */
function walkFree(e: unknown, walk: Set<string>, path: string | undefined): boolean {
  if (Array.isArray(e)) return e.every((x) => walkFree(x, walk, path));
  if (typeof e !== 'object' || e === null) return true;
  const node = e as Record<string, unknown> & { kind?: string };
  if (node.kind === 'literal') return true;
  if (node.kind === 'call') {
    const call = node as unknown as Call;
    if (VOLATILE.has(call.name.toLowerCase())) return false;
    if (isAggregateCall(call)) return aggregateFree(call, walk, path);
  }
  // Variables, map projections and (in subqueries and comprehensions) patterns name variables.
  const named =
    node.kind === 'var'
      ? [node.name]
      : node.kind === 'mapProjection'
        ? [node.target]
        : node.kind === undefined
          ? [node.variable, node.pathVariable]
          : [];
  if (named.some((n) => typeof n === 'string' && walk.has(n))) return false;
  return Object.entries(node).every(([k, v]) => k === 'value' || walkFree(v, walk, path));
}

function aggregateFree(call: Call, walk: Set<string>, path: string | undefined): boolean {
  const name = call.name.toLowerCase();
  const [arg] = call.args;
  if (name === 'min' && arg && path !== undefined && isLengthOf(arg, path)) return true;
  const repeatsIgnored = name === 'min' || name === 'max' || (call.distinct && name !== 'collect');
  // collect(DISTINCT x) keeps the order rows arrive in, which the search changes.
  return repeatsIgnored && !call.star && walkFree(call.args, walk, path);
}

function isLengthOf(e: Expr, path: string): boolean {
  if (e.kind !== 'call' || e.name.toLowerCase() !== 'length' || e.distinct) return false;
  const [arg] = e.args;
  return e.args.length === 1 && arg?.kind === 'var' && arg.name === path;
}

/** A copy of `e` in which every `min(length(path))` reads WALK_LENGTH instead of the path. */
function withWalkLength<T>(e: T, path: string): T {
  if (Array.isArray(e)) return e.map((x: unknown) => withWalkLength(x, path)) as T;
  if (typeof e !== 'object' || e === null) return e;
  const node = e as Record<string, unknown> & { kind?: string };
  if (node.kind === 'literal') return e;
  if (node.kind === 'call') {
    const call = node as unknown as Call;
    const [arg] = call.args;
    if (call.name.toLowerCase() === 'min' && arg && isLengthOf(arg, path))
      return {
        ...call,
        args: [{ kind: 'var', name: WALK_LENGTH, start: arg.start, end: arg.end }],
      } as T;
  }
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === 'value' ? v : withWalkLength(v, path)]),
  ) as T;
}
