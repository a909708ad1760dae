// How the differential suite decides that two stores gave the same answer: element ids differ
// between stores, so nodes compare by labels and properties and relationships by type,
// properties and ends; rows compare as multisets, or in order when the query orders them, rows
// tied on every ORDER BY key then compared as a group (either store may put ties in any order).
import type { CypherAnswer, WireNode, WireValue } from '../../../src/cypher/wire.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One answer in comparable form: its columns and its rows, grouped by ties when ordered. */
export interface Comparable {
  columns: string[];
  /** Each group is a sorted list of rows as JSON text; unordered answers are a single group. */
  groups: string[][];
}

function sortedEntries(map: Record<string, WireValue>): Array<[string, WireValue]> {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The value without element ids: a relationship's ends are the nodes they name, when known. */
function canonical(value: WireValue, nodes: Map<string, Json>): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => canonical(v, nodes));
  const element = value as { $element?: unknown };
  const props = (p: Record<string, WireValue>) =>
    Object.fromEntries(sortedEntries(p).map(([k, v]) => [k, canonical(v, nodes)]));
  if (element.$element === 'node') {
    const n = value as WireNode;
    return { node: [...n.labels].sort(), props: props(n.properties) };
  }
  if (element.$element === 'relationship') {
    const r = value as { type: string; startElementId: string; endElementId: string };
    const rel = value as { properties: Record<string, WireValue> };
    return {
      rel: r.type,
      props: props(rel.properties),
      // An end the answer does not hold is unknown on both sides alike.
      start: nodes.get(r.startElementId) ?? '?',
      end: nodes.get(r.endElementId) ?? '?',
    };
  }
  if (element.$element === 'path') {
    const p = value as { nodes: WireValue[]; relationships: WireValue[] };
    return {
      path: p.nodes.map((v) => canonical(v, nodes)),
      rels: p.relationships.map((v) => canonical(v, nodes)),
    };
  }
  return props(value as Record<string, WireValue>);
}

/** The value with every list's items in one fixed order, for lists whose order is undefined. */
function sortLists(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value))
    return value
      .map(sortLists)
      .map((v) => [JSON.stringify(v), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortLists(v)]));
}

/** The final ORDER BY's sort keys as written, or none when the result is not ordered. */
export function orderKeys(query: string): string[] {
  const tail = query.split(/\bRETURN\b/i).at(-1) ?? query;
  const match = /\bORDER\s+BY\b([\s\S]*?)(?:\bSKIP\b|\bLIMIT\b|$)/i.exec(tail);
  if (!match) return [];
  const keys: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of match[1] ?? '') {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      keys.push(current);
      current = '';
    } else current += ch;
  }
  keys.push(current);
  return keys.map((k) => k.replace(/\s+(ASC|ASCENDING|DESC|DESCENDING)\s*$/i, '').trim());
}

/**
 * The answer in comparable form. `keys` are the ORDER BY keys ([] when unordered); a key that is
 * not a returned column makes ties undetectable, so the rows then compare strictly in order.
 */
export function comparable(
  answer: Pick<CypherAnswer, 'columns' | 'rows' | 'graph'>,
  keys: readonly string[],
  { only, unorderedLists = false }: { only?: readonly string[]; unorderedLists?: boolean } = {},
): Comparable {
  const nodes = new Map(answer.graph.nodes.map((n) => [n.elementId, canonical(n, new Map())]));
  const picked = (only ?? answer.columns).map((name) => answer.columns.indexOf(name));
  const cell = (v: WireValue) => {
    const c = canonical(v, nodes);
    return unorderedLists ? sortLists(c) : c;
  };
  const rows = answer.rows.map((row) => picked.map((i) => cell(row[i] ?? null)));
  const columns = picked.map((i) => answer.columns[i] ?? '?');
  const text = (row: Json[]) => JSON.stringify(row);
  if (keys.length === 0) return { columns, groups: [rows.map(text).sort()] };
  const keyIndexes = keys.map((k) => answer.columns.indexOf(k));
  if (keyIndexes.includes(-1)) return { columns, groups: rows.map((row) => [text(row)]) };
  const groups: string[][] = [];
  let lastKey: string | undefined;
  answer.rows.forEach((row, i) => {
    const key = JSON.stringify(keyIndexes.map((k) => cell(row[k] ?? null)));
    if (key !== lastKey) groups.push([]);
    groups.at(-1)?.push(text(rows[i] ?? []));
    lastKey = key;
  });
  return { columns, groups: groups.map((g) => g.sort()) };
}
