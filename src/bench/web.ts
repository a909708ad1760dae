// `npm run bench:web`: the web explorer in headless Chromium, on the seed graph and on synthetic
// graphs up to 100k/500k served by the real server from a temporary data dir. Measures what a
// user feels: first paint of the graph, time to interactive (web/tooling/interactive.ts), the
// longest main-thread task once interactive, and ForceAtlas2 iterations per second counted once
// the page is interactive, beside the same layout's speed in Node on the same graph.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../api/server.js';
import { loadConfig } from '../config.js';
import type { Dataset } from '../domain/schema.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { ensureWebBuilt } from '../../web/tooling/build.js';
import { FIRST_RENDER, launchChromium } from '../../web/tooling/chromium.js';
import {
  hoverFor,
  longestTaskAfter,
  recordLongTasks,
  timeToInteractive,
} from '../../web/tooling/interactive.js';
import { forceSettings } from '../../web/src/layout/force-settings.js';
import { summarize } from './stats.js';
import { seededRandom, syntheticDataset } from './synthetic.js';
import { ms, renderTable } from './table.js';
import { atLeast, below, combinedVerdict, verdictOf, type Target } from './targets.js';

// The package is CommonJS: under NodeNext its typings see the default import as the module, while
// at run time it is the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

const LAYOUT_SECONDS = 5;
/** How long the page is watched (and hovered) once interactive, for its longest task. */
const WATCH_MS = 5000;
const VIEWPORT = { width: 1280, height: 800 };
const LONGEST_TASK = below(200, 'ms');

interface BenchGraph {
  name: string;
  size?: { actors: number; relationships: number };
  /** Fresh page loads; the median is reported. */
  loads: number;
  interactive: Target;
  /** ForceAtlas2 it/s in the page, absolute or as a share of its speed in Node. */
  layout?: { absolute: Target } | { shareOfNode: Target };
}

const GRAPHS: BenchGraph[] = [
  { name: 'seed', loads: 3, interactive: below(500, 'ms') },
  {
    name: '5k/20k',
    size: { actors: 5_000, relationships: 20_000 },
    loads: 3,
    interactive: below(1000, 'ms'),
    layout: { absolute: atLeast(20, 'it/s') },
  },
  {
    name: '20k/80k',
    size: { actors: 20_000, relationships: 80_000 },
    loads: 3,
    interactive: below(2000, 'ms'),
    layout: { shareOfNode: atLeast(0.8, '× Node') },
  },
  {
    name: '100k/500k',
    size: { actors: 100_000, relationships: 500_000 },
    loads: 1,
    interactive: below(8000, 'ms'),
  },
];

interface PageLoad {
  firstRenderMs: number;
  /** null: no quiet window within the timeout. */
  interactiveMs: number | null;
  longestTaskMs: number;
  nodes: number;
  edges: number;
}

/** A fresh context (no cached positions, no warm HTTP cache) with the long-task recorder. */
async function freshPage<T>(browser: Browser, url: string, use: (page: Page) => Promise<T>) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await recordLongTasks(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(FIRST_RENDER, null, { timeout: 180_000 });
    return await use(page);
  } finally {
    await context.close();
  }
}

function pageLoad(browser: Browser, url: string): Promise<PageLoad> {
  return freshPage(browser, url, async (page) => {
    const probe = (await page.evaluate('window.__actorgraph')) as PageLoad;
    const interactiveMs = await timeToInteractive(page, probe.firstRenderMs);
    let longestTaskMs = NaN;
    if (interactiveMs !== null) {
      await hoverFor(page, WATCH_MS);
      longestTaskMs = await longestTaskAfter(page, interactiveMs);
    }
    return { ...probe, interactiveMs, longestTaskMs };
  });
}

/** Once the page is interactive, runs ForceAtlas2 from the toolbar for a while and counts. */
function layoutRate(browser: Browser, url: string): Promise<number> {
  return freshPage(browser, url, async (page) => {
    const { firstRenderMs } = (await page.evaluate('window.__actorgraph')) as PageLoad;
    if ((await timeToInteractive(page, firstRenderMs)) === null) return NaN;
    const toggle = page.locator('.layout-run button');
    await toggle.click();
    const count = () => page.evaluate('window.__actorgraph.layoutIterations') as Promise<number>;
    const start = await count();
    const startedAt = Date.now();
    await page.waitForTimeout(LAYOUT_SECONDS * 1000);
    const iterations = (await count()) - start;
    const seconds = (Date.now() - startedAt) / 1000;
    await toggle.click();
    return iterations / seconds;
  });
}

/** The same ForceAtlas2 (settings, one weighted edge per linked pair) run in Node: it/s. */
function nodeLayoutRate(dataset: Dataset): number {
  const graph = new UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>();
  const random = seededRandom(3);
  for (const a of dataset.actors) graph.addNode(a.id, { x: random(), y: random(), size: 1 });
  for (const r of dataset.relationships) {
    if (r.from === r.to) continue;
    graph.updateUndirectedEdge(r.from, r.to, (e) => ({ weight: (e.weight ?? 0) + 1 }));
  }
  const settings = forceSettings(graph.order);
  forceAtlas2.assign(graph, { iterations: 5, settings, getEdgeWeight: 'weight' });
  const iterations = 30;
  const start = performance.now();
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  return iterations / ((performance.now() - start) / 1000);
}

async function benchGraph(browser: Browser, graph: BenchGraph): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-web-'));
  try {
    const dataset = graph.size ? syntheticDataset(graph.size) : undefined;
    if (dataset) {
      const store = await openEmbeddedStore(dataDir);
      await store.load(dataset, 'replace');
      await store.close();
    }
    const server = await startServer({
      ...loadConfig({}),
      dataDir,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'warn',
    });
    try {
      const loads: PageLoad[] = [];
      for (let i = 0; i < graph.loads; i++) {
        loads.push(await pageLoad(browser, server.url));
        console.error(`bench:web ${graph.name} load ${i + 1}: ${JSON.stringify(loads.at(-1))}`);
      }
      const median = (pick: (l: PageLoad) => number | null) =>
        summarize(loads.map((l) => pick(l) ?? NaN)).p50;
      const paint = median((l) => l.firstRenderMs);
      const interactive = median((l) => l.interactiveMs);
      const longest = Math.max(...loads.map((l) => l.longestTaskMs));
      const { nodes, edges } = loads[0] as PageLoad;
      const layout = graph.layout ? await layoutCells(browser, server.url, graph, dataset) : [];
      const verdicts = [
        { where: 'interactive', verdict: verdictOf(graph.interactive, interactive) },
        { where: 'longest task', verdict: verdictOf(LONGEST_TASK, longest) },
        ...(layout.length > 0
          ? [{ where: 'FA2', verdict: layout[2] as ReturnType<typeof verdictOf> }]
          : []),
      ];
      return [
        graph.name,
        `${nodes.toLocaleString('en')} / ${edges.toLocaleString('en')}`,
        ms(paint),
        `${ms(interactive)} (${graph.interactive.text})`,
        `${ms(longest)} (${LONGEST_TASK.text})`,
        layout[0] ?? '',
        layout[1] ?? '',
        combinedVerdict(verdicts),
      ];
    } finally {
      await server.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** FA2 cells: the page's rate (with Node's beside it), the target, the verdict. */
async function layoutCells(
  browser: Browser,
  url: string,
  graph: BenchGraph,
  dataset: Dataset | undefined,
): Promise<string[]> {
  const rate = await layoutRate(browser, url);
  if (!graph.layout || !dataset) return [];
  if ('absolute' in graph.layout) {
    const target = graph.layout.absolute;
    return [rate.toFixed(1), target.text, verdictOf(target, rate)];
  }
  const node = nodeLayoutRate(dataset);
  const target = graph.layout.shareOfNode;
  return [
    `${rate.toFixed(1)} (Node ${node.toFixed(1)})`,
    target.text,
    verdictOf(target, rate / node),
  ];
}

export async function runWebBench(print: (line: string) => void = console.log): Promise<void> {
  ensureWebBuilt();
  print(
    `Web explorer (headless Chromium, software WebGL, ${VIEWPORT.width}×${VIEWPORT.height}; ` +
      `ms from navigation start, median of fresh loads; interactive: end of the last main-thread ` +
      `task over 50 ms before 2 s without one, the canvas hovered; longest task: within ` +
      `${WATCH_MS / 1000} s after interactive, hovered; ForceAtlas2: ${LAYOUT_SECONDS} s in its ` +
      `web worker, once interactive)`,
  );
  const browser = await launchChromium();
  const rows = [
    [
      'graph',
      'nodes / edges',
      'first paint',
      'interactive (target)',
      'longest task (target)',
      'FA2 it/s',
      'FA2 target',
      'verdict',
    ],
  ];
  try {
    const only = process.env.BENCH_GRAPHS?.split(',');
    for (const graph of GRAPHS.filter((g) => !only || only.includes(g.name))) {
      rows.push(await benchGraph(browser, graph));
    }
  } finally {
    await browser.close();
  }
  print(renderTable(rows));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  runWebBench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
