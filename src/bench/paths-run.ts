// One side of the shortest-path comparison, in a process of its own: builds one engine's graph
// from a synthetic dataset and times shortest paths on fixed random pairs, with limit 1 and with
// every shortest path (up to 100). Each side is timed from two actor ids to the paths' actor ids:
// `embedded` checks the query and resolves the ids (checkPathQuery), searches this store's typed
// arrays (shortestWalks, `truncated` included) and names each path's actors; `graphology` is
// graphology-shortest-path on an undirected graphology graph: its bidirectional search for one
// path, and Brandes' single-source predecessors walked back from the target for all of them (the
// library has nothing closer). The store's whole answer for one path, with the records,
// summaries and sources of its PathSet, which graphology has no counterpart of, is timed as well.
// Prints samples and path lengths as one JSON line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import { bidirectional, brandes } from 'graphology-shortest-path/unweighted.js';
import type { Dataset } from '../domain/schema.js';
import { validateDataset } from '../domain/validate.js';
import { DatasetGraph } from '../store/embedded/dataset-graph.js';
import { checkPathQuery } from '../store/embedded/path-query.js';
import { shortestPaths, shortestWalks } from '../store/embedded/shortest-paths.js';
import { MAX_HOPS } from '../store/params.js';
import { SIZES, type SizeName } from './store-run.js';
import { seededRandom, syntheticDataset } from './synthetic.js';

export const PAIRS = 1000;
export const WARM_UP = 100;
export const ALL_LIMIT = 100;
/** Most time one engine may take on one query kind; Brandes' whole-graph search is slow at size. */
export const BUDGET_MS = 20_000;
const WARM_UP_BUDGET_MS = 5_000;

export type Engine = 'embedded' | 'graphology';

export interface EngineFigures {
  /** ms per query, in pair order, warm-up excluded; fewer than PAIRS when the budget ran out. */
  one: number[];
  all: number[];
  /** ms per store query for one path with its whole PathSet (embedded only). */
  oneWhole: number[];
  /** Hops of the shortest path per pair (-1: none within MAX_HOPS); the engines must agree. */
  lengths: number[];
  /** How many paths the all-shortest query gave per pair. */
  counts: number[];
}

type Query = (from: string, to: string, limit: number) => string[][];

interface Queries {
  search: Query;
  /** The store's whole answer, where the engine is a store. */
  whole?: Query;
}

function embedded(dataset: Dataset): Queries {
  const { dataset: valid, names, layout } = validateDataset(dataset);
  if (!valid) throw new Error('the synthetic dataset does not validate');
  const graph = new DatasetGraph(valid, names, layout);
  const query = (from: string, to: string, limit: number) => ({
    from,
    to,
    maxHops: MAX_HOPS,
    directed: false,
    limit,
  });
  return {
    search: (from, to, limit) =>
      shortestWalks(graph, checkPathQuery(graph, query(from, to, limit))).walks.map((w) =>
        w.nodes.map((n) => graph.actorAt(n).id),
      ),
    whole: (from, to, limit) =>
      shortestPaths(graph, query(from, to, limit)).paths.map((p) => p.nodes),
  };
}

function graphology(dataset: Dataset): Queries {
  const graph = new UndirectedGraph();
  for (const a of dataset.actors) graph.addNode(a.id);
  for (const r of dataset.relationships) graph.mergeEdge(r.from, r.to);
  const search: Query = (from, to, limit) => {
    if (limit === 1) {
      const found = bidirectional(graph, from, to);
      return found && found.length - 1 <= MAX_HOPS ? [found] : [];
    }
    const [, predecessors, sigma] = brandes(graph, from);
    if (!sigma[to]) return [];
    const found: string[][] = [];
    const back = (node: string, tail: string[]): void => {
      if (found.length === limit) return;
      if (node === from) {
        found.push([from, ...tail]);
        return;
      }
      for (const p of predecessors[node] ?? []) back(p, [node, ...tail]);
    };
    back(to, []);
    return found.length > 0 && (found[0]?.length ?? 0) - 1 <= MAX_HOPS ? found : [];
  };
  return { search };
}

/** The fixed random pairs of distinct actors, the same for every engine. */
export function pairsFor(ids: readonly string[]): [string, string][] {
  const random = seededRandom(11);
  const pick = () => ids[Math.floor(random() * ids.length)] as string;
  const pairs: [string, string][] = [];
  while (pairs.length < PAIRS + WARM_UP) {
    const [a, b] = [pick(), pick()];
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

function timed(pairs: [string, string][], run: (a: string, b: string) => string[][]) {
  const times: number[] = [];
  const answers: string[][][] = [];
  const warmUntil = performance.now() + WARM_UP_BUDGET_MS;
  let until = Infinity;
  for (const [i, [a, b]] of pairs.entries()) {
    // A slow engine warms up on fewer pairs; the timed pairs stay the same for both engines.
    if (i < WARM_UP && performance.now() > warmUntil) continue;
    if (i === WARM_UP) until = performance.now() + BUDGET_MS;
    const start = performance.now();
    const paths = run(a, b);
    const end = performance.now();
    if (i >= WARM_UP) {
      times.push(end - start);
      answers.push(paths);
    }
    if (end > until) break;
  }
  return { times, answers };
}

function run(engine: Engine, size: SizeName): EngineFigures {
  const spec = SIZES[size];
  if (!spec) throw new Error(`size "${size}" is not a synthetic one`);
  const dataset = syntheticDataset(spec);
  const { search, whole } = (engine === 'embedded' ? embedded : graphology)(dataset);
  const pairs = pairsFor(dataset.actors.map((a) => a.id));
  const one = timed(pairs, (a, b) => search(a, b, 1));
  const all = timed(pairs, (a, b) => search(a, b, ALL_LIMIT));
  const oneWhole = whole ? timed(pairs, (a, b) => whole(a, b, 1)).times : [];
  return {
    one: one.times,
    all: all.times,
    oneWhole,
    lengths: one.answers.map((paths) => (paths[0] ? paths[0].length - 1 : -1)),
    counts: all.answers.map((paths) => paths.length),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const figures = run(process.argv[2] as Engine, process.argv[3] as SizeName);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
}
