// Node-side: when the explorer becomes interactive. An init script records the page's long tasks
// (main-thread tasks over 50 ms) from navigation start; the page counts as interactive at the end
// of the last long task before a quiet window in which none runs, while the bench hovers the
// canvas, so input is answered within 50 ms from then on (the idea of Lighthouse's TTI).
import type { BrowserContext, Page } from 'playwright-core';

/** A main-thread task: start and duration, ms from navigation start. */
export type Task = [start: number, duration: number];

interface TaskLog {
  __longTasks?: Task[];
}

/** Installs the long-task recorder in every page of the context, before the page's own scripts. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: Task[] = ((globalThis as TaskLog).__longTasks = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.push([e.startTime, e.duration]);
      // Chromium knows the 'longtask' entry type; Node's typings of the observer do not.
    }).observe({ type: 'longtask', buffered: true } as unknown as { type: 'mark' });
  });
}

export function longTasks(page: Page): Promise<Task[]> {
  return page.evaluate(() => (globalThis as TaskLog).__longTasks ?? []);
}

function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Moves the mouse across the middle of the viewport, as a user looking at the graph would. */
async function hover(page: Page, step: number): Promise<void> {
  const size = page.viewportSize() ?? { width: 800, height: 600 };
  const x = size.width * (0.4 + 0.2 * ((step * 37) % 10) * 0.1);
  const y = size.height * (0.4 + 0.2 * ((step * 53) % 10) * 0.1);
  await page.mouse.move(x, y);
}

/**
 * Ms from navigation start to interactive (never before `firstRenderMs`), or null when no quiet
 * window came within `timeoutMs`.
 */
export async function timeToInteractive(
  page: Page,
  firstRenderMs: number,
  { quietMs = 2000, timeoutMs = 30_000, pollMs = 250 } = {},
): Promise<number | null> {
  const deadline = (await now(page)) + timeoutMs;
  for (let step = 0; ; step++) {
    await hover(page, step);
    await page.waitForTimeout(pollMs);
    const [tasks, t] = await Promise.all([longTasks(page), now(page)]);
    const lastEnd = tasks.reduce((end, [s, d]) => Math.max(end, s + d), 0);
    const interactiveAt = Math.max(firstRenderMs, lastEnd);
    if (t - interactiveAt >= quietMs) return interactiveAt;
    if (t > deadline) return null;
  }
}

/** The longest main-thread task after `since` (ms from navigation start); 0 when none over 50 ms. */
export async function longestTaskAfter(page: Page, since: number): Promise<number> {
  const tasks = await longTasks(page);
  return tasks.filter(([s]) => s >= since).reduce((most, [, d]) => Math.max(most, d), 0);
}

/** Hovers the canvas for `ms`, so the window after interactive sees input being handled. */
export async function hoverFor(page: Page, ms: number, pollMs = 250): Promise<void> {
  for (let step = 0; step * pollMs < ms; step++) {
    await hover(page, step);
    await page.waitForTimeout(pollMs);
  }
}
