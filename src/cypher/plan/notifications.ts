// The warnings Neo4j 5 gives with a query's results, found by the embedded engine with the same
// codes, titles and descriptions: a label, relationship type or property key that nothing in the
// graph has (most often a typo), and a MATCH of disconnected patterns (a cartesian product).
// The query's names are gathered once per plan; whether the graph has them is asked per run.
import { positionAt } from '../parse/lexer.js';
import type { Clause, Expr, LabelExpr, PatternPart, Query } from '../parse/ast.js';
import { isWritable, type QueryGraph } from '../graph/types.js';
import type { CypherNotification } from '../wire.js';

type NameKind = 'label' | 'type' | 'key';

/** A name the query reads, with the offset where it is written. */
export interface UsedName {
  kind: NameKind;
  name: string;
  offset: number;
}

export interface QueryNotices {
  /** Each name once, in the order of the text. */
  names: UsedName[];
  /** Cartesian products, ready to report whatever the graph holds. */
  cartesian: CypherNotification[];
}

const STATEMENT = 'Neo.ClientNotification.Statement.';
const MISSPELT =
  "make sure you didn't misspell it or that the label is available when you run this statement in your application";
const UNKNOWN: Record<NameKind, { code: string; title: string; text: (name: string) => string }> = {
  label: {
    code: `${STATEMENT}UnknownLabelWarning`,
    title: 'The provided label is not in the database.',
    text: (n) =>
      `One of the labels in your query is not available in the database, ${MISSPELT} (the missing label name is: ${n})`,
  },
  type: {
    code: `${STATEMENT}UnknownRelationshipTypeWarning`,
    title: 'The provided relationship type is not in the database.',
    text: (n) =>
      `One of the relationship types in your query is not available in the database, ${MISSPELT} (the missing relationship type is: ${n})`,
  },
  key: {
    code: `${STATEMENT}UnknownPropertyKeyWarning`,
    title: 'The provided property key is not in the database',
    text: (n) =>
      `One of the property names in your query is not available in the database, ${MISSPELT} (the missing property name is: ${n})`,
  },
};
const CARTESIAN =
  'If a part of a query contains multiple disconnected patterns, this will build a cartesian product between all those parts. This may produce a large amount of data and slow down query processing. While occasionally intended, it may often be possible to reformulate the query that avoids the use of this cross product, perhaps by adding a relationship between the different parts or by using OPTIONAL MATCH';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `name` is written after `from` (after one of `before`, plain or in backticks). */
function offsetOf(text: string, from: number, name: string, before = ''): number {
  const prefix = before ? `[${escape(before)}]\\s*` : '';
  const re = new RegExp(`${prefix}(\`${escape(name.replace(/`/g, '``'))}\`|${escape(name)})`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length - (m[1] as string).length : from;
}

function labelNames(e: LabelExpr): string[] {
  if (e.kind === 'label') return [e.name];
  if (e.kind === 'not') return labelNames(e.item);
  if (e.kind === 'any') return [];
  return e.items.flatMap(labelNames);
}

export function gatherNotices(query: Query, text: string): QueryNotices {
  const names: UsedName[] = [];
  const cartesian: CypherNotification[] = [];
  const labels = (e: LabelExpr, from: number) => {
    for (const name of labelNames(e))
      names.push({ kind: 'label', name, offset: offsetOf(text, from, name, ':|&!') });
  };
  const mapKeys = (e: Expr | undefined) => {
    if (e?.kind === 'map')
      for (const [key] of e.entries)
        names.push({ kind: 'key', name: key, offset: offsetOf(text, e.start, key) });
  };
  const pattern = (part: PatternPart) => {
    for (const node of part.nodes) {
      if (node.labels) labels(node.labels, node.start);
      mapKeys(node.properties);
    }
    for (const rel of part.rels) {
      for (const name of rel.types)
        names.push({ kind: 'type', name, offset: offsetOf(text, rel.start, name, ':|') });
      mapKeys(rel.properties);
    }
  };
  const visit = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(visit);
    if (typeof o !== 'object' || o === null) return;
    const node = o as Record<string, unknown> & { kind?: string };
    if (node.kind === 'literal') return;
    if (Array.isArray(node.nodes) && Array.isArray(node.rels)) pattern(o as PatternPart);
    const e = o as Expr;
    if (e.kind === 'hasLabels') labels(e.labels, e.start);
    // A key read from a map written in the query is no property of the graph.
    if (e.kind === 'prop' && e.target.kind !== 'map')
      names.push({ kind: 'key', name: e.key, offset: offsetOf(text, e.target.end, e.key) });
    if (e.kind === 'index' && e.index.kind === 'literal' && typeof e.index.value === 'string')
      names.push({ kind: 'key', name: e.index.value, offset: e.index.start });
    if (e.kind === 'mapProjection')
      for (const item of e.items)
        if (item.kind === 'property')
          names.push({ kind: 'key', name: item.key, offset: offsetOf(text, e.start, item.key) });
    if (node.kind === 'match')
      cartesian.push(...disconnected(o as Clause & { kind: 'match' }, text));
    for (const [k, v] of Object.entries(node)) if (k !== 'value' && typeof v === 'object') visit(v);
  };
  visit(query);
  // Each name once, at its first use: a run then only asks the graph about each.
  const first = new Map<string, UsedName>();
  for (const used of names.sort((a, b) => a.offset - b.offset))
    if (!first.has(`${used.kind}:${used.name}`)) first.set(`${used.kind}:${used.name}`, used);
  return { names: [...first.values()], cartesian };
}

function variablesOf(part: PatternPart): string[] {
  const vars: string[] = [];
  part.nodes.forEach((n, i) => {
    if (n.variable) vars.push(n.variable);
    const r = part.rels[i];
    if (r?.variable) vars.push(r.variable);
  });
  return vars;
}

/** One warning per group of a MATCH's patterns that shares no variable with the first group. */
function disconnected(match: Clause & { kind: 'match' }, text: string): CypherNotification[] {
  const groups: Array<{ vars: Set<string>; order: string[] }> = [];
  const add = (g: (typeof groups)[number], v: string) => {
    if (g.vars.has(v)) return;
    g.vars.add(v);
    g.order.push(v);
  };
  for (const part of match.patterns) {
    const vars = variablesOf(part);
    const joined = groups.filter((g) => vars.some((v) => g.vars.has(v)));
    const into = joined[0] ?? { vars: new Set<string>(), order: [] };
    if (!joined[0]) groups.push(into);
    for (const other of joined.slice(1)) {
      other.order.forEach((v) => add(into, v));
      groups.splice(groups.indexOf(other), 1);
    }
    vars.forEach((v) => add(into, v));
  }
  const position = positionAt(text, match.start);
  return groups.slice(1).map((g) => ({
    code: `${STATEMENT}CartesianProduct`,
    title: 'This query builds a cartesian product between disconnected patterns.',
    description: `${CARTESIAN} (${g.order.length === 1 ? 'identifier is' : 'identifiers are'}: (${g.order.join(', ')}))`,
    position,
  }));
}

const known = new WeakMap<QueryGraph, Map<string, boolean>>();

function has(graph: QueryGraph, { kind, name }: UsedName): boolean {
  if (kind === 'label') return !graph.nodesWithLabel(name)[Symbol.iterator]().next().done;
  if (kind === 'type') {
    const id = graph.typeId(name);
    if (id < 0) return false;
    for (const r of graph.relationships()) if (graph.relTypeId(r) === id) return true;
    return false;
  }
  for (const n of graph.nodes()) if (graph.nodeProperty(n, name) !== null) return true;
  for (const r of graph.relationships()) if (graph.relProperty(r, name) !== null) return true;
  return false;
}

/** The notices of a run on `graph`: the names it lacks, then the cartesian products. */
export function notificationsOn(
  graph: QueryGraph,
  notices: QueryNotices,
  text: string,
): CypherNotification[] {
  // A read-only graph's names never change: a query asked again (its plan cached) gets the
  // warnings worked out the first time, copied so that no caller shares them.
  const answered = isWritable(graph) ? undefined : warned.get(graph)?.get(notices);
  if (answered) return answered.slice();
  const result = lookUp(graph, notices, text);
  if (!isWritable(graph)) {
    const byQuery = warned.get(graph) ?? new WeakMap<QueryNotices, CypherNotification[]>();
    warned.set(graph, byQuery);
    byQuery.set(notices, result.slice());
  }
  return result;
}

/** Warnings already given for a query's notices on a read-only graph. */
const warned = new WeakMap<QueryGraph, WeakMap<QueryNotices, CypherNotification[]>>();

function lookUp(graph: QueryGraph, notices: QueryNotices, text: string): CypherNotification[] {
  // Each name is looked up once per read-only graph, whichever query uses it.
  const cache = isWritable(graph) ? new Map<string, boolean>() : (known.get(graph) ?? new Map());
  if (!isWritable(graph)) known.set(graph, cache);
  const out: CypherNotification[] = [];
  for (const used of notices.names) {
    const key = `${used.kind}:${used.name}`;
    let present = cache.get(key);
    if (present === undefined) cache.set(key, (present = has(graph, used)));
    if (present) continue;
    const { code, title, text: describe } = UNKNOWN[used.kind];
    out.push({
      code,
      title,
      description: describe(used.name),
      position: positionAt(text, used.offset),
    });
  }
  return [...out, ...notices.cartesian];
}
