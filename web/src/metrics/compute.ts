// Computes the declared metrics in the browser, each once per dataset and only when asked for.
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Dataset } from '../graph/dataset.js';
import { isAvailable, METRICS, type MetricDeclaration, type MetricId } from './declarations.js';
import { type MetricGraph, undirectedProjection } from './projection.js';

/** `projection` builds the metric graph on first call: degree needs none, and big graphs pay. */
type Compute = (dataset: Dataset, projection: () => MetricGraph) => Map<string, number>;

const COMPUTE: Record<MetricId, Compute> = {
  degree: (dataset) => new Map(dataset.view.nodes.map((n) => [n.id, n.degree])),
  pagerank: (_dataset, projection) =>
    new Map(Object.entries(pagerank(projection(), { getEdgeWeight: 'weight' }))),
  betweenness: (_dataset, projection) =>
    new Map(Object.entries(betweenness(projection(), { normalized: true }))),
  community: (_dataset, projection) =>
    new Map(
      Object.entries(louvain(projection(), { getEdgeWeight: 'weight', rng: seededRandom(7) })),
    ),
};

export function createMetricCache(dataset: Dataset) {
  const results = new Map<string, Map<string, number>>();
  let projection: MetricGraph | null = null;
  const getProjection = () => (projection ??= undirectedProjection(dataset));
  return {
    /** The metric's value per actor id; null for an unknown id or a graph too big for it. */
    get(id: string): Map<string, number> | null {
      const declaration = METRICS.find((m) => m.id === id);
      if (!declaration || !isAvailable(declaration, dataset.view.nodes.length)) return null;
      let values = results.get(id);
      if (!values) {
        values = COMPUTE[declaration.id](dataset, getProjection);
        results.set(id, values);
      }
      return values;
    },
    /** The metrics computed so far, for the table's columns. */
    computed(): Array<[MetricDeclaration, Map<string, number>]> {
      return METRICS.flatMap((m) => {
        const values = results.get(m.id);
        return values ? [[m, values] as [MetricDeclaration, Map<string, number>]] : [];
      });
    },
  };
}

export type MetricCache = ReturnType<typeof createMetricCache>;

/** Louvain visits nodes in random order; a fixed seed gives the same communities every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
