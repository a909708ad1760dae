// Temporary files of dead writers are removed when the store opens and before it writes, and
// logged; files of live writers (this process, or another) and other files are left alone.
import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded/index.js';
import type { StoreLog } from '../../src/store/embedded/stale-temps.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A pid that was a process a moment ago and is not any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const temp = (pid: number) => `.graph.json.${pid}.${UUID}.tmp`;
/** The temporary file of the trust record kept beside graph.json. */
const trustTemp = (pid: number) => `.graph.json.trust.${pid}.${UUID}.tmp`;

function recordingLog(): StoreLog & { lines: Array<{ details: object; message: string }> } {
  const lines: Array<{ details: object; message: string }> = [];
  return { lines, warn: (details, message) => lines.push({ details, message }) };
}

describe('stale temporary files', () => {
  test('opening removes those of dead writers only, and says so', async () => {
    const dir = await makeDir();
    const dead = deadPid();
    const keep = [temp(process.pid), trustTemp(process.ppid), '.other.json.1.tmp', 'notes.txt'];
    const stale = [temp(dead), trustTemp(dead)];
    for (const name of [...stale, ...keep]) await writeFile(path.join(dir, name), 'partial');
    const log = recordingLog();
    const store = await openEmbeddedStore(dir, { log });
    await store.close();
    expect((await readdir(dir)).sort()).toEqual([...keep].sort());
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]!.message).toMatch(/removed 2 temporary file/);
    expect((log.lines[0]!.details as { files: string[] }).files.sort()).toEqual(stale.sort());
  });

  test('a write removes those left since the store opened', async () => {
    const dir = await makeDir();
    const log = recordingLog();
    const store = await openEmbeddedStore(dir, { log });
    await writeFile(path.join(dir, temp(deadPid())), 'partial');
    await store.load(fixtureDataset(), 'replace');
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(['graph.json', 'graph.json.trust']);
    expect(log.lines).toHaveLength(1);
  });
});
