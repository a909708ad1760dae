// The shareable part of the explorer's state as a query string: encode writes only what differs
// from the defaults; decode takes any string and keeps only values that are well formed and known.
import { DATE_PATTERN, DEFAULT_FILTERS, type Filters } from '../filters/filters.js';
import { DEFAULT_MAX_HOPS, MAX_HOPS, MIN_HOPS, type PathRequest } from '../paths/request.js';

export const VIEW_MODES = ['graph', 'table', 'cypher'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface UrlState {
  /** The selected actor's id. */
  selected: string | null;
  filters: Filters;
  path: PathRequest | null;
  /** The one path singled out on the graph, by rank; null shows them all. */
  pathRank: number | null;
  view: ViewMode;
  sizeBy: string;
  colourBy: string;
  /** The Cypher view's last query, so a link reproduces it. */
  cypher: string | null;
}

/** What decode may accept; the first size and colour metric are the defaults. */
export interface Known {
  kinds: readonly string[];
  types: readonly string[];
  sizeMetrics: readonly [string, ...string[]];
  colourMetrics: readonly [string, ...string[]];
  /** Whether an actor id exists in the dataset. */
  hasActor: (id: string) => boolean;
}

const MAX_NAME_LENGTH = 200;

export function defaultUrlState(known: Known): UrlState {
  return {
    selected: null,
    filters: DEFAULT_FILTERS,
    path: null,
    pathRank: null,
    view: 'graph',
    sizeBy: known.sizeMetrics[0],
    colourBy: known.colourMetrics[0],
    cypher: null,
  };
}

export function encodeUrlState(state: UrlState, known: Known): string {
  const q = new URLSearchParams();
  const f = state.filters;
  if (state.selected) q.set('actor', state.selected);
  if (f.hiddenKinds.length) q.set('hideKinds', f.hiddenKinds.join(','));
  if (f.hiddenTypes.length) q.set('hideTypes', f.hiddenTypes.join(','));
  if (f.since) q.set('since', f.since);
  if (f.until) q.set('until', f.until);
  if (f.contestedOnly) q.set('contested', '1');
  if (f.showIsolated) q.set('isolated', '1');
  if (state.path) {
    q.set('from', state.path.from);
    q.set('to', state.path.to);
    q.set('hops', String(state.path.maxHops));
    if (state.path.types.length) q.set('pathTypes', state.path.types.join(','));
    if (state.path.directed) q.set('directed', '1');
    if (state.pathRank !== null) q.set('rank', String(state.pathRank));
  }
  if (state.view !== 'graph') q.set('view', state.view);
  if (state.sizeBy !== known.sizeMetrics[0]) q.set('size', state.sizeBy);
  if (state.colourBy !== known.colourMetrics[0]) q.set('colour', state.colourBy);
  if (state.cypher) q.set('cypher', state.cypher);
  return q.toString();
}

export function decodeUrlState(search: string, known: Known): UrlState {
  const q = new URLSearchParams(search);
  const defaults = defaultUrlState(known);
  const selected = q.get('actor');
  const path = decodePath(q, known);
  return {
    selected: selected !== null && known.hasActor(selected) ? selected : null,
    filters: {
      hiddenKinds: knownList(q.get('hideKinds'), known.kinds),
      hiddenTypes: knownList(q.get('hideTypes'), known.types),
      since: date(q.get('since')),
      until: date(q.get('until')),
      contestedOnly: q.get('contested') === '1',
      showIsolated: q.get('isolated') === '1',
    },
    path,
    pathRank: path ? integer(q.get('rank'), 1, Number.MAX_SAFE_INTEGER) : null,
    view: oneOf(q.get('view'), VIEW_MODES) ?? defaults.view,
    sizeBy: oneOf(q.get('size'), known.sizeMetrics) ?? defaults.sizeBy,
    colourBy: oneOf(q.get('colour'), known.colourMetrics) ?? defaults.colourBy,
    cypher: cypherQuery(q.get('cypher')),
  };
}

function decodePath(q: URLSearchParams, known: Known): PathRequest | null {
  const from = name(q.get('from'));
  const to = name(q.get('to'));
  if (from === null || to === null) return null;
  return {
    from,
    to,
    maxHops: integer(q.get('hops'), MIN_HOPS, MAX_HOPS) ?? DEFAULT_MAX_HOPS,
    types: knownList(q.get('pathTypes'), known.types),
    directed: q.get('directed') === '1',
  };
}

function knownList(value: string | null, allowed: readonly string[]): string[] {
  if (value === null) return [];
  const wanted = new Set(value.split(',').map((v) => v.trim()));
  return allowed.filter((a) => wanted.has(a));
}

/** The API refuses queries over 10 KB; a longer one in a link is not kept. */
const MAX_QUERY_LENGTH = 10_240;

function cypherQuery(value: string | null): string | null {
  return value !== null && value.trim() !== '' && value.length <= MAX_QUERY_LENGTH ? value : null;
}

function name(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH ? trimmed : null;
}

function date(value: string | null): string | null {
  return value !== null && DATE_PATTERN.test(value) ? value : null;
}

function integer(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}
