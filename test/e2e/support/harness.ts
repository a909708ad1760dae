// End-to-end harness: the real server on a temporary data dir and an ephemeral port, and headless
// Chromium pages that record console errors and leave a screenshot in test-results/ on failure.
// ACTORGRAPH_E2E_STORE=neo4j serves from the Neo4j at NEO4J_URI instead, reloaded with the seed.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { loadConfig, type Neo4jConfig } from '../../../src/config.js';
import type { Dataset } from '../../../src/domain/schema.js';
import { defaultSeedDir, seedStore } from '../../../src/seed/index.js';
import { openEmbeddedStore } from '../../../src/store/embedded/index.js';
import { openNeo4jStore } from '../../../src/store/neo4j/index.js';
import { ROOT, ensureWebBuilt } from '../../../web/tooling/build.js';
import { FIRST_RENDER, launchChromium } from '../../../web/tooling/chromium.js';
import { decodePng, type Pixels } from './png.js';

export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The Neo4j to serve from, loaded with the seed alone; undefined for the embedded store. */
async function e2eNeo4j(): Promise<Neo4jConfig | undefined> {
  if (process.env.ACTORGRAPH_E2E_STORE !== 'neo4j') return undefined;
  const cfg = loadConfig().neo4j;
  if (!cfg) throw new Error('ACTORGRAPH_E2E_STORE=neo4j needs NEO4J_URI');
  const store = await openNeo4jStore(cfg);
  try {
    await seedStore(store, defaultSeedDir(), { reset: true });
  } finally {
    await store.close();
  }
  return cfg;
}

/**
 * Builds the web app if needed, starts the server on the bundled seed (or on `dataset`, always in
 * the embedded store: what it tests is the canvas, not the store) and launches Chromium.
 */
export async function startHarness(dataset?: Dataset): Promise<Harness> {
  ensureWebBuilt();
  const neo4j = dataset ? undefined : await e2eNeo4j();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'actorgraph-e2e-'));
  let server: RunningServer | undefined;
  try {
    if (dataset) {
      const store = await openEmbeddedStore(dataDir);
      await store.load(dataset, 'replace');
      await store.close();
    }
    server = await startServer({
      ...loadConfig({}),
      neo4j,
      dataDir,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
    });
    const browser = await launchChromium();
    const running = server;
    return {
      url: running.url,
      browser,
      async close() {
        await browser.close();
        await running.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}

export interface TestPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * A page in a fresh context (empty localStorage), 1280×800. Call inside a test: on failure it
 * saves a screenshot named after the test.
 */
export async function openPage(harness: Harness, testName: string): Promise<TestPage> {
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    baseURL: harness.url,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  onTestFailed(async () => {
    const dir = path.join(ROOT, 'test-results');
    await mkdir(dir, { recursive: true });
    const file = testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: path.join(dir, `${file}.png`) }).catch(() => undefined);
  });
  return { page, errors };
}

/** Opens a URL of the app and waits until the graph has been drawn once. */
export async function gotoApp(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(FIRST_RENDER);
}

/** Whether the pointer is over an actor: sigma's canvas then shows the hand cursor. */
export async function pointingAtActor(page: Page): Promise<boolean> {
  return /cursor:\s*pointer/.test((await page.locator('.sigma').getAttribute('style')) ?? '');
}

/**
 * Sweeps the middle of the canvas, `step` of its size at a time, until an actor is under the
 * pointer; returns where (pixels within the canvas), or null.
 */
export async function hoverAnActor(
  page: Page,
  step: number,
): Promise<{ x: number; y: number } | null> {
  const box = await page.locator('.sigma').boundingBox();
  if (!box) return null;
  for (let y = 0.2; y < 0.8; y += step)
    for (let x = 0.2; x < 0.8; x += step) {
      const at = { x: box.width * x, y: box.height * y };
      await page.mouse.move(box.x + at.x, box.y + at.y);
      if (await pointingAtActor(page)) return at;
    }
  return null;
}

/** A figure of the page's window.__actorgraph (web/src/ui/probe.ts); NaN before the app sets it. */
export function probeFigure(page: Page, name: 'frames' | 'layoutIterations'): Promise<number> {
  return page.evaluate(
    (key) => (globalThis as { __actorgraph?: Record<string, number> }).__actorgraph?.[key] ?? NaN,
    name,
  );
}

/** The canvas's pixels once sigma has finished the frame it has scheduled. */
export async function canvasPixels(page: Page): Promise<Pixels> {
  await page.waitForTimeout(300);
  return decodePng(await page.locator('.sigma').screenshot());
}
