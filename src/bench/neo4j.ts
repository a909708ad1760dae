// `npm run bench -- neo4j`: the embedded store and Neo4j side by side (NEO4J_URI) on the same
// graphs and the same random pairs: load time, path and neighbourhood query percentiles and
// /api/paths requests per second, with the ratio embedded / Neo4j for each. It replaces the
// actorgraph data in that database.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../api/app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { openNeo4jStore } from '../store/neo4j/index.js';
import type { GraphStore } from '../store/types.js';
import { summarize, timeEach, type Summary } from './stats.js';
import { datasetFor, type SizeName } from './store-run.js';
import { seededRandom } from './synthetic.js';
import { ms, renderTable } from './table.js';
import { below, combinedVerdict, verdictOf, type Target } from './targets.js';

const SIZES: SizeName[] = ['seed', '10k/50k', '100k/500k'];

/** NEO4J_BENCH_SIZES=seed,10k/50k runs fewer sizes: Neo4j takes minutes at 100k/500k. */
function chosenSizes(): SizeName[] {
  const asked = process.env.NEO4J_BENCH_SIZES?.split(',').map((s) => s.trim());
  if (!asked) return SIZES;
  const unknown = asked.filter((s) => !SIZES.includes(s as SizeName));
  if (unknown.length > 0) {
    throw new Error(
      `NEO4J_BENCH_SIZES: unknown size(s) ${unknown.join(', ')} (known: ${SIZES.join(', ')})`,
    );
  }
  return asked as SizeName[];
}
const SHORTEST = 'shortest path (≤6 hops)';
const QUERIES = ['shortest', 'simple', 'neighbourhood'];

/** NEO4J_BENCH_QUERIES=shortest,simple times fewer queries, for a shorter run at 100k/500k. */
function chosenQueries(): string[] {
  const asked = process.env.NEO4J_BENCH_QUERIES?.split(',').map((s) => s.trim());
  if (!asked) return QUERIES;
  const unknown = asked.filter((q) => !QUERIES.includes(q));
  if (unknown.length > 0) {
    throw new Error(
      `NEO4J_BENCH_QUERIES: unknown query(s) ${unknown.join(', ')} (known: ${QUERIES.join(', ')})`,
    );
  }
  return asked;
}

/** Random pairs per query; Neo4j answers in milliseconds, so fewer than the embedded bench. */
const SAMPLES = 100;
const HTTP_SECONDS = 5;
const HTTP_CONNECTIONS = 10;

interface StoreFigures {
  loadMs: number;
  queries: Record<string, Summary>;
  pathsRps: number;
}

async function queryFigures(store: GraphStore, ids: string[]): Promise<Record<string, Summary>> {
  const random = seededRandom(7);
  const any = () => ids[Math.floor(random() * ids.length)] as string;
  const pairs = Array.from({ length: SAMPLES }, () => [any(), any()] as const).filter(
    ([a, b]) => a !== b,
  );
  const singles = Array.from({ length: SAMPLES }, any);
  const q = (from: string, to: string, maxHops: number) => ({
    from,
    to,
    maxHops,
    directed: false,
    limit: 100,
  });
  // Each query is timed only when NEO4J_BENCH_QUERIES asks for it; the others print as '-'.
  const timed = async <T>(query: string, items: T[], call: (item: T) => Promise<unknown>) =>
    summarize(chosenQueries().includes(query) ? await timeEach(items, call) : []);
  return {
    [SHORTEST]: await timed('shortest', pairs, ([a, b]) => store.shortestPaths(q(a, b, 6))),
    'simple paths (≤4 hops, limit 100)': await timed('simple', pairs, ([a, b]) =>
      store.simplePaths(q(a, b, 4)),
    ),
    'neighbourhood (depth 2)': await timed('neighbourhood', singles, (id) =>
      store.neighbourhood(id, { depth: 2 }),
    ),
  };
}

/** /api/paths on random pairs (TTP → Kabul on the seed), answer cache off, in this process. */
async function pathsRps(store: GraphStore, ids: string[], size: SizeName): Promise<number> {
  const random = seededRandom(11);
  const any = () => ids[Math.floor(random() * ids.length)] as string;
  const routes =
    size === 'seed'
      ? ['/api/paths?from=TTP&to=Kabul']
      : Array.from({ length: 200 }, () => `/api/paths?from=${any()}&to=${any()}`);
  const app = createApp(store, { logger: createLogger('silent'), cacheBytes: 0 });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  let next = 0;
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      connections: HTTP_CONNECTIONS,
      duration: HTTP_SECONDS,
      requests: [
        { method: 'GET', setupRequest: (r) => ({ ...r, path: routes[next++ % routes.length] }) },
      ],
    });
    return result.requests.average;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function measure(store: GraphStore, size: SizeName): Promise<StoreFigures> {
  const dataset = await datasetFor(size);
  const ids = dataset.actors.map((a) => a.id);
  const start = performance.now();
  await store.load(dataset, 'replace');
  const loadMs = performance.now() - start;
  return {
    loadMs,
    queries: await queryFigures(store, ids),
    pathsRps: await pathsRps(store, ids, size),
  };
}

const LOAD_ROW = 'load, whole (ms)';
/** Issue 8's targets for the Neo4j column, by row and size. */
const NEO4J_TARGETS: Record<string, Partial<Record<SizeName, Target>>> = {
  [LOAD_ROW]: { '100k/500k': below(60_000, 'ms') },
  [`${SHORTEST} p95 (ms)`]: { '100k/500k': below(50, 'ms') },
};

/** The target and verdict cells of a row from the Neo4j figures measured so far, by size. */
function judged(label: string, measured: ReadonlyMap<SizeName, number>): [string, string] {
  const targets = Object.entries(NEO4J_TARGETS[label] ?? {}) as Array<[SizeName, Target]>;
  const text = targets.map(([size, t]) => `Neo4j ${t.text} at ${size}`).join('; ');
  const verdicts = targets
    .filter(([size]) => measured.has(size))
    .map(([size, t]) => ({ where: size, verdict: verdictOf(t, measured.get(size)) }));
  const pending = targets.length > 0 && verdicts.length === 0 ? '(its sizes were not run)' : '';
  return [text, combinedVerdict(verdicts) || pending];
}

const ratio = (embedded: number, neo4j: number) =>
  Number.isFinite(embedded / neo4j) ? `${(embedded / neo4j).toFixed(3)}` : '-';

export async function runNeo4jBench(print: (line: string) => void = console.log): Promise<void> {
  const cfg = loadConfig().neo4j;
  if (!cfg) {
    print('Neo4j side by side: skipped, set NEO4J_URI (e.g. npm run neo4j) to run it');
    return;
  }
  print(`Embedded store and Neo4j at ${cfg.uri} side by side (ratio = embedded / Neo4j)`);
  const sizes = chosenSizes();
  const neo4j = await openNeo4jStore(cfg);
  const header = ['', ...sizes.flatMap((s) => [`${s} embedded`, 'Neo4j', 'ratio'])];
  const rows: string[][] = [
    [LOAD_ROW],
    ...[SHORTEST, 'simple paths (≤4 hops, limit 100)', 'neighbourhood (depth 2)'].flatMap(
      (name) => [[`${name} p50 (ms)`], [`${name} p95 (ms)`]],
    ),
    ['/api/paths (req/s, cache off)'],
  ];
  const measured = new Map<string, Map<SizeName, number>>();
  const keep = (row: string[], size: SizeName, value: number) => {
    const label = row[0]!;
    if (!measured.has(label)) measured.set(label, new Map());
    measured.get(label)!.set(size, value);
  };
  try {
    for (const size of sizes) {
      const dir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-neo4j-'));
      const embedded = await openEmbeddedStore(dir);
      try {
        const [e, n] = [await measure(embedded, size), await measure(neo4j, size)];
        const cells = (a: number, b: number, fmt: (x: number) => string = ms) => [
          fmt(a),
          fmt(b),
          ratio(a, b),
        ];
        const figures: Array<[number, number]> = [
          [e.loadMs, n.loadMs],
          ...Object.keys(e.queries).flatMap((name): Array<[number, number]> => {
            const [eq, nq] = [e.queries[name]!, n.queries[name]!];
            return [
              [eq.p50, nq.p50],
              [eq.p95, nq.p95],
            ];
          }),
        ];
        figures.forEach(([a, b], r) => {
          rows[r]!.push(...cells(a, b));
          keep(rows[r]!, size, b);
        });
        rows[figures.length]!.push(...cells(e.pathsRps, n.pathsRps, (x) => x.toFixed(0)));
        // The table so far after each size: the largest may take long.
        const width = rows[0]!.length;
        const judgedRows = rows.map((row) => [
          ...row,
          ...judged(row[0]!, measured.get(row[0]!) ?? new Map()),
        ]);
        print(renderTable([[...header.slice(0, width), 'target', 'verdict'], ...judgedRows]));
      } finally {
        await embedded.close();
        await rm(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await neo4j.close();
  }
}
