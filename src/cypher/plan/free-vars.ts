// The variable names an expression reads, so that the planner can tell when a predicate or a
// seek value can be evaluated. Over-approximates (names bound inside comprehensions count),
// which can only delay a predicate, never run it too early.
import type { Expr, PatternPart } from '../parse/ast.js';

export function freeVariables(e: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(e)) {
    for (const x of e) freeVariables(x, out);
    return out;
  }
  if (typeof e !== 'object' || e === null) return out;
  const node = e as Partial<Expr> & Record<string, unknown>;
  if (node.kind === 'var') out.add((node as { name: string }).name);
  if (node.kind === 'mapProjection') out.add((node as { target: string }).target);
  if (node.kind === 'literal') return out;
  // Node and relationship patterns (in pattern predicates and comprehensions) name variables too.
  if (node.kind === undefined && typeof node.variable === 'string') out.add(node.variable);
  for (const [k, v] of Object.entries(node))
    if (k !== 'value' && typeof v === 'object') freeVariables(v, out);
  return out;
}

export function patternVariables(part: PatternPart): string[] {
  const names: string[] = [];
  if (part.pathVariable) names.push(part.pathVariable);
  for (const n of part.nodes) if (n.variable) names.push(n.variable);
  for (const r of part.rels) if (r.variable) names.push(r.variable);
  return names;
}

/** The conjuncts of a predicate: a AND b AND c gives [a, b, c]. */
export function conjuncts(e: Expr | undefined): Expr[] {
  if (!e) return [];
  if (e.kind === 'binary' && e.op === 'AND') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}
