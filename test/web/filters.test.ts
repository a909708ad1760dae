// The explorer's filters, on the fixture store's real graph view as the explorer receives it (the
// compact encoding, decoded): each filter hides exactly what it should, and the date, type and
// contested filters agree with the API's own GraphFilter.
import { beforeAll, describe, expect, it } from 'vitest';
import { compactGraph } from '../../src/api/compact-graph.js';
import type { CanvasView } from '../../src/api/types.js';
import type { GraphStore } from '../../src/store/types.js';
import { decodeCompactGraph } from '../../web/src/graph/compact.js';
import {
  DEFAULT_FILTERS,
  dateExtent,
  inWindow,
  visibleCounts,
  visibleElements,
  type Filters,
} from '../../web/src/filters/filters.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
let store: GraphStore;
let view: CanvasView;

beforeAll(async () => {
  store = await openFixtureStore(makeDir);
  view = decodeCompactGraph(compactGraph(await store.getGraph()));
});

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const ids = (items: Array<{ id: string }>) => new Set(items.map((i) => i.id));

describe('visibleElements', () => {
  it('shows every relationship and every connected actor by default', () => {
    const visible = visibleElements(view, DEFAULT_FILTERS);
    expect(visible.edges).toEqual(ids(view.edges));
    const connected = new Set(view.edges.flatMap((e) => [e.from, e.to]));
    expect(visible.nodes).toEqual(connected);
  });

  it('shows actors left without a visible relationship only when asked', () => {
    const onlyMeets = filters({
      hiddenTypes: [...new Set(view.edges.map((e) => e.type))].filter((t) => t !== 'MEETS'),
    });
    const meets = view.edges.filter((e) => e.type === 'MEETS');
    expect(meets.length).toBeGreaterThan(0);
    expect(visibleElements(view, onlyMeets).nodes).toEqual(
      new Set(meets.flatMap((e) => [e.from, e.to])),
    );
    expect(visibleElements(view, { ...onlyMeets, showIsolated: true }).nodes).toEqual(
      ids(view.nodes),
    );
  });

  it('hides a kind and exactly the relationships touching it', () => {
    const kindOf = new Map(view.nodes.map((n) => [n.id, n.kind]));
    const visible = visibleElements(view, filters({ hiddenKinds: ['Place'], showIsolated: true }));
    for (const node of view.nodes) {
      expect(visible.nodes.has(node.id)).toBe(node.kind !== 'Place');
    }
    for (const edge of view.edges) {
      const touchesPlace = kindOf.get(edge.from) === 'Place' || kindOf.get(edge.to) === 'Place';
      expect(visible.edges.has(edge.id)).toBe(!touchesPlace);
    }
  });

  it('keeps the same relationship types as the API filter', async () => {
    const types = ['SHELTERS', 'LOCATED_IN', 'MEETS'];
    const hiddenTypes = [...new Set(view.edges.map((e) => e.type))].filter(
      (t) => !types.includes(t),
    );
    const server = await store.getGraph({ types });
    expect(visibleElements(view, filters({ hiddenTypes })).edges).toEqual(ids(server.edges));
  });

  it('keeps contested relationships only, as the API filter does', async () => {
    const server = await store.getGraph({ contestedOnly: true });
    expect(server.edges.length).toBeGreaterThan(0);
    expect(visibleElements(view, filters({ contestedOnly: true })).edges).toEqual(
      ids(server.edges),
    );
  });

  it.each([
    ['2024-12', '2024-12'],
    ['2024-12-25', '2025'],
    ['2023', '2023'],
    ['2025-01', null],
    [null, '2024-12-24'],
  ])('windows the dates from %s to %s as the API filter does', async (since, until) => {
    const server = await store.getGraph({ from: since ?? undefined, to: until ?? undefined });
    const visible = visibleElements(view, filters({ since, until }));
    expect(server.edges.length).toBeLessThan(view.edges.length);
    expect(visible.edges).toEqual(ids(server.edges));
    // Undated relationships stay whatever the window.
    for (const edge of view.edges.filter((e) => !e.span))
      expect(visible.edges.has(edge.id)).toBe(true);
  });

  it('combines filters: every visible edge passes each of them', () => {
    const visible = visibleElements(
      view,
      filters({ hiddenKinds: ['Event'], contestedOnly: true, since: '2024-12' }),
    );
    const kindOf = new Map(view.nodes.map((n) => [n.id, n.kind]));
    for (const edge of view.edges.filter((e) => visible.edges.has(e.id))) {
      expect(edge.contested).toBe(true);
      expect(kindOf.get(edge.from)).not.toBe('Event');
      expect(kindOf.get(edge.to)).not.toBe('Event');
      expect(!edge.span || edge.span.last >= '2024-12-01').toBe(true);
    }
  });

  it('can hide everything, leaving nothing visible', () => {
    const kinds = [...new Set(view.nodes.map((n) => n.kind))];
    const visible = visibleElements(view, filters({ hiddenKinds: kinds, showIsolated: true }));
    expect(visible.nodes.size).toBe(0);
    expect(visible.edges.size).toBe(0);
  });
});

describe('inWindow', () => {
  const span = { first: '2024-12-24', last: '2025-01-10' };

  it('includes both ends of the window, at every precision', () => {
    expect(inWindow(span, '2025-01-10', null)).toBe(true);
    expect(inWindow(span, '2025-01-11', null)).toBe(false);
    expect(inWindow(span, null, '2024-12-24')).toBe(true);
    expect(inWindow(span, null, '2024-12-23')).toBe(false);
    expect(inWindow(span, null, '2024-12')).toBe(true);
    expect(inWindow(span, null, '2024-11')).toBe(false);
    expect(inWindow(span, '2025', null)).toBe(true);
    expect(inWindow(span, '2026', null)).toBe(false);
  });

  it('keeps undated relationships', () => {
    expect(inWindow(undefined, '2030', '2030')).toBe(true);
  });
});

describe('legend figures', () => {
  it('counts visible actors by kind and relationships by type', () => {
    const visible = visibleElements(view, filters({ hiddenKinds: ['Person'] }));
    const counts = visibleCounts(view, visible);
    expect([...counts.kinds.values()].reduce((a, b) => a + b, 0)).toBe(visible.nodes.size);
    expect([...counts.types.values()].reduce((a, b) => a + b, 0)).toBe(visible.edges.size);
    expect(counts.kinds.has('Person')).toBe(false);
  });

  it('spans the earliest and latest claim dates', () => {
    const spans = view.edges.flatMap((e) => (e.span ? [e.span] : []));
    expect(dateExtent(view)).toEqual({
      first: spans.map((s) => s.first).sort()[0],
      last: spans
        .map((s) => s.last)
        .sort()
        .at(-1),
    });
    expect(dateExtent({ nodes: [], edges: [] })).toBeNull();
  });
});
