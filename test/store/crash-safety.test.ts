// Crash safety of the embedded store's writes: a child process replaces a 5k/25k graph with a
// 5k/30k one and back, and is SIGKILLed at a random moment, tens of times. Each time the store
// must open as one of the two graphs, and no temporary file may be left once it has opened.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/bench/synthetic.js';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import { tempDirs } from '../fixtures/store.js';
import { CRASH_GRAPHS } from './support/crash-graphs.js';

const TRIALS = 20;
/** Kills land up to this long after the first write: about two loads of the child. */
const KILL_WINDOW_MS = 250;
const WRITER = path.join(import.meta.dirname, 'support', 'write-forever.ts');

const makeDir = tempDirs();

/** Starts the writer on `dir`, waits for its first whole write, kills it `delay` ms later. */
async function killMidWrite(dir: string, delay: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('wrote')) resolve();
    });
    child.once('exit', () => reject(new Error('the writer exited before its first write')));
  });
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  await exited;
}

describe('SIGKILL in the middle of writes', () => {
  test(`${TRIALS} kills at random moments: the store opens as the old or new graph, no temp file left`, async () => {
    const sizes = CRASH_GRAPHS.map((g) => g.relationships);
    const random = seededRandom(7);
    let tempsLeftByKills = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const dir = await makeDir();
      await killMidWrite(dir, Math.floor(random() * KILL_WINDOW_MS));
      if ((await readdir(dir)).some((f) => f.endsWith('.tmp'))) tempsLeftByKills += 1;
      const store = await openEmbeddedStore(dir);
      const { relationships } = await store.stats();
      await store.close();
      expect(sizes).toContain(relationships);
      // The graph and its trust record (written by the open that validated it), no temp file.
      expect((await readdir(dir)).sort()).toEqual(['graph.json', 'graph.json.trust']);
    }
    // Some kills must have landed mid-write, or the test proved nothing.
    expect(tempsLeftByKills).toBeGreaterThan(0);
  }, 180_000);
});
