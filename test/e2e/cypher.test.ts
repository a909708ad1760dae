// The explorer's Cypher view end to end in Chromium: an example runs and shows rows and a drawn
// graph, Ctrl+Enter runs what is typed, a syntax error is marked at its place, a write query is
// refused with the server's message, and the query travels in the URL.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../web/tooling/build.js';
import { seedActorsOfKind } from '../fixtures/seed-counts.js';
import { colourStats, countColour, decodePng } from './support/png.js';
import { gotoApp, openPage, startHarness, type Harness } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => {
  await harness?.close();
});

describe('the Cypher view', () => {
  it('runs an example: rows in the table, the paths drawn, the query in the URL', async ({
    task,
  }) => {
    const { page, errors } = await openPage(harness, task.name);
    await gotoApp(page, '/?view=cypher');
    await page.click('[data-example="all-ttp-to-kabul"]');
    await page.waitForSelector('.cypher-table tbody tr');
    const rows = await page.locator('.cypher-table tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    expect(await page.locator('.cypher-table').innerText()).toContain('Kabul (city)');
    expect(await page.locator('.cypher-status').innerText()).toMatch(
      // The backend that answered: the harness serves from Neo4j with ACTORGRAPH_E2E_STORE=neo4j.
      new RegExp(`^${rows} rows · [\\d.]+ ms · ${process.env.ACTORGRAPH_E2E_STORE ?? 'embedded'}`),
    );
    expect(new URL(page.url()).searchParams.get('cypher')).toContain('allShortestPaths');
    await page.click('button:has-text("Graph") >> nth=-1');
    await page.waitForTimeout(500);
    const pixels = decodePng(await page.locator('.cypher-canvas').screenshot());
    expect(colourStats(pixels).painted).toBeGreaterThan(200);
    await mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'cypher-view.png') });
    expect(errors).toEqual([]);
  });

  it('shows a result on the main graph, dimming what is not in it', async ({ task }) => {
    const { page } = await openPage(harness, task.name);
    await gotoApp(page);
    await page.waitForTimeout(300);
    const before = decodePng(await page.locator('.sigma').screenshot());
    await page.getByRole('button', { name: 'Cypher', exact: true }).click();
    await page.click('[data-example="all-ttp-to-kabul"]');
    await page.waitForSelector('.cypher-table tbody tr');
    await page.getByRole('button', { name: 'Show on main graph' }).click();
    await page.locator('.graph-view').waitFor();
    await page.waitForTimeout(800);
    const after = decodePng(await page.locator('.sigma').screenshot());
    // The colour dimmed nodes take (web/src/appearance/palette.ts).
    expect(countColour(after, '#d9dde3')).toBeGreaterThan(countColour(before, '#d9dde3') + 200);
  });

  it('runs what is typed with Ctrl+Enter', async ({ task }) => {
    const { page } = await openPage(harness, task.name);
    await gotoApp(page, '/?view=cypher');
    await page.click('.cypher-editor .cm-content');
    await page.keyboard.type('MATCH (g:ArmedGroup) RETURN count(g) AS groups');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.cypher-table tbody tr');
    expect(await page.locator('.cypher-table tbody').innerText()).toBe(
      String(seedActorsOfKind('ArmedGroup')),
    );
  });

  it('marks a syntax error at its position in the editor', async ({ task }) => {
    const { page } = await openPage(harness, task.name);
    const query = 'MATCH (a:Actor)\nRETRUN a';
    await gotoApp(page, `/?view=cypher&cypher=${encodeURIComponent(query)}`);
    await page.waitForSelector('.cypher-error:not([hidden])');
    expect(await page.locator('.cypher-error').innerText()).toMatch(
      /syntax_error .*\(line 2, column 1\)/,
    );
    const marked = page.locator('.cypher-editor .cm-lintRange-error');
    await marked.waitFor();
    expect(await marked.innerText()).toBe('R');
  });

  it('refuses a write query with the server’s message', async ({ task }) => {
    const { page } = await openPage(harness, task.name);
    const query = "MATCH (a:Actor {id: 'ttp'}) DETACH DELETE a";
    await gotoApp(page, `/?view=cypher&cypher=${encodeURIComponent(query)}`);
    await page.waitForSelector('.cypher-error:not([hidden])');
    expect(await page.locator('.cypher-error').innerText()).toMatch(
      /read_only DETACH DELETE writes to the graph, and queries here are read-only/,
    );
  });
});
