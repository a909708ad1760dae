// Comparing Cypher answers across stores: element ids differ between stores (and labels may
// come in another order), so elements are compared by their labels or type and properties;
// rows compare as multisets unless the query orders them.
import type { WireValue } from '../../../src/cypher/wire.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value with element ids dropped and labels sorted; maps' keys sorted. */
export function canonical(value: WireValue): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  const tag = (value as { $element?: unknown }).$element;
  if (tag === 'node') {
    const n = value as { labels: string[]; properties: Record<string, WireValue> };
    return { node: [...n.labels].sort(), props: canonical(n.properties) };
  }
  if (tag === 'relationship') {
    const r = value as { type: string; properties: Record<string, WireValue> };
    return { rel: r.type, props: canonical(r.properties) };
  }
  if (tag === 'path') {
    const p = value as { nodes: WireValue[]; relationships: WireValue[] };
    return { path: p.nodes.map(canonical), rels: p.relationships.map(canonical) };
  }
  const entries = Object.entries(value as Record<string, WireValue>).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

/** Rows as comparable text: in order when `ordered`, else sorted (a multiset). */
export function comparableRows(rows: WireValue[][], ordered: boolean): string[] {
  const texts = rows.map((row) => JSON.stringify(row.map(canonical)));
  return ordered ? texts : texts.sort();
}

/** Whether the query's final result is ordered: an ORDER BY after its last WITH. */
export function isOrdered(query: string): boolean {
  const tail = query.split(/\bWITH\b/i).at(-1) ?? query;
  return /\bORDER\s+BY\b/i.test(tail);
}
