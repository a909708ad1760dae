// Shared by the compact-graph tests on each store: the seed and a synthetic graph served by
// createApp, and GET /api/graph/compact decoded must equal GET /api/graph's canvas fields.
import { expect } from 'vitest';
import type { CanvasView, GraphView } from '../../../src/api/types.js';
import { syntheticDataset } from '../../../src/bench/synthetic.js';
import { defaultSeedDir, seedStore } from '../../../src/seed/index.js';
import type { GraphStore } from '../../../src/store/types.js';
import { decodeCompactGraph } from '../../../web/src/graph/compact.js';
import { serveApp } from '../harness.js';

/** The oracle: what of the full view the canvas, filters and table read. */
export function canvasFields(view: GraphView): CanvasView {
  return {
    nodes: view.nodes.map(({ id, name, kind, degree }) => ({ id, name, kind, degree })),
    edges: view.edges.map(({ sources, ...edge }) => ({ ...edge, sourceCount: sources.length })),
  };
}

/** Every filter of /api/graph, alone and combined. */
const QUERIES = [
  '',
  '?kinds=ArmedGroup,State,Person',
  '?types=STRIKES,ALLIED_WITH,MEETS',
  '?from=2019&to=2023-06',
  '?minClaims=2',
  '?contested=true',
  '?kinds=ArmedGroup,Government,Person&from=2016-03-01&contested=false',
];

async function expectRoundTrips(store: GraphStore): Promise<void> {
  const api = await serveApp(store);
  try {
    for (const query of QUERIES) {
      const full = await api.get(`/api/graph${query}`);
      const compact = await api.get(`/api/graph/compact${query}`);
      expect(full.status, query).toBe(200);
      expect(compact.status, query).toBe(200);
      expect(decodeCompactGraph(compact.json), query).toEqual(canvasFields(full.json));
      // Smaller than the full view whenever there is something to draw.
      if (full.json.edges.length > 0) expect(compact.text.length).toBeLessThan(full.text.length);
    }
  } finally {
    await api.close();
  }
}

export async function roundTripSeed(store: GraphStore): Promise<void> {
  await seedStore(store, defaultSeedDir(), { reset: true });
  const { nodes, edges } = await store.getGraph();
  expect(nodes.length).toBeGreaterThan(50);
  expect(edges.some((e) => e.span) && edges.some((e) => !e.span)).toBe(true);
  expect(edges.some((e) => e.contested) && edges.some((e) => e.symmetric)).toBe(true);
  await expectRoundTrips(store);
}

export async function roundTripSynthetic(store: GraphStore): Promise<void> {
  await store.load(syntheticDataset({ actors: 1_000, relationships: 5_000 }), 'replace');
  await expectRoundTrips(store);
}
