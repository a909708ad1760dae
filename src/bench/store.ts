// The store benchmark: each dataset size runs in a fresh child process (store-run.ts) and the
// figures come back as one table, with the targets beside them.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SIZES, type RunFigures, type SizeName } from './store-run.js';
import { mb, ms, renderTable } from './table.js';

const RUNNER = fileURLToPath(new URL('./store-run.ts', import.meta.url));
const LARGEST: SizeName = '100k/500k';

interface Row {
  label: string;
  value: (f: RunFigures) => string;
  target?: string;
}

const QUERY_TARGETS: Record<string, string> = {
  'shortest paths (≤6 hops)': `p95 < 5 ms at ${LARGEST}; < 1 ms on seed`,
};

function runSize(size: SizeName): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', RUNNER, size], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as RunFigures);
      else reject(new Error(`the ${size} run exited with code ${code}`));
    });
  });
}

function rows(figures: RunFigures[]): Row[] {
  const queryNames = Object.keys(figures[0]?.queries ?? {});
  return [
    { label: 'actors / relationships', value: (f) => `${f.actors} / ${f.relationships}` },
    { label: 'load: validate (ms)', value: (f) => ms(f.validateMs) },
    { label: 'load: build graph and indexes (ms)', value: (f) => ms(f.buildMs) },
    { label: 'load: validate + build (ms)', value: (f) => ms(f.validateMs + f.buildMs) },
    { label: 'load: write graph.json (ms)', value: (f) => ms(f.persistMs) },
    {
      label: 'load, whole (validate + build + write) (ms)',
      value: (f) => ms(f.validateMs + f.buildMs + f.persistMs),
      target: `< 5000 at ${LARGEST}`,
    },
    {
      label: 'reopen: read + validate + build (ms)',
      value: (f) => ms(f.reopenMs),
      target: `< 5000 at ${LARGEST}`,
    },
    { label: 'heap used after reopen (MB)', value: (f) => mb(f.heapBytes) },
    { label: 'RSS after reopen (MB)', value: (f) => mb(f.rssBytes) },
    {
      label: 'peak RSS, whole run (MB)',
      value: (f) => mb(f.peakRssBytes),
      target: `< 1500 at ${LARGEST}`,
    },
    ...queryNames.map((name) => ({
      label: `${name}, p50 / p95 (ms)`,
      value: (f: RunFigures) => {
        const q = f.queries[name];
        return q ? `${ms(q.p50)} / ${ms(q.p95)}` : '-';
      },
      target: QUERY_TARGETS[name] ?? 'p95 < 1 ms on seed',
    })),
  ];
}

/** Runs every size (or those named) and prints the table. */
export async function runStoreBench(
  print: (line: string) => void = console.log,
  sizes: readonly SizeName[] = Object.keys(SIZES) as SizeName[],
): Promise<void> {
  print(`Embedded store (one child process per size; ${process.version})`);
  const figures: RunFigures[] = [];
  for (const size of sizes) figures.push(await runSize(size));
  const table = [
    ['', ...figures.map((f) => f.size), 'target'],
    ...rows(figures).map((r) => [r.label, ...figures.map(r.value), r.target ?? '']),
  ];
  print(renderTable(table));
}
