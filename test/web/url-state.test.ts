// The shareable URL state: a full round trip, defaults that encode to nothing, and bad or hostile
// query strings that decode to safe defaults instead of throwing.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { COLOUR_OPTIONS, SIZE_OPTIONS } from '../../web/src/metrics/declarations.js';
import { DEFAULT_MAX_HOPS, MAX_HOPS } from '../../web/src/paths/request.js';
import {
  decodeUrlState,
  defaultUrlState,
  encodeUrlState,
  type Known,
  type UrlState,
} from '../../web/src/state/url.js';

const actors = new Set(['ttp', 'afghan-interim-government', 'kabul-city']);
const known: Known = {
  kinds: ACTOR_KINDS,
  types: RELATIONSHIP_TYPE_NAMES,
  sizeMetrics: SIZE_OPTIONS.map((m) => m.id) as [string, ...string[]],
  colourMetrics: COLOUR_OPTIONS.map((m) => m.id) as [string, ...string[]],
  hasActor: (id) => actors.has(id),
};
const defaults = defaultUrlState(known);

const full: UrlState = {
  selected: 'afghan-interim-government',
  filters: {
    hiddenKinds: ['Place', 'Event'],
    // Lists in vocabulary order, as the app keeps them.
    hiddenTypes: ['REPORTS_ON', 'LOCATED_IN'],
    since: '2024-12',
    until: '2025-01-15',
    contestedOnly: true,
    showIsolated: true,
  },
  path: { from: 'TTP', to: 'Kabul', maxHops: 5, types: ['SHELTERS', 'SUPPORTS'], directed: true },
  pathRank: 2,
  view: 'table',
  sizeBy: known.sizeMetrics[known.sizeMetrics.length - 1] as string,
  colourBy: known.colourMetrics[known.colourMetrics.length - 1] as string,
  cypher: "MATCH (a:Actor {id: 'ttp'})-[r]-(b)\nRETURN type(r), b.name & more",
};

describe('URL state', () => {
  it('drops a Cypher query too long for the API, or blank', () => {
    expect(decodeUrlState(`cypher=${'x'.repeat(10_241)}`, known).cypher).toBeNull();
    expect(decodeUrlState('cypher=%20%20', known).cypher).toBeNull();
  });

  it('round-trips a state that differs from the defaults everywhere', () => {
    expect(full.sizeBy).not.toBe(defaults.sizeBy);
    expect(full.colourBy).not.toBe(defaults.colourBy);
    const search = encodeUrlState(full, known);
    expect(decodeUrlState(search, known)).toEqual(full);
    expect(decodeUrlState(`?${search}`, known)).toEqual(full);
  });

  it('round-trips names with spaces, commas and non-ASCII letters', () => {
    const state = {
      ...defaults,
      path: { ...full.path!, from: 'Tehrik-e-Taliban, Pākistān', to: 'Kabul (city)' },
    };
    expect(decodeUrlState(encodeUrlState(state, known), known)).toEqual(state);
  });

  it('encodes the defaults as an empty query and reads an empty query as the defaults', () => {
    expect(encodeUrlState(defaults, known)).toBe('');
    expect(decodeUrlState('', known)).toEqual(defaults);
  });

  it('writes only the parameters that differ from the defaults', () => {
    const search = encodeUrlState({ ...defaults, selected: 'ttp' }, known);
    expect(search).toBe('actor=ttp');
  });

  it('drops unknown kinds and types, keeping the known ones in vocabulary order', () => {
    const state = decodeUrlState('hideKinds=Event,Dragon,Place&hideTypes=NOPE,MEETS', known);
    expect(state.filters.hiddenKinds).toEqual(['Place', 'Event']);
    expect(state.filters.hiddenTypes).toEqual(['MEETS']);
  });

  it.each([
    ['an unknown actor', 'actor=nobody', (s: UrlState) => s.selected === null],
    [
      'a malformed date',
      'since=2024-13&until=yesterday',
      (s: UrlState) => s.filters.since === null && s.filters.until === null,
    ],
    [
      'hops out of range',
      `from=a&to=b&hops=${MAX_HOPS + 1}`,
      (s: UrlState) => s.path?.maxHops === DEFAULT_MAX_HOPS,
    ],
    [
      'hops that are not a number',
      'from=a&to=b&hops=3e1',
      (s: UrlState) => s.path?.maxHops === DEFAULT_MAX_HOPS,
    ],
    ['a path with one end', 'from=TTP', (s: UrlState) => s.path === null],
    ['a blank end', 'from=TTP&to=%20%20', (s: UrlState) => s.path === null],
    ['an overlong name', `from=${'x'.repeat(201)}&to=b`, (s: UrlState) => s.path === null],
    ['a rank without a path', 'rank=2', (s: UrlState) => s.pathRank === null],
    ['a negative rank', 'from=a&to=b&rank=-1', (s: UrlState) => s.pathRank === null],
    ['an unknown view', 'view=map', (s: UrlState) => s.view === 'graph'],
    [
      'an unknown metric',
      'size=height&colour=mood',
      (s: UrlState) => s.sizeBy === defaults.sizeBy && s.colourBy === defaults.colourBy,
    ],
    [
      'flags other than 1',
      'contested=true&isolated=yes',
      (s: UrlState) => !s.filters.contestedOnly && !s.filters.showIsolated,
    ],
  ])('ignores %s', (_what, search, check) => {
    expect(check(decodeUrlState(search, known))).toBe(true);
  });

  it('survives garbage without throwing and falls back to the defaults', () => {
    for (const junk of ['%', '%%E0%A4%A', '&&&==&', '?=&=', 'actor', '\u0000\uffff', 'a=%ZZ']) {
      expect(decodeUrlState(junk, known)).toEqual(defaults);
    }
  });
});
