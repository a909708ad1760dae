// Recognises a MATCH whose one variable-length relationship `*0..k` matters only through the end
// nodes it reaches and, at most, how far they are: `min(length(p))` grouped by the end node,
// `DISTINCT b`, `count(DISTINCT b)`. Such a query gets the same answer from one shortest walk per
// end node as from every walk, so a breadth-first search can replace the walk enumeration
// (execute/shortest-walks.ts). Anything else, or anything unsure, keeps the general plan.
import type { Clause, Expr, RelPattern } from '../parse/ast.js';
import { isAggregateCall } from '../execute/expressions.js';
import { freeVariables } from './free-vars.js';

/** Functions whose value differs row by row: the number of rows then matters, even under DISTINCT. */
const VOLATILE = new Set(['rand', 'randomuuid']);

type Call = Expr & { kind: 'call' };

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
  // A shortest walk to each end stands for all of them only when walks may have length 0: with
  // a least length of 1 or more, the shortest walk of that length to a node is not a BFS distance.
  if (!rel.length || (rel.length.min ?? 1) !== 0 || rel.where) return undefined;
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
