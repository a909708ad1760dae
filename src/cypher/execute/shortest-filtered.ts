// Shortest paths that must satisfy a WHERE on the path (Neo4j's fallback to exhaustive search):
// trails between two nodes enumerated length by length, each pruned by the distance still to go,
// until some length has a trail the predicate accepts; the first such trail (shortestPath) or
// every one of that length (allShortestPaths).
import type { Direction, QueryGraph } from '../graph/types.js';
import type { Expr } from '../parse/ast.js';
import { freeVariables } from '../plan/free-vars.js';
import { asTernary } from '../values/compare.js';
import { RelationshipValue } from '../values/types.js';
import type { Row, RunContext, Scope } from './context.js';
import { compileExpr, type CompileEnv } from './expressions.js';

export type RelationshipTest = (rel: number, row: Row, ctx: RunContext) => boolean;

/**
 * The conjuncts all(x IN relationships(p) WHERE ...) and none(...) (or over the relationship
 * list variable) whose predicate reads only x and the outer row: a test each relationship of
 * the search must pass, so the breadth-first search itself applies them. Undefined when none.
 */
export function relationshipTest(
  where: readonly Expr[],
  own: readonly string[],
  scope: Scope,
  env: CompileEnv,
): RelationshipTest | undefined {
  const tests: RelationshipTest[] = [];
  for (const e of where) {
    if (e.kind !== 'quantifier' || (e.quantifier !== 'all' && e.quantifier !== 'none')) continue;
    const s = e.source;
    const overRelationships =
      (s.kind === 'var' && own.includes(s.name)) ||
      (s.kind === 'call' &&
        s.name.toLowerCase() === 'relationships' &&
        s.args.length === 1 &&
        s.args[0]?.kind === 'var' &&
        own.includes(s.args[0].name));
    const reads = freeVariables(e.where);
    if (!overRelationships || own.some((v) => v !== e.variable && reads.has(v))) continue;
    const inner = scope.child();
    const slot = inner.fresh(e.variable);
    const predicate = compileExpr(e.where, inner, env);
    const wanted = e.quantifier === 'all';
    tests.push((rel, row, ctx) => {
      const r = row.slice();
      r[slot] = new RelationshipValue(ctx.graph, rel);
      return asTernary(predicate(r, ctx), `${e.quantifier}()`) === wanted;
    });
  }
  if (tests.length === 0) return undefined;
  return (rel, row, ctx) => tests.every((t) => t(rel, row, ctx));
}

/** Which relationships a step may take: the pattern's types and properties. */
export interface Walk {
  direction: Direction;
  types: Set<number> | undefined;
  accept: ((rel: number) => boolean) | undefined;
}

function otherEnd(g: QueryGraph, rel: number, node: number): number {
  const s = g.relStart(rel);
  return s === node ? g.relEnd(rel) : s;
}

function allowed(g: QueryGraph, walk: Walk, rel: number): boolean {
  return (!walk.types || walk.types.has(g.relTypeId(rel))) && (!walk.accept || walk.accept(rel));
}

const REVERSED: Record<Direction, Direction> = { out: 'in', in: 'out', both: 'both' };

/** Hops from every node that can reach `to` (walking backwards), and how many relationships lie between. */
function distancesTo(
  ctx: RunContext,
  to: number,
  walk: Walk,
): { hops: Map<number, number>; rels: number } {
  const g = ctx.graph;
  const hops = new Map([[to, 0]]);
  const seen = new Set<number>();
  let frontier = [to];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      const rels = g.relationshipsOf(node, REVERSED[walk.direction]);
      ctx.expanded(rels.length);
      for (let i = 0; i < rels.length; i++) {
        const r = rels[i] as number;
        if (!allowed(g, walk, r)) continue;
        seen.add(r);
        const o = otherEnd(g, r, node);
        if (!hops.has(o)) {
          hops.set(o, depth);
          next.push(o);
        }
      }
    }
    frontier = next;
  }
  return { hops, rels: seen.size };
}

/**
 * The trails (no relationship twice) from `from` to `to` of the least length in [min, max] for
 * which `satisfies` holds of some; only the first one unless `all`.
 */
export function filteredShortestPaths(
  ctx: RunContext,
  from: number,
  to: number,
  walk: Walk,
  min: number,
  max: number,
  all: boolean,
  satisfies: (rels: number[]) => boolean,
): number[][] {
  const g = ctx.graph;
  const { hops, rels: reachable } = distancesTo(ctx, to, walk);
  const least = hops.get(from);
  if (least === undefined) return [];
  // No trail is longer than the relationships that lead to `to`.
  const longest = Math.min(max, reachable);
  for (let length = Math.max(min, least); length <= longest; length++) {
    const found: number[][] = [];
    const trail: number[] = [];
    const used = new Set<number>();
    const extend = (node: number): boolean => {
      ctx.tick();
      if (trail.length === length) {
        if (node !== to || !satisfies(trail)) return false;
        found.push([...trail]);
        return !all;
      }
      const rels = g.relationshipsOf(node, walk.direction);
      ctx.expanded(rels.length);
      for (let i = 0; i < rels.length; i++) {
        const r = rels[i] as number;
        if (used.has(r) || !allowed(g, walk, r)) continue;
        const o = otherEnd(g, r, node);
        const rest = hops.get(o);
        if (rest === undefined || trail.length + 1 + rest > length) continue;
        trail.push(r);
        used.add(r);
        const done = extend(o);
        trail.pop();
        used.delete(r);
        if (done) return true;
      }
      return false;
    };
    extend(from);
    if (found.length > 0) return found;
  }
  return [];
}
