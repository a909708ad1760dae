// The soak row of `npm run bench`: 60 s of mixed load (random path pairs, actors, graph slices
// by kind and type) on the 10k/50k synthetic graph at the default log level (info, written to a
// file), with the answer cache on and off. Reports req/s, p50/p99, errors and the server's RSS
// at half time and at the end: RSS must stay within 10% meanwhile. The cache gets 16 MB, so that
// it is full by half time even on a slow run (64 MB took longer than the run on a busy machine).
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ACTOR_KINDS } from '../domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { startChild, stopChild } from './http.js';
import { SIZES } from './store-run.js';
import { seededRandom, syntheticDataset } from './synthetic.js';
import { renderTable } from './table.js';

const DURATION_S = 60;
/** RSS is compared from this point on, once the cache is full. */
const SETTLED_S = 30;
const CACHE_MB = 16;
const CONNECTIONS = 10;
const URLS = 20_000;
const FLAT = 0.1;

/** Fixed-seed request paths: half path questions, a quarter actors, a quarter graph slices. */
function mixedPaths(ids: readonly string[]): string[] {
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const paths: string[] = [];
  while (paths.length < URLS) {
    const r = random();
    if (r < 0.5) {
      const [from, to] = [pick(ids), pick(ids)];
      if (from !== to) paths.push(`/api/paths?from=${from}&to=${to}`);
    } else if (r < 0.75) {
      paths.push(`/api/actors/${pick(ids)}`);
    } else {
      paths.push(`/api/graph?kinds=${pick(ACTOR_KINDS)}&types=${pick(RELATIONSHIP_TYPE_NAMES)}`);
    }
  }
  return paths;
}

/** Resident set size of a process, from /proc (Linux). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function soak(dataDir: string, paths: string[], env: Record<string, string>) {
  const log = openSync(path.join(dataDir, 'server.log'), 'a');
  const { url, child } = await startChild(dataDir, env, log).finally(() => closeSync(log));
  try {
    const pid = child.pid as number;
    let settled = NaN;
    const sample = setTimeout(() => {
      void rssMb(pid).then((mb) => (settled = mb));
    }, SETTLED_S * 1000);
    let next = 0;
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        { method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) },
      ],
    });
    clearTimeout(sample);
    const end = await rssMb(pid);
    const errors = result.non2xx + result.errors + result.timeouts;
    return { result, settled, end, errors };
  } finally {
    await stopChild(child);
  }
}

export async function runSoakBench(print: (line: string) => void = console.log): Promise<void> {
  print(
    `Soak (${DURATION_S} s of mixed load on 10k/50k: random pairs, actors, graph slices; ` +
      `LOG_LEVEL=info to a file; ${CONNECTIONS} connections; RSS from ${SETTLED_S} s to the end)`,
  );
  const dataset = syntheticDataset(SIZES['10k/50k']);
  const paths = mixedPaths(dataset.actors.map((a) => a.id));
  const rows = [
    ['cache', 'req/s', 'p50 ms', 'p99 ms', 'errors', `RSS at ${SETTLED_S} s MB`, 'RSS end MB', ''],
  ];
  for (const [name, env] of [
    [`on (${CACHE_MB} MB)`, { ACTORGRAPH_CACHE_MB: String(CACHE_MB) }],
    ['off', { ACTORGRAPH_CACHE_MB: '0' }],
  ] as const) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'actorgraph-soak-'));
    try {
      const store = await openEmbeddedStore(dataDir);
      await store.load(dataset, 'replace');
      await store.close();
      const { result, settled, end, errors } = await soak(dataDir, paths, env);
      const flat = Math.abs(end - settled) <= settled * FLAT;
      rows.push([
        name,
        Math.round(result.requests.average).toLocaleString('en'),
        String(result.latency.p50),
        String(result.latency.p99),
        String(errors),
        settled.toFixed(0),
        end.toFixed(0),
        flat && errors === 0 ? 'flat' : errors > 0 ? 'ERRORS' : `NOT FLAT (>${FLAT * 100}%)`,
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  print(renderTable(rows));
}
