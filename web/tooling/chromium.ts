// Node-side: launches the headless Chromium the end-to-end tests and the web benchmark drive
// (Debian's /usr/bin/chromium unless CHROMIUM_PATH says otherwise).
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Resolves once the explorer has drawn the graph for the first time. A function, not a string:
 * Playwright evaluates a string predicate with eval, which the page's CSP refuses at times.
 */
export const FIRST_RENDER = (): boolean =>
  (globalThis as { __actorgraph?: { firstRenderMs: number | null } }).__actorgraph?.firstRenderMs !=
  null;
