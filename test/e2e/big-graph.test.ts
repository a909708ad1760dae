// The explorer on a big graph (over 5,000 relationships): nodes drawn as GL points, relationships
// as hairlines, a hover that still finds its actor, a selection drawn on the focus layer without a
// WebGL frame, and relationships hidden while ForceAtlas2 runs, back when it stops.
import type { Page } from 'playwright-core';
import type { VocabularyBody } from '../../src/api/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import {
  canvasPixels,
  gotoApp,
  hoverAnActor,
  openPage,
  probeFigure,
  startHarness,
  type Harness,
} from './support/harness.js';
import { colourStats, countColour, sameShare } from './support/png.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(syntheticDataset({ actors: 2_000, relationships: 6_000 }));
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

/** Pixels in a relationship type's colour (no actor kind has one): the hairlines drawn. */
async function hairlinePixels(page: Page): Promise<number> {
  const response = await fetch(new URL('/api/vocabulary', harness.url));
  const { relationshipTypes } = (await response.json()) as VocabularyBody;
  const pixels = await canvasPixels(page);
  return relationshipTypes.reduce((sum, t) => sum + countColour(pixels, t.color), 0);
}

describe('web explorer on a big graph', { timeout: 90_000 }, () => {
  it('draws actors and relationships, and a hover finds an actor', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    expect(await page.locator('.legend-note').textContent()).toMatch(/hairlines/);
    const stats = colourStats(await canvasPixels(page));
    expect(stats.vivid).toBeGreaterThan(5_000);
    expect(stats.hues).toBeGreaterThanOrEqual(4);
    // Picking reads the points' own picking pass: the pointer turns into a hand over an actor.
    expect(await hoverAnActor(page, 0.02)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('hides the relationships while ForceAtlas2 runs and draws them again when it stops', async ({
    task,
  }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const before = await hairlinePixels(page);
    expect(before).toBeGreaterThan(10_000);
    const toggle = page.locator('.layout-run button');
    await toggle.click();
    await expect
      .poll(() => probeFigure(page, 'layoutIterations'), { timeout: 20_000 })
      .toBeGreaterThan(20);
    // The actors' antialiased rims match a type's colour here and there; the hairlines are gone.
    const running = await hairlinePixels(page);
    expect(running).toBeLessThan(before * 0.1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Back, though fewer than at first: the layout has drawn the actors together over them.
    expect(await hairlinePixels(page)).toBeGreaterThan(running * 2);
    expect(errors).toEqual([]);
  });

  it('shows a selected actor on the focus layer, without drawing the graph again', async ({
    task,
  }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    const before = await canvasPixels(page);
    const framesBefore = await probeFigure(page, 'frames');
    expect(await hoverAnActor(page, 0.02)).not.toBeNull();
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator('#actor-name').count()).toBe(1);
    // Off the actor: the selection's neighbourhood stays above the veil.
    const box = (await page.locator('.sigma').boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    const selected = await canvasPixels(page);
    expect(colourStats(selected).vivid).toBeLessThan(colourStats(before).vivid * 0.5);
    expect(colourStats(selected).vivid).toBeGreaterThan(20);
    expect(await probeFigure(page, 'frames')).toBe(framesBefore);
    // A click on empty canvas clears the selection and the picture is as it was.
    await page.mouse.click(box.x + 4, box.y + 4);
    await expect.poll(() => page.url()).not.toMatch(/actor=/);
    expect(sameShare(before, await canvasPixels(page))).toBeGreaterThan(0.999);
    expect(errors).toEqual([]);
  });
});
