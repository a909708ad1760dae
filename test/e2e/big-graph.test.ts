// The explorer on a big graph (over 5,000 relationships): nodes drawn as GL points, relationships
// as hairlines, a hover that still finds its actor, and relationships hidden while ForceAtlas2
// runs, back when it stops.
import type { Page } from 'playwright-core';
import type { VocabularyBody } from '../../src/api/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import {
  gotoApp,
  hoverAnActor,
  openPage,
  probeFigure,
  startHarness,
  type Harness,
} from './support/harness.js';
import { colourStats, countColour, decodePng } from './support/png.js';

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
  // Let sigma finish the frame it has scheduled.
  await page.waitForTimeout(300);
  const pixels = decodePng(await page.locator('.sigma').screenshot());
  return relationshipTypes.reduce((sum, t) => sum + countColour(pixels, t.color), 0);
}

describe('web explorer on a big graph', { timeout: 90_000 }, () => {
  it('draws actors and relationships, and a hover finds an actor', async ({ task }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page);
    expect(await page.locator('.legend-note').textContent()).toMatch(/hairlines/);
    const stats = colourStats(decodePng(await page.locator('.sigma').screenshot()));
    expect(stats.vivid).toBeGreaterThan(5_000);
    expect(stats.hues).toBeGreaterThanOrEqual(4);
    // Picking reads the points' own picking pass: the pointer turns into a hand over an actor.
    expect(await hoverAnActor(page, 0.02)).toBe(true);
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
});
