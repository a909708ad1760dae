// The store benchmark: each dataset size is loaded in a fresh child process and reopened in
// another (store-run.ts), and the figures come back as one table. Every row declares its targets
// per size; the verdict column says which were met.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchScript, runChild } from './child.js';
import type { Summary } from './stats.js';
import {
  GRAPH_VIEW,
  GRAPH_VIEW_SAMPLES,
  SAMPLES,
  SIZES,
  type LoadFigures,
  type ReopenFigures,
  type RunFigures,
  type SizeName,
} from './store-run.js';
import { mb, ms, renderTable } from './table.js';
import { below, combinedVerdict, PART_OF, verdictOf, type Target } from './targets.js';

const RUNNER = benchScript('store-run');
const MB = 1024 * 1024;

/** One row of the table: the figure its targets judge, how a cell shows it, targets by size. */
export interface StoreRow {
  label: string;
  value: (f: RunFigures) => number;
  cell?: (f: RunFigures) => string;
  targets: Partial<Record<SizeName, Target>>;
}

/** p95 targets of the queries (ms), by size: what a user waiting on an answer feels. */
const QUERY_TARGETS: Record<string, Partial<Record<SizeName, Target>>> = {
  'shortest paths (≤6 hops)': { seed: below(1, 'ms'), '100k/500k': below(5, 'ms') },
  'simple paths (≤4 hops, limit 100)': { seed: below(1, 'ms'), '100k/500k': below(20, 'ms') },
  'neighbourhood (depth 2)': { seed: below(1, 'ms'), '100k/500k': below(50, 'ms') },
  getActor: { seed: below(1, 'ms'), '100k/500k': below(1, 'ms') },
  'search (actor names)': { seed: below(1, 'ms'), '100k/500k': below(5, 'ms') },
  [GRAPH_VIEW]: { '100k/500k': below(1000, 'ms') },
};

async function runSize(size: SizeName): Promise<RunFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-'));
  try {
    const load = await runChild<LoadFigures>(RUNNER, ['load', size, dir]);
    const reopen = await runChild<ReopenFigures>(RUNNER, ['reopen', dir]);
    return { ...load, ...reopen };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function queryCell(q: Summary | undefined, samples: number): string {
  if (!q) return '-';
  const n = q.n < samples ? ` (n=${q.n})` : '';
  return `${ms(q.p50)} / ${ms(q.p95)}${n}`;
}

function rows(figures: RunFigures[]): StoreRow[] {
  const queryNames = Object.keys(figures[0]?.queries ?? {});
  const load = 'load, whole';
  return [
    { label: 'load: validate (ms)', value: (f) => f.validateMs, targets: { seed: PART_OF(load) } },
    {
      label: 'load: build graph and indexes (ms)',
      value: (f) => f.buildMs,
      targets: { seed: PART_OF(load) },
    },
    {
      label: 'load: write graph.json (ms)',
      value: (f) => f.persistMs,
      targets: { seed: PART_OF(load) },
    },
    {
      label: `${load} (validate + build + write) (ms)`,
      value: (f) => f.validateMs + f.buildMs + f.persistMs,
      targets: { '100k/500k': below(5000, 'ms'), '300k/1.5M': below(5000, 'ms') },
    },
    {
      label: 'reopen in a fresh process (ms)',
      value: (f) => f.reopenMs,
      targets: { '100k/500k': below(3000, 'ms'), '300k/1.5M': below(3000, 'ms') },
    },
    {
      label: 'RSS after reopen, fresh process (MB)',
      value: (f) => f.rssBytes / MB,
      cell: (f) => mb(f.rssBytes),
      targets: { '100k/500k': below(1000, 'MB'), '300k/1.5M': below(2000, 'MB') },
    },
    {
      label: 'heap used after reopen (MB)',
      value: (f) => f.heapBytes / MB,
      cell: (f) => mb(f.heapBytes),
      targets: { seed: PART_OF('RSS') },
    },
    {
      label: 'peak RSS of the load process (MB)',
      value: (f) => f.peakRssBytes / MB,
      cell: (f) => mb(f.peakRssBytes),
      targets: { '100k/500k': below(1500, 'MB'), '300k/1.5M': below(4000, 'MB') },
    },
    ...queryNames.map((name): StoreRow => ({
      label: `${name}, p50 / p95 (ms)`,
      value: (f) => f.queries[name]?.p95 ?? NaN,
      cell: (f) => queryCell(f.queries[name], name === GRAPH_VIEW ? GRAPH_VIEW_SAMPLES : SAMPLES),
      targets: QUERY_TARGETS[name] ?? {},
    })),
  ];
}

function targetText(row: StoreRow): string {
  return Object.entries(row.targets)
    .map(([size, t]) => (t.text.startsWith('(') ? t.text : `${t.text} at ${size}`))
    .join('; ');
}

function rowVerdict(row: StoreRow, figures: RunFigures[]): string {
  const judged = figures.flatMap((f) => {
    const target = row.targets[f.size];
    return target ? [{ where: f.size, verdict: verdictOf(target, row.value(f)) }] : [];
  });
  const targeted = Object.values(row.targets).some((t) => !t.text.startsWith('('));
  return judged.length === 0 && targeted ? '(its sizes were not run)' : combinedVerdict(judged);
}

/** BENCH_SIZES=seed,10k/50k runs only those sizes; all of them by default. */
function chosenSizes(): SizeName[] {
  const all = Object.keys(SIZES) as SizeName[];
  const asked = process.env.BENCH_SIZES?.split(',').filter(Boolean);
  if (!asked) return all;
  const unknown = asked.filter((s) => !(all as string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_SIZES: unknown size(s) ${unknown.join(', ')}`);
  return asked as SizeName[];
}

/** Runs every size (or those named) and prints the table. */
export async function runStoreBench(
  print: (line: string) => void = console.log,
  sizes: readonly SizeName[] = chosenSizes(),
): Promise<void> {
  print(
    `Embedded store (per size: one process loads, a fresh one reopens and queries; ` +
      `p50 / p95 of up to 1,000 queries after 100 untimed; ${process.version})`,
  );
  const figures: RunFigures[] = [];
  for (const size of sizes) figures.push(await runSize(size));
  const table = [
    ['', ...figures.map((f) => f.size), 'target', 'verdict'],
    ['actors / relationships', ...figures.map((f) => `${f.actors} / ${f.relationships}`), '', ''],
    ...rows(figures).map((r) => [
      r.label,
      ...figures.map((f) => (r.cell ? r.cell(f) : ms(r.value(f)))),
      targetText(r),
      rowVerdict(r, figures),
    ]),
  ];
  print(renderTable(table));
}
