// Filters and what they leave visible: a pure function of the dataset and the filters, so the
// canvas only hides and shows elements and the layout never moves when a filter changes.
import type { CanvasEdge, CanvasView } from '../../../src/api/types.js';

export interface Filters {
  /** Actor kinds switched off. */
  hiddenKinds: string[];
  /** Relationship types switched off. */
  hiddenTypes: string[];
  /** Date window over the claims' dates, inclusive: YYYY, YYYY-MM or YYYY-MM-DD; null is open. */
  since: string | null;
  until: string | null;
  contestedOnly: boolean;
  /** Show actors that have no visible relationship left. */
  showIsolated: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenTypes: [],
  since: null,
  until: null,
  contestedOnly: false,
  showIsolated: false,
};

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Whether an edge's claim span overlaps the window. Dates are ISO prefixes, so plain string order
 * works: a bound like "2024-06" sorts before every day of June, and "2024-06\uffff" after them.
 * Undated relationships always stay, as in the API's own filter.
 */
export function inWindow(span: CanvasEdge['span'], since: string | null, until: string | null) {
  if (!span) return true;
  if (since !== null && span.last < since) return false;
  if (until !== null && span.first > `${until}\uffff`) return false;
  return true;
}

export function visibleElements(view: CanvasView, filters: Filters): Visible {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const kindShown = new Set<string>();
  for (const node of view.nodes) if (!hiddenKinds.has(node.kind)) kindShown.add(node.id);

  const edges = new Set<string>();
  const connected = new Set<string>();
  for (const edge of view.edges) {
    if (hiddenTypes.has(edge.type)) continue;
    if (!kindShown.has(edge.from) || !kindShown.has(edge.to)) continue;
    if (filters.contestedOnly && !edge.contested) continue;
    if (!inWindow(edge.span, filters.since, filters.until)) continue;
    edges.add(edge.id);
    connected.add(edge.from);
    connected.add(edge.to);
  }
  return { nodes: filters.showIsolated ? kindShown : connected, edges };
}

/** How many visible nodes of each kind and visible edges of each type, for the legend. */
export function visibleCounts(view: CanvasView, visible: Visible) {
  const kinds = new Map<string, number>();
  const types = new Map<string, number>();
  for (const node of view.nodes) {
    if (visible.nodes.has(node.id)) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  }
  for (const edge of view.edges) {
    if (visible.edges.has(edge.id)) types.set(edge.type, (types.get(edge.type) ?? 0) + 1);
  }
  return { kinds, types };
}

/** The first and last day any relationship's claims cover, for the date window's bounds. */
export function dateExtent(view: CanvasView): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { span } of view.edges) {
    if (!span) continue;
    if (first === null || span.first < first) first = span.first;
    if (last === null || span.last > last) last = span.last;
  }
  return first !== null && last !== null ? { first, last } : null;
}

export function isDefaultFilters(filters: Filters): boolean {
  return (
    filters.hiddenKinds.length === 0 &&
    filters.hiddenTypes.length === 0 &&
    filters.since === null &&
    filters.until === null &&
    filters.contestedOnly === DEFAULT_FILTERS.contestedOnly &&
    filters.showIsolated === DEFAULT_FILTERS.showIsolated
  );
}
