// One store benchmark step, in a process of its own so memory and timing figures are clean.
// `load <size> <dir>` times the steps of loading one dataset (validate, build, write graph.json);
// `reopen <dir>` opens the written store in a fresh process (as a restarted server would), reads
// its memory, then times the queries. Each prints its figures as one JSON line; store.ts spawns
// them as `node --expose-gc store-run.js ...` (child.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../domain/schema.js';
import { validateDataset } from '../domain/validate.js';
import { defaultSeedDir } from '../seed/package-root.js';
import { readSeedDir } from '../seed/read.js';
import { DatasetGraph } from '../store/embedded/dataset-graph.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { DATA_FILE } from '../store/embedded/persist.js';
import { writeStoreFiles } from '../store/embedded/store.js';
import type { GraphStore } from '../store/types.js';
import { summarize, timeEach, type Summary } from './stats.js';
import { seededRandom, syntheticDataset } from './synthetic.js';

export const SIZES = {
  seed: undefined,
  '1k/5k': { actors: 1_000, relationships: 5_000 },
  '10k/50k': { actors: 10_000, relationships: 50_000 },
  '100k/500k': { actors: 100_000, relationships: 500_000 },
  '300k/1.5M': { actors: 300_000, relationships: 1_500_000 },
} as const;
export type SizeName = keyof typeof SIZES;

/** Random pairs (and single actors) per query kind, after WARM_UP untimed ones. */
export const SAMPLES = 1000;
const WARM_UP = 100;
/** Most time one query kind may take at one size; slow kinds report fewer samples (see n). */
const QUERY_BUDGET_MS = 20_000;
export const GRAPH_VIEW_SAMPLES = 5;
export const GRAPH_VIEW = 'getGraph (everything)';

export interface LoadFigures {
  size: SizeName;
  actors: number;
  relationships: number;
  validateMs: number;
  buildMs: number;
  persistMs: number;
  /** Highest RSS of the load process: the synthetic dataset, its load and the write. */
  peakRssBytes: number;
}

export interface ReopenFigures {
  /** openEmbeddedStore on the written file in a fresh process: read, parse, check, build. */
  reopenMs: number;
  heapBytes: number;
  rssBytes: number;
  queries: Record<string, Summary>;
}

export type RunFigures = LoadFigures & ReopenFigures;

export async function datasetFor(size: SizeName): Promise<Dataset> {
  const synthetic = SIZES[size];
  if (synthetic) return syntheticDataset(synthetic);
  const { raw, files } = await readSeedDir(defaultSeedDir());
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
  const count = SAMPLES + WARM_UP;
  const pairs = Array.from({ length: count }, () => [any(), any()] as const).filter(
    ([a, b]) => a !== b,
  );
  const singles = Array.from({ length: count }, any);
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
  const timed = async <T>(inputs: readonly T[], fn: (input: T) => unknown) =>
    summarize(await timeEach(inputs, fn, { warmUp: WARM_UP, budgetMs: QUERY_BUDGET_MS }));
  return {
    'shortest paths (≤6 hops)': await timed(pairs, ([a, b]) =>
      store.shortestPaths(pathQuery(a, b, 6)),
    ),
    'simple paths (≤4 hops, limit 100)': await timed(pairs, ([a, b]) =>
      store.simplePaths(pathQuery(a, b, 4)),
    ),
    'neighbourhood (depth 2)': await timed(singles, (id) => store.neighbourhood(id, { depth: 2 })),
    getActor: await timed(singles, (id) => store.getActor(id)),
    'search (actor names)': await timed(names, (name) => store.search(name)),
    [GRAPH_VIEW]: summarize(
      await timeEach(Array.from({ length: GRAPH_VIEW_SAMPLES }), () => store.getGraph(), {
        warmUp: 1,
      }),
    ),
  };
}

/** store.load's steps on an empty store, timed one by one, ending in the written graph.json. */
async function load(size: SizeName, dir: string): Promise<LoadFigures> {
  if (!(size in SIZES)) {
    throw new Error(`unknown size "${size}" (known: ${Object.keys(SIZES).join(', ')})`);
  }
  const raw = await datasetFor(size);
  gc();
  let start = performance.now();
  const { dataset, names, layout, issues } = validateDataset(raw);
  const validateMs = performance.now() - start;
  if (!dataset) {
    throw new Error(`the ${size} dataset does not validate: ${issues[0]?.message}`);
  }
  start = performance.now();
  const graph = new DatasetGraph(dataset, names, layout);
  const buildMs = performance.now() - start;
  start = performance.now();
  await writeStoreFiles(path.join(dir, DATA_FILE), graph, dataset, layout);
  const persistMs = performance.now() - start;
  return {
    size,
    actors: dataset.actors.length,
    relationships: dataset.relationships.length,
    validateMs,
    buildMs,
    persistMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

async function reopen(dir: string): Promise<ReopenFigures> {
  const start = performance.now();
  const store = await openEmbeddedStore(dir);
  const reopenMs = performance.now() - start;
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  const ids = (await store.exportDataset()).actors.map((a) => a.id);
  const queryFigures = await queries(store, ids);
  await store.close();
  return { reopenMs, heapBytes: heapUsed, rssBytes: rss, queries: queryFigures };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [step, ...args] = process.argv.slice(2);
  const run =
    step === 'load'
      ? load(args[0] as SizeName, args[1] as string)
      : step === 'reopen'
        ? reopen(args[0] as string)
        : Promise.reject(new Error(`usage: store-run.ts load <size> <dir> | reopen <dir>`));
  run.then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
