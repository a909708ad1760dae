// The HTTP benchmark: serves the API from a child process over its own temporary data directory
// (the seed graph, then the 10k/50k synthetic one) and loads /api/graph and /api/paths with
// autocannon from this process. Run alone with `tsx src/bench/http.ts`; `--serve` is the child.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../config.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { SIZES } from './store-run.js';
import { seededRandom, syntheticDataset } from './synthetic.js';
import { renderTable } from './table.js';

const DURATION_S = 5;
const CONNECTIONS = 10;
/** The question the product exists to answer, and its target on the seed graph. */
const SEED_PATHS = '/api/paths?from=TTP&to=Kabul';
const PATHS_TARGET = { rps: 2000, p99Ms: 20 };
const PAIRS = 1000;

interface Load {
  label: string;
  /** The request paths, taken in turn. */
  paths: string[];
  /** Concurrent clients; one for answers so large that several would only queue. */
  connections?: number;
  target?: typeof PATHS_TARGET;
}

interface BenchGraph {
  name: string;
  /** Extra environment for the server, e.g. to turn its answer cache off. */
  env?: Record<string, string>;
  /** Fills the data directory before the server starts; without it the server seeds itself. */
  prepare?(dataDir: string): Promise<void>;
  loads: Load[];
}

/** Serves `dataDir` from a child process; its stdout (the request log) goes to `stdout`. */
export async function startChild(
  dataDir: string,
  extraEnv: Record<string, string> = {},
  stdout: 'inherit' | number = 'inherit',
): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      ACTORGRAPH_DATA: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      ...extraEnv,
    },
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the server process exited (code ${code}) before it was ready`);
  });
  const ready = once(child, 'message').then(([message]) => (message as { url: string }).url);
  return { url: await Promise.race([ready, exited]), child };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

async function measure(url: string, load: Load): Promise<string[]> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: load.connections ?? CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: load.paths[next++ % load.paths.length] }),
      },
    ],
  });
  const rps = result.requests.average;
  const { p50, p99 } = result.latency;
  const answered = result['2xx'] + result.non2xx;
  const failed = result.non2xx + result.errors + result.timeouts;
  const target = load.target;
  let verdict = '';
  if (target) verdict = rps >= target.rps && p99 < target.p99Ms ? 'met' : 'MISSED';
  if (failed > 0) verdict = `${failed} failed: not valid`;
  if (answered === 0) verdict = `no answer within ${DURATION_S} s`;
  return [
    load.label,
    answered > 0 ? Math.round(result.throughput.total / answered / 1024).toLocaleString('en') : '-',
    Math.round(rps).toLocaleString('en'),
    answered > 0 ? String(p50) : '-',
    answered > 0 ? String(p99) : '-',
    target ? `≥ ${target.rps.toLocaleString('en')} req/s, p99 < ${target.p99Ms} ms` : '',
    verdict,
  ];
}

/** Fixed-seed random pairs of distinct actors for /api/paths. */
function randomPairs(ids: readonly string[]): string[] {
  const random = seededRandom(7);
  const pick = () => ids[Math.floor(random() * ids.length)] as string;
  const pairs: string[] = [];
  while (pairs.length < PAIRS) {
    const [from, to] = [pick(), pick()];
    if (from !== to) pairs.push(`/api/paths?from=${from}&to=${to}`);
  }
  return pairs;
}

function benchGraphs(): BenchGraph[] {
  const synthetic = syntheticDataset(SIZES['10k/50k']);
  return [
    {
      name: 'seed',
      loads: [
        { label: 'GET /api/graph', paths: ['/api/graph'] },
        { label: `GET ${SEED_PATHS}`, paths: [SEED_PATHS], target: PATHS_TARGET },
      ],
    },
    {
      // The same question answered afresh every time: what a first asking costs.
      name: 'seed, cache off',
      env: { ACTORGRAPH_CACHE_MB: '0' },
      loads: [{ label: `GET ${SEED_PATHS}`, paths: [SEED_PATHS] }],
    },
    {
      // Cache off: 1,000 distinct pairs would otherwise be answered from it after the first round.
      name: '10k/50k, cache off',
      env: { ACTORGRAPH_CACHE_MB: '0' },
      async prepare(dataDir) {
        const store = await openEmbeddedStore(dataDir);
        await store.load(synthetic, 'replace');
        await store.close();
      },
      loads: [
        { label: 'GET /api/graph (1 connection)', paths: ['/api/graph'], connections: 1 },
        {
          label: `GET /api/paths (${PAIRS} random pairs)`,
          paths: randomPairs(synthetic.actors.map((a) => a.id)),
        },
      ],
    },
  ];
}

/** Runs every load against every graph and prints one table. */
export async function runHttpBench(print: (line: string) => void = console.log): Promise<void> {
  print(
    `HTTP API (server in a child process at the default LOG_LEVEL, info, logging to a file; ` +
      `autocannon in this one, ` +
      `${CONNECTIONS} connections unless said, ${DURATION_S} s per row; ${process.version})`,
  );
  const rows = [['request', 'graph', 'KB/answer', 'req/s', 'p50 ms', 'p99 ms', 'target', '']];
  for (const graph of benchGraphs()) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-'));
    try {
      await graph.prepare?.(dataDir);
      // The request log is measured too, as a deployment writes it: to a file.
      const log = openSync(path.join(dataDir, 'server.log'), 'a');
      const { url, child } = await startChild(dataDir, graph.env, log).finally(() =>
        closeSync(log),
      );
      try {
        for (const load of graph.loads) {
          const [label = '', ...figures] = await measure(url, load);
          rows.push([label, graph.name, ...figures]);
        }
      } finally {
        await stopChild(child);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  print(renderTable(rows));
}

async function serve(): Promise<void> {
  const { startServer } = await import('../api/server.js');
  const server = await startServer(loadConfig());
  process.send?.({ url: server.url });
  // The channel must not keep this process alive after SIGTERM; losing the parent stops it.
  process.channel?.unref();
  process.once('disconnect', () => void server.close());
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const run = process.argv[2] === '--serve' ? serve() : runHttpBench();
  run.catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
