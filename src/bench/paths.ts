// The shortest-path comparison: this store's search against graphology-shortest-path on the same
// fixed random pairs, at 10k/50k, 100k/500k and 300k/1.5M, with limit 1 and with all shortest
// paths; each side is timed from two actor ids to the paths' actor ids (paths-run.ts says what
// that includes), and the store's whole answer for one path besides. Each engine runs in its own
// process (paths-run.ts), twice, in alternate order, so neither gains from running second; the
// samples of both runs are pooled.
import { benchScript, runChild } from './child.js';
import { ALL_LIMIT, PAIRS, type Engine, type EngineFigures } from './paths-run.js';
import { summarize, type Summary } from './stats.js';
import type { SizeName } from './store-run.js';
import { ms, renderTable } from './table.js';
import { ratioAtMost, verdictOf } from './targets.js';

const RUNNER = benchScript('paths-run');
const SIZES: SizeName[] = ['10k/50k', '100k/500k', '300k/1.5M'];
const ROUNDS: Engine[][] = [
  ['embedded', 'graphology'],
  ['graphology', 'embedded'],
];
/** Ours over graphology's, at p50 and at p95: no slower. */
const TARGET = ratioAtMost(1, 'graphology');

async function compareSize(size: SizeName): Promise<string[][]> {
  const runs: Record<Engine, EngineFigures[]> = { embedded: [], graphology: [] };
  for (const round of ROUNDS) {
    for (const engine of round) runs[engine].push(await runChild(RUNNER, [engine, size]));
  }
  const pooled = (engine: Engine, pick: (f: EngineFigures) => number[]) =>
    summarize(runs[engine].flatMap(pick));
  const [ours, theirs] = [runs.embedded[0]?.lengths ?? [], runs.graphology[0]?.lengths ?? []];
  const compared = Math.min(ours.length, theirs.length);
  const differ = ours.slice(0, compared).filter((hops, i) => hops !== theirs[i]).length;
  const row = (
    label: string,
    pick: (f: EngineFigures) => number[],
    theirs: (f: EngineFigures) => number[] = pick,
  ) => {
    const [a, b] = [pooled('embedded', pick), pooled('graphology', theirs)];
    return [
      size,
      label,
      cell(a),
      cell(b),
      `${(a.p50 / b.p50).toFixed(2)} / ${(a.p95 / b.p95).toFixed(2)}`,
      TARGET.text,
      verdict(a, b),
    ];
  };
  return [
    row('one path (limit 1)', (f) => f.one),
    // The store's whole answer, records and sources included, against the same search.
    row(
      'one path, whole PathSet',
      (f) => f.oneWhole,
      (f) => f.one,
    ),
    row(`all shortest (limit ${ALL_LIMIT})`, (f) => f.all),
    [
      size,
      'same path lengths',
      differ === 0 ? `all ${compared} pairs` : `${differ} of ${compared} differ`,
      '',
      '',
      'all',
      differ === 0 ? 'met' : 'MISSED',
    ],
  ];
}

function cell(s: Summary): string {
  return `${ms(s.p50)} / ${ms(s.p95)}${s.n < 2 * PAIRS ? ` (n=${s.n})` : ''}`;
}

function verdict(ours: Summary, theirs: Summary): string {
  const p50 = verdictOf(TARGET, ours.p50 / theirs.p50);
  const p95 = verdictOf(TARGET, ours.p95 / theirs.p95);
  return p50 === 'met' && p95 === 'met' ? 'met' : `MISSED (p50 ${p50}, p95 ${p95})`;
}

export async function runPathsBench(print: (line: string) => void = console.log): Promise<void> {
  print(
    `Shortest paths against graphology-shortest-path (undirected, any type, ≤ 6 hops; ` +
      `${PAIRS} fixed random pairs after 100 untimed, up to 20 s per engine and query; each engine in its own process, twice, ` +
      `order alternated; p50 / p95 ms; ${process.version})`,
  );
  const only = process.env.BENCH_SIZES?.split(',');
  const rows = [
    ['size', 'query', 'embedded', 'graphology', 'ratio p50 / p95', 'target', 'verdict'],
  ];
  for (const size of SIZES.filter((s) => !only || only.includes(s))) {
    rows.push(...(await compareSize(size)));
  }
  print(renderTable(rows));
}
