// The web explorer end to end: the real server and the built app in headless Chromium, checked
// the way a user would see it — pixels on the canvas, panels, the URL and downloads.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  colourStats,
  countColour,
  decodePng,
  isColour,
  paintedOverlap,
  pixelAt,
  PNG_MAGIC,
  sameShare,
  type Pixels,
} from './support/png.js';
import { FIRST_RENDER } from '../../web/tooling/chromium.js';
import {
  canvasPixels,
  gotoApp,
  hoverAnActor,
  openPage,
  pointingAtActor,
  probeFigure,
  startHarness,
  type Harness,
} from './support/harness.js';

/** The colour dimmed nodes take (web/src/appearance/palette.ts). */
const DIMMED_NODE = '#d9dde3';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

async function apiJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, harness.url));
  return (await response.json()) as T;
}

/** "Showing 62 of 62 actors, 151 of 151 relationships" → [62, 62, 151, 151]. */
async function filterSummary(page: Page): Promise<number[]> {
  const text = (await page.locator('.filter-summary').textContent()) ?? '';
  return [...text.replaceAll(',', '').matchAll(/\d+/g)].map((m) => Number(m[0]));
}

describe('web explorer', { timeout: 60_000 }, () => {
  it('draws the whole graph, coloured by kind, with a legend', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const health = await apiJson<{ nodes: number; relationships: number }>('/api/health');
    expect(await filterSummary(page)).toEqual([
      expect.any(Number),
      health.nodes,
      health.relationships,
      health.relationships,
    ]);
    const stats = colourStats(await canvasPixels(page));
    expect(stats.painted).toBeGreaterThan(5_000);
    // Seven actor kinds and many relationship types: the canvas is far from monochrome.
    expect(stats.hues).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator('.legend li').count()).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
  });

  it('downloads its data once, in the canvas form, using the preloads', async ({ task }) => {
    const { page } = await openPage(harness, task.name);
    const requests: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) requests.push(url.pathname);
    });
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().includes('preload')) warnings.push(m.text());
    });
    await gotoApp(page);
    // A preload the app's fetch does not match would download it again, and the browser warns a
    // few seconds after load; the full /api/graph (records the canvas never draws) is not asked.
    await page.waitForTimeout(3500);
    expect(requests.sort()).toEqual(['/api/graph/compact', '/api/vocabulary']);
    expect(warnings).toEqual([]);
  });

  it('finds "Kabul" as the Afghan Interim Government and opens its details', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Kabul');
    const first = page.locator('#search-list [role="option"]').first();
    await expect.poll(() => first.textContent()).toContain('Afghan Interim Government');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#actor-name').textContent())
      .toBe('Afghan Interim Government');
    expect(page.url()).toContain('actor=afghan-interim-government');
    // Relationships grouped by type, each with claims citing a source.
    expect(await page.locator('.rel-group').count()).toBeGreaterThan(2);
    await page.locator('.rel .toggle').first().click();
    await expect.poll(() => page.locator('.claim cite').first().textContent()).toBeTruthy();
    // Each claim reads its status in words with its claimant, and its two dates apart.
    const labels = await page.locator('.claim .status').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    const known = ['reported', 'alleged', 'denied by the party concerned', 'disputed', 'proposed'];
    for (const label of labels)
      expect([...known, "author's assessment", 'speculation']).toContain(label);
    const dates = await page.locator('.claim .claim-dates').allTextContents();
    expect(dates.length).toBe(labels.length);
    for (const d of dates) expect(d).toMatch(/^happened(:| ).+ · reported on(:| ).+/);
    expect(await page.locator('.claim .claim-meta').first().textContent()).toMatch(/, claimed by /);
    // Esc clears the selection.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('actor=');
    expect(errors).toEqual([]);
  });

  it('answers "who links TTP to Kabul" and highlights the paths', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const before = await canvasPixels(page);
    await page.getByRole('button', { name: 'Find paths', exact: true }).first().click();
    await page.locator('#path-from').fill('TTP');
    await page.locator('#path-to').fill('Kabul');
    // As a user would: the suggestions open over the form (after the autocomplete's debounce, so
    // a fast click could slip in before them); Esc closes them, then the button is clicked.
    await expect.poll(() => page.locator('#path-to').getAttribute('aria-expanded')).toBe('true');
    await page.locator('#path-to').press('Escape');
    expect(await page.locator('#path-to').inputValue()).toBe('Kabul');
    await page.locator('.path-form button[type="submit"]').click();
    await page.locator('.path').first().waitFor();
    expect(await page.locator('.path').count()).toBeGreaterThan(0);
    const answerText = await page.locator('.path-results').textContent();
    expect(answerText).toContain('Tehrik-i-Taliban Pakistan');
    expect(answerText).toContain('Afghan Interim Government');
    // Every path lists its hops' evidence.
    await page.locator('.path .toggle').first().click();
    expect(await page.locator('.path .hop-evidence .claim').count()).toBeGreaterThan(0);
    // The rest of the graph is dimmed: far more dimmed-grey pixels than before.
    const after = await canvasPixels(page);
    expect(countColour(after, DIMMED_NODE)).toBeGreaterThan(countColour(before, DIMMED_NODE) + 200);
    expect(page.url()).toMatch(/from=TTP.*to=Kabul|to=Kabul.*from=TTP/);
    expect(errors).toEqual([]);
  });

  it("lights up a hovered actor's neighbourhood without drawing the graph again", async ({
    task,
  }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const before = await canvasPixels(page);
    const frames = () => probeFigure(page, 'frames');
    const framesBefore = await frames();
    const at = await hoverAnActor(page, 0.03);
    expect(at).not.toBeNull();
    const hovered = await canvasPixels(page);
    // The actor under the pointer shows in its colour over sigma's white hover box: its disc is
    // drawn on the 2D hover layer, since sigma's WebGL layer for hovered actors is hidden.
    expect(isColour(pixelAt(hovered, at!.x, at!.y), '#ffffff', 20)).toBe(false);
    expect(await page.locator('canvas.sigma-hoverNodes').isVisible()).toBe(false);
    // The veil fades most of the picture; the neighbourhood stays in colour above it.
    const [was, is] = [colourStats(before), colourStats(hovered)];
    expect(is.vivid).toBeLessThan(was.vivid * 0.5);
    expect(is.vivid).toBeGreaterThan(200);
    expect(is.hues).toBeGreaterThanOrEqual(1);
    // Sigma drew no frame for it: the WebGL layers are as they were.
    expect(await frames()).toBe(framesBefore);
    const box = (await page.locator('.sigma').boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    expect(await pointingAtActor(page)).toBe(false);
    expect(sameShare(before, await canvasPixels(page))).toBeGreaterThan(0.999);
    expect(errors).toEqual([]);
  });

  it('"Show on graph" brings the actor to the middle of the canvas, after a layout moved it', async ({
    task,
  }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page, '/?actor=ttp');
    const { kinds } = await apiJson<{ kinds: { kind: string; color: string }[] }>(
      '/api/vocabulary',
    );
    const colour = kinds.find((k) => k.kind === 'ArmedGroup')!.color;
    await page.getByRole('button', { name: 'Circle' }).click();
    await page.waitForTimeout(900); // the layout's 600 ms move
    const middle = (p: Pixels) => pixelAt(p, p.width / 2, p.height / 2);
    // The circle's middle is empty.
    expect(isColour(middle(await canvasPixels(page)), colour)).toBe(false);
    await page.getByRole('button', { name: 'Show on graph' }).click();
    await page.waitForTimeout(600); // the camera's 450 ms move
    expect(isColour(middle(await canvasPixels(page)), colour)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('runs ForceAtlas2 in its worker, moving the actors, and keeps where it stopped', async ({
    task,
  }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const before = await canvasPixels(page);
    // The positions the page keeps in localStorage (one dataset's entry at a time).
    const saved = () =>
      page.evaluate(() => {
        const { localStorage: storage } = globalThis as unknown as {
          localStorage: { getItem(key: string): string | null };
        };
        const key = Object.keys(storage).find((k) => k.startsWith('actorgraph:positions:'));
        return key ? storage.getItem(key) : null;
      });
    const first = await saved();
    expect(first).not.toBeNull();
    const toggle = page.locator('.layout-run button');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => probeFigure(page, 'layoutIterations'), { timeout: 10_000 })
      .toBeGreaterThan(100);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => page.locator('.iterations').textContent())
      .toMatch(/^[\d,]+ iterations$/);
    // Stopping runs the one-shot overlap removal, which saves the positions once it ends.
    await expect.poll(saved, { timeout: 10_000 }).not.toBe(first);
    const laidOut = await saved();
    expect(sameShare(before, await canvasPixels(page))).toBeLessThan(0.99);
    // A reload draws the kept positions rather than laying the graph out again.
    await gotoApp(page, '/');
    expect(await saved()).toBe(laidOut);
    expect(sameShare(before, await canvasPixels(page))).toBeLessThan(0.99);
    expect(errors).toEqual([]);
  });

  it('hides relationships with a filter without moving the layout', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const [, , shownBefore, total] = await filterSummary(page);
    expect(shownBefore).toBe(total);
    const before = await canvasPixels(page);
    await page.getByLabel('Contested claims only').check();
    await expect.poll(async () => (await filterSummary(page))[2]).toBeLessThan(total!);
    expect(page.url()).toContain('contested=1');
    const after = await canvasPixels(page);
    expect(colourStats(after).painted).toBeLessThan(colourStats(before).painted);
    // What is still drawn was drawn there before: items were hidden, nothing moved. (Labels the
    // hidden nodes no longer crowd out may appear, hence not exactly 1.)
    expect(paintedOverlap(before, after)).toBeGreaterThan(0.9);
    expect(errors).toEqual([]);
  });

  it('restores selection, filters and path query from a shared URL', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page, '/?actor=ttp&hideKinds=Place&from=TTP&to=Kabul&hops=3');
    await expect
      .poll(() => page.locator('#actor-name').textContent())
      .toBe('Tehrik-i-Taliban Pakistan');
    const place = page.locator('.legend-row', { hasText: 'Place' }).locator('input');
    expect(await place.isChecked()).toBe(false);
    await page.getByRole('tab', { name: 'Paths' }).click();
    await page.locator('.path').first().waitFor();
    expect(await page.locator('#path-hops').inputValue()).toBe('3');
    // A reload keeps it all.
    await page.reload();
    await page.waitForFunction(FIRST_RENDER);
    await expect
      .poll(() => page.locator('#actor-name').textContent())
      .toBe('Tehrik-i-Taliban Pakistan');
    expect(page.url()).toContain('hideKinds=Place');
    expect(errors).toEqual([]);
  });

  it('starts from the same picture every time and keeps a dragged node after a reload', async ({
    task,
  }) => {
    const first = await openPage(harness, `${task.name} (first visit)`);
    await gotoApp(first.page);
    const original = await canvasPixels(first.page);
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    expect(sameShare(original, await canvasPixels(page))).toBeGreaterThan(0.999);

    // Selecting TTP brings it to the middle of the canvas; drag it from there.
    await gotoApp(page, '/?actor=ttp');
    await page.waitForTimeout(800);
    const box = (await page.locator('.sigma').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 160, y + 90, { steps: 10 });
    await page.mouse.up();

    await gotoApp(page, '/');
    expect(sameShare(original, await canvasPixels(page))).toBeLessThan(0.99);
    expect(errors).toEqual([]);
  });

  it('exports the view as a PNG image and links the data downloads', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG image of this view' }).click(),
    ]);
    const png = await readFile((await download.path())!);
    expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(colourStats(decodePng(png)).hues).toBeGreaterThanOrEqual(4);
    const gexf = await page.locator('a.menu-item', { hasText: 'GEXF' }).getAttribute('href');
    const response = await fetch(new URL(gexf!, harness.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<gexf');
    expect(errors).toEqual([]);
  });

  it('offers a sortable table of the visible actors', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = page.locator('.data-table tbody tr');
    await rows.first().waitFor();
    const degrees = await page.locator('.data-table tbody td:nth-child(3)').allTextContents();
    const numbers = degrees.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.getByLabel('Filter table rows').fill('Pakistan');
    await expect.poll(() => rows.count()).toBeLessThan(numbers.length);
    await rows.first().getByRole('button').first().click();
    await expect.poll(() => page.locator('#actor-name').textContent()).toContain('Pakistan');
    expect(errors).toEqual([]);
  });

  it('says so when the API is unreachable, and recovers on Retry', async ({ task }) => {
    const { page } = await openPage(harness, task.name);
    await page.route('**/api/graph/compact', (route) => route.abort());
    await page.goto('/');
    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('cannot be reached');
    await page.unroute('**/api/graph/compact');
    await retry.click();
    await page.waitForFunction(FIRST_RENDER);
    expect(colourStats(await canvasPixels(page)).painted).toBeGreaterThan(5_000);
  });
});
