// `npm run bench:web`: the web explorer in headless Chromium, on the seed graph and on synthetic
// 5k/20k and 20k/80k graphs served by the real server from a temporary data dir. Measures the
// time from navigation to the first drawn graph, and ForceAtlas2 iterations per second.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startServer } from '../api/server.js';
import { loadConfig } from '../config.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { ensureWebBuilt } from '../../web/tooling/build.js';
import { FIRST_RENDER, launchChromium } from '../../web/tooling/chromium.js';
import { summarize } from './stats.js';
import { syntheticDataset } from './synthetic.js';
import { ms, renderTable } from './table.js';

/** Page loads per graph; the median is reported. */
const LOADS = 3;
const LAYOUT_SECONDS = 5;
const VIEWPORT = { width: 1280, height: 800 };

interface BenchGraph {
  name: string;
  size?: { actors: number; relationships: number };
  firstRenderTargetMs?: number;
  iterationsTarget?: number;
}

const GRAPHS: BenchGraph[] = [
  { name: 'seed', firstRenderTargetMs: 1000 },
  { name: '5k/20k', size: { actors: 5_000, relationships: 20_000 }, iterationsTarget: 20 },
  { name: '20k/80k', size: { actors: 20_000, relationships: 80_000 }, firstRenderTargetMs: 3000 },
];

interface Probe {
  firstRenderMs: number | null;
  layoutIterations: number;
  layoutRunning: boolean;
  nodes: number;
  edges: number;
}

async function firstRender(browser: Browser, url: string): Promise<Probe> {
  // A fresh context each time: no cached positions, no warm HTTP cache.
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(FIRST_RENDER, null, { timeout: 120_000 });
    return (await page.evaluate('window.__actorgraph')) as Probe;
  } finally {
    await context.close();
  }
}

/** Runs ForceAtlas2 from the toolbar for a fixed time and counts the iterations. */
async function layoutRate(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(FIRST_RENDER, null, { timeout: 120_000 });
    const toggle = page.locator('.layout-run button');
    // Big graphs start a bounded layout run on their own; stop it, then run open-ended.
    if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    await toggle.click();
    const count = () => page.evaluate('window.__actorgraph.layoutIterations') as Promise<number>;
    const start = await count();
    const startedAt = Date.now();
    await page.waitForTimeout(LAYOUT_SECONDS * 1000);
    const iterations = (await count()) - start;
    const seconds = (Date.now() - startedAt) / 1000;
    await toggle.click();
    return iterations / seconds;
  } finally {
    await context.close();
  }
}

async function benchGraph(browser: Browser, graph: BenchGraph): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'actorgraph-bench-web-'));
  try {
    if (graph.size) {
      const store = await openEmbeddedStore(dataDir);
      await store.load(syntheticDataset(graph.size), 'replace');
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
      const probes: Probe[] = [];
      for (let i = 0; i < LOADS; i++) probes.push(await firstRender(browser, server.url));
      const render = summarize(probes.map((p) => p.firstRenderMs ?? NaN)).p50;
      const rate = await layoutRate(browser, server.url);
      const { nodes, edges } = probes[0] as Probe;
      return [
        graph.name,
        `${nodes.toLocaleString('en')} / ${edges.toLocaleString('en')}`,
        ms(render),
        graph.firstRenderTargetMs ? `< ${graph.firstRenderTargetMs}` : '',
        verdict(
          graph.firstRenderTargetMs === undefined ? undefined : render < graph.firstRenderTargetMs,
        ),
        rate.toFixed(1),
        graph.iterationsTarget ? `≥ ${graph.iterationsTarget}` : '',
        verdict(graph.iterationsTarget === undefined ? undefined : rate >= graph.iterationsTarget),
      ];
    } finally {
      await server.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function verdict(met: boolean | undefined): string {
  return met === undefined ? '' : met ? 'met' : 'MISSED';
}

export async function runWebBench(print: (line: string) => void = console.log): Promise<void> {
  ensureWebBuilt();
  print(
    `Web explorer (headless Chromium, software WebGL, ${VIEWPORT.width}×${VIEWPORT.height}; ` +
      `first render: median of ${LOADS} fresh loads, from navigation start; ` +
      `ForceAtlas2: ${LAYOUT_SECONDS} s in its web worker)`,
  );
  const browser = await launchChromium();
  const rows = [
    ['graph', 'nodes / edges', 'first render ms', 'target', '', 'FA2 it/s', 'target', ''],
  ];
  try {
    for (const graph of GRAPHS) rows.push(await benchGraph(browser, graph));
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
