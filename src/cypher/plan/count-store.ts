// Recognises `MATCH (:A)-[r:T]->(:B) RETURN type(r), count(*)` and its variants (any labels,
// types or direction given, count(*) or count(r), with or without type(r)), which a graph that
// keeps relationship counts answers without walking a relationship, as Neo4j's count store does.
import type { Clause, Expr, NodePattern, Projection } from '../parse/ast.js';

export interface CountByType {
  startLabel?: string;
  endLabel?: string;
  types: string[];
  /** Per projection item: the relationship's type or the count. */
  items: Array<'type' | 'count'>;
}

function singleLabel(node: NodePattern): string | undefined | false {
  if (node.variable !== undefined || node.properties || node.where) return false;
  if (!node.labels) return undefined;
  return node.labels.kind === 'label' ? node.labels.name : false;
}

function itemKind(e: Expr, rel: string | undefined): 'type' | 'count' | undefined {
  if (e.kind !== 'call' || e.distinct) return undefined;
  const name = e.name.toLowerCase();
  if (name === 'count' && e.star) return 'count';
  const arg = e.args[0];
  if (e.args.length !== 1 || arg?.kind !== 'var' || arg.name !== rel || rel === undefined)
    return undefined;
  if (name === 'count') return 'count';
  return name === 'type' ? 'type' : undefined;
}

export function countByType(match: Clause, next: Clause | undefined): CountByType | undefined {
  if (match.kind !== 'match' || match.optional || match.where || match.patterns.length !== 1)
    return undefined;
  if (next?.kind !== 'return' && next?.kind !== 'with') return undefined;
  const part = match.patterns[0];
  const rel = part?.rels[0];
  const [a, b] = part?.nodes ?? [];
  if (!part || !rel || !a || !b || part.rels.length !== 1 || part.pathVariable || part.shortest)
    return undefined;
  if (rel.length || rel.properties || rel.where || rel.direction === 'both') return undefined;
  const la = singleLabel(a);
  const lb = singleLabel(b);
  if (la === false || lb === false) return undefined;
  const projection: Projection = next.projection;
  if (projection.distinct || projection.star || projection.items.length === 0) return undefined;
  const items = projection.items.map((item) => itemKind(item.expr, rel.variable));
  if (items.some((k) => k === undefined) || !items.includes('count')) return undefined;
  const [startLabel, endLabel] = rel.direction === 'out' ? [la, lb] : [lb, la];
  return {
    ...(startLabel !== undefined && { startLabel }),
    ...(endLabel !== undefined && { endLabel }),
    types: rel.types,
    items: items as Array<'type' | 'count'>,
  };
}
