// The HTTP benchmark: serves the API from a child process over its own temporary data directory
// (the seed graph, then synthetic 10k/50k and 100k/500k ones), once with the answer cache and once
// without, and loads /api/graph (full and compact) and /api/paths with autocannon from this
// process. Run alone with `node dist/src/bench/http.js` after `npm run build`; `--serve` is the child.
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
import { LOADER } from './child.js';
import { SIZES } from './store-run.js';
import { seededRandom, syntheticDataset } from './synthetic.js';
import { renderTable } from './table.js';
import { atLeast, below, verdictOf, type Target } from './targets.js';

const DURATION_S = 5;
/** Untimed load before each row, so the figures are the server's steady state, not its JIT warm-up. */
const WARM_UP_S = 1;
const CONNECTIONS = 10;
/** The question the product exists to answer. */
const SEED_PATHS = '/api/paths?from=TTP&to=Kabul';
const PAIRS = 1000;

/** What a row is held to: requests per second and, optionally, the p99 latency. */
interface HttpTarget {
  rps?: Target;
  p99?: Target;
}

interface Load {
  label: string;
  /** The request paths, taken in turn. */
  paths: string[];
  /** Concurrent clients; one for answers so large that several would only queue. */
  connections?: number;
  /** Targets with the answer cache on and with it off (every answer computed afresh). */
  cached: HttpTarget;
  uncached: HttpTarget;
}

interface BenchGraph {
  name: string;
  /** Fills the data directory before the server starts; without it the server seeds itself. */
  prepare?(dataDir: string): Promise<void>;
  loads: Load[];
}

/** Each graph is served twice: with the answer cache, and with it off. */
const CACHE_MODES = [
  { name: 'cached', env: {} },
  { name: 'uncached', env: { ACTORGRAPH_CACHE_MB: '0' } },
] as const;

/** Serves `dataDir` from a child process; its stdout (the request log) goes to `stdout`. */
export async function startChild(
  dataDir: string,
  extraEnv: Record<string, string> = {},
  stdout: 'inherit' | number = 'inherit',
): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: [...LOADER],
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

/** The child's CPU time so far (user + system, ms), asked over its IPC channel. */
async function childCpuMs(child: ChildProcess): Promise<number> {
  const answer = once(child, 'message');
  child.send('cpu');
  const [usage] = (await answer) as [NodeJS.CpuUsage];
  return (usage.user + usage.system) / 1000;
}

function cannon(url: string, load: Load, duration: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: load.connections ?? CONNECTIONS,
    duration,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: load.paths[next++ % load.paths.length] }),
      },
    ],
  });
}

async function measure(
  url: string,
  child: ChildProcess,
  load: Load,
  target: HttpTarget,
): Promise<string[]> {
  await cannon(url, load, WARM_UP_S);
  const cpuBefore = await childCpuMs(child);
  const result = await cannon(url, load, DURATION_S);
  // CPU per answer is what the scheduler does not inflate when the machine is shared.
  const cpuPerAnswer = (await childCpuMs(child)) - cpuBefore;
  const rps = result.requests.average;
  const { p50, p99 } = result.latency;
  const answered = result['2xx'] + result.non2xx;
  const failed = result.non2xx + result.errors + result.timeouts;
  const verdicts = [
    target.rps && verdictOf(target.rps, rps),
    target.p99 && verdictOf(target.p99, answered > 0 ? p99 : NaN),
  ].filter((v) => v !== undefined);
  let verdict = verdicts.length === 0 ? '' : verdicts.every((v) => v === 'met') ? 'met' : 'MISSED';
  if (failed > 0) verdict = `${failed} failed: not valid`;
  if (answered === 0) verdict = `no answer within ${DURATION_S} s`;
  return [
    answered > 0 ? Math.round(result.throughput.total / answered / 1024).toLocaleString('en') : '-',
    answered > 0 ? (cpuPerAnswer / answered).toFixed(2) : '-',
    Math.round(rps).toLocaleString('en'),
    answered > 0 ? String(p50) : '-',
    answered > 0 ? String(p99) : '-',
    [target.rps?.text, target.p99 && `p99 ${target.p99.text}`].filter(Boolean).join(', '),
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
  const stored = (size: { actors: number; relationships: number }) => async (dataDir: string) => {
    const store = await openEmbeddedStore(dataDir);
    await store.load(syntheticDataset(size), 'replace');
    await store.close();
  };
  const pairs = randomPairs(syntheticDataset(SIZES['10k/50k']).actors.map((a) => a.id));
  return [
    {
      name: 'seed',
      loads: [
        {
          label: 'GET /api/graph',
          paths: ['/api/graph'],
          cached: { rps: atLeast(1000, 'req/s') },
          uncached: { rps: atLeast(500, 'req/s') },
        },
        {
          label: 'GET /api/graph/compact',
          paths: ['/api/graph/compact'],
          cached: { rps: atLeast(1000, 'req/s') },
          uncached: { rps: atLeast(500, 'req/s') },
        },
        {
          label: `GET ${SEED_PATHS}`,
          paths: [SEED_PATHS],
          cached: { rps: atLeast(2000, 'req/s'), p99: below(20, 'ms') },
          uncached: { rps: atLeast(1000, 'req/s') },
        },
      ],
    },
    {
      name: '10k/50k',
      prepare: stored(SIZES['10k/50k']),
      loads: [
        {
          label: `GET /api/paths (${PAIRS} random pairs)`,
          paths: pairs,
          cached: { rps: atLeast(800, 'req/s') },
          uncached: { rps: atLeast(800, 'req/s') },
        },
      ],
    },
    {
      name: '100k/500k',
      prepare: stored(SIZES['100k/500k']),
      loads: [
        {
          label: 'GET /api/graph (1 connection)',
          paths: ['/api/graph'],
          connections: 1,
          cached: { p99: below(1000, 'ms') },
          uncached: { p99: below(1000, 'ms') },
        },
        {
          // What the explorer loads: the canvas's columns only.
          label: 'GET /api/graph/compact (1 connection)',
          paths: ['/api/graph/compact'],
          connections: 1,
          cached: { p99: below(1000, 'ms') },
          uncached: { p99: below(1000, 'ms') },
        },
      ],
    },
  ];
}

/** Runs every load against every graph, cached and uncached, and prints one table. */
export async function runHttpBench(print: (line: string) => void = console.log): Promise<void> {
  print(
    `HTTP API (server in a child process at the default LOG_LEVEL, info, logging to a file; ` +
      `autocannon in this one, ` +
      `${CONNECTIONS} connections unless said, ${DURATION_S} s per row after ${WARM_UP_S} s untimed; ` +
      `server CPU: the child's user + system time over the timed run / answers; ${process.version})`,
  );
  const rows = [
    [
      'request',
      'graph',
      'cache',
      'KB/answer',
      'server CPU ms/answer',
      'req/s',
      'p50 ms',
      'p99 ms',
      'target',
      'verdict',
    ],
  ];
  for (const graph of benchGraphs()) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-'));
    try {
      await graph.prepare?.(dataDir);
      for (const mode of CACHE_MODES) {
        // The request log is measured too, as a deployment writes it: to a file.
        const log = openSync(path.join(dataDir, 'server.log'), 'a');
        const { url, child } = await startChild(dataDir, mode.env, log).finally(() =>
          closeSync(log),
        );
        try {
          for (const load of graph.loads) {
            const figures = await measure(url, child, load, load[mode.name]);
            rows.push([load.label, graph.name, mode.name, ...figures]);
          }
        } finally {
          await stopChild(child);
        }
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
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.(process.cpuUsage());
  });
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
