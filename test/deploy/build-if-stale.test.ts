// npm start builds only when needed: scripts/build-if-stale.mjs calls a tree stale when a build
// output is missing or a source (or a folder, for deletions) is newer than the oldest output.
import { execFile } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../fixtures/store.js';

const SCRIPT = path.join(import.meta.dirname, '..', '..', 'scripts', 'build-if-stale.mjs');
const makeDir = tempDirs();

function check(root: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, '--check', root], (_err, stdout) => resolve(stdout.trim()));
  });
}

/** Writes `file` (and its folders) dated `secondsAgo`. */
async function touch(root: string, file: string, secondsAgo: number): Promise<void> {
  const p = path.join(root, file);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, 'x');
  const t = new Date(Date.now() - secondsAgo * 1000);
  for (let at = p; at !== root; at = path.dirname(at)) await utimes(at, t, t);
}

describe('build-if-stale', () => {
  it('is stale without a build, fresh after one, stale again when a source changes', async () => {
    const root = await makeDir();
    await touch(root, 'src/a.ts', 100);
    await touch(root, 'web/src/b.ts', 100);
    await touch(root, 'package.json', 100);
    expect(await check(root)).toMatch(/^stale: dist\/src\/cli\/main\.js is missing/);
    await touch(root, 'dist/src/cli/main.js', 50);
    await touch(root, 'dist/web/index.html', 50);
    expect(await check(root)).toBe('fresh');
    await touch(root, 'web/src/b.ts', 10);
    expect(await check(root)).toBe('stale: web changed since the last build');
  });

  it('notices a deleted source through its folder', async () => {
    const root = await makeDir();
    await touch(root, 'src/old.ts', 100);
    await touch(root, 'dist/src/cli/main.js', 50);
    await touch(root, 'dist/web/index.html', 50);
    expect(await check(root)).toBe('fresh');
    const now = new Date();
    await utimes(path.join(root, 'src'), now, now); // what removing a file does to its folder
    expect(await check(root)).toBe('stale: src changed since the last build');
  });
});
