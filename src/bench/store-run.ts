// One store benchmark run, in a process of its own so memory figures are clean: times the steps
// of loading one dataset (validate, build, persist), reopens the store from the written file,
// times the queries and prints the figures as one JSON line. store.ts spawns it as
// `node --import tsx --expose-gc store-run.ts <size>`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../domain/schema.js';
import { validateDataset } from '../domain/validate.js';
import { readSeedDir } from '../seed/read.js';
import { DatasetGraph } from '../store/embedded/dataset-graph.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { DATA_FILE, writeDatasetFile } from '../store/embedded/persist.js';
import type { GraphStore } from '../store/types.js';
import { summarize, timeEach, type Summary } from './stats.js';
import { seededRandom, syntheticDataset } from './synthetic.js';

export const SIZES = {
  seed: undefined,
  '1k/5k': { actors: 1_000, relationships: 5_000 },
  '10k/50k': { actors: 10_000, relationships: 50_000 },
  '100k/500k': { actors: 100_000, relationships: 500_000 },
} as const;
export type SizeName = keyof typeof SIZES;

/** Random pairs (and single actors) per query kind. */
const SAMPLES = 300;
const GRAPH_VIEW_SAMPLES = 5;

export interface RunFigures {
  size: SizeName;
  actors: number;
  relationships: number;
  validateMs: number;
  buildMs: number;
  persistMs: number;
  /** openEmbeddedStore on the written file: read, parse, validate, build. */
  reopenMs: number;
  heapBytes: number;
  rssBytes: number;
  /** Highest RSS of the whole run: the synthetic dataset, its load, the write and the reopen. */
  peakRssBytes: number;
  queries: Record<string, Summary>;
}

export async function datasetFor(size: SizeName): Promise<Dataset> {
  const synthetic = SIZES[size];
  if (synthetic) return syntheticDataset(synthetic);
  const { raw, files } = await readSeedDir(path.resolve(import.meta.dirname, '../../seed'));
  const { dataset, issues } = validateDataset(raw, files);
  if (!dataset) throw new Error(`the seed does not validate: ${issues[0]?.message}`);
  return dataset;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function queries(store: GraphStore, ids: string[]): Promise<Record<string, Summary>> {
  const random = seededRandom(7);
  const any = () => ids[Math.floor(random() * ids.length)] as string;
  const pairs = Array.from({ length: SAMPLES }, () => [any(), any()] as const).filter(
    ([a, b]) => a !== b,
  );
  const singles = Array.from({ length: SAMPLES }, any);
  const names = await Promise.all(
    singles.map(async (id) => (await store.getActor(id))?.actor.name ?? id),
  );
  const pathQuery = (from: string, to: string, maxHops: number) => ({
    from,
    to,
    maxHops,
    directed: false,
    limit: 100,
  });
  return {
    'shortest paths (≤6 hops)': summarize(
      await timeEach(pairs, ([a, b]) => store.shortestPaths(pathQuery(a, b, 6))),
    ),
    'simple paths (≤4 hops, limit 100)': summarize(
      await timeEach(pairs, ([a, b]) => store.simplePaths(pathQuery(a, b, 4))),
    ),
    'neighbourhood (depth 2)': summarize(
      await timeEach(singles, (id) => store.neighbourhood(id, { depth: 2 })),
    ),
    getActor: summarize(await timeEach(singles, (id) => store.getActor(id))),
    'search (actor names)': summarize(await timeEach(names, (name) => store.search(name))),
    'getGraph (everything)': summarize(
      await timeEach(Array.from({ length: GRAPH_VIEW_SAMPLES }), () => store.getGraph(), 1),
    ),
  };
}

/** store.load's steps on an empty store, timed one by one; only the figures and ids outlive it. */
async function loadInParts(size: SizeName, file: string) {
  const raw = await datasetFor(size);
  const ids = raw.actors.map((a) => a.id);
  gc();
  let start = performance.now();
  const { dataset, names, layout, issues } = validateDataset(raw);
  const validateMs = performance.now() - start;
  if (!dataset) {
    throw new Error(`the ${size} dataset does not validate: ${issues[0]?.message}`);
  }
  start = performance.now();
  new DatasetGraph(dataset, names, layout);
  const buildMs = performance.now() - start;
  start = performance.now();
  await writeDatasetFile(file, dataset);
  const persistMs = performance.now() - start;
  return { ids, relationships: dataset.relationships.length, validateMs, buildMs, persistMs };
}

export async function run(size: SizeName): Promise<RunFigures> {
  if (!(size in SIZES)) {
    throw new Error(`unknown size "${size}" (known: ${Object.keys(SIZES).join(', ')})`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-'));
  try {
    const { ids, ...load } = await loadInParts(size, path.join(dir, DATA_FILE));
    gc();
    const start = performance.now();
    const store = await openEmbeddedStore(dir);
    const reopenMs = performance.now() - start;
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    const queryFigures = await queries(store, ids);
    await store.close();
    return {
      size,
      actors: ids.length,
      ...load,
      reopenMs,
      heapBytes: heapUsed,
      rssBytes: rss,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      queries: queryFigures,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  run(process.argv[2] as SizeName).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
