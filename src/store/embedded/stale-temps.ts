// Temporary files left by writers that died mid-write (`.graph.json.<pid>.<uuid>.tmp`, as large as
// the store): removed when the store opens and before each write, but only those whose process
// is gone, so a live writer's file (this process's or another's) is never touched.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Where the store reports what it cleaned up; pino's Logger is one. */
export interface StoreLog {
  warn(details: object, message: string): void;
}

/** The temporary file a writer with `pid` uses for `file`. */
export function tempFileName(file: string, pid: number, unique: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${pid}.${unique}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 checks that the process exists, and sends nothing
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of `file`, and of the records kept beside it under its name plus a
 * suffix (graph.json.trust), whose writer is dead; returns their names.
 */
export async function removeStaleTemps(file: string, log?: StoreLog): Promise<string[]> {
  const prefix = `.${path.basename(file)}.`;
  const pattern = /^(?:[a-z]+\.)?(\d+)\.[0-9a-f-]{36}\.tmp$/;
  const removed: string[] = [];
  for (const name of await readdir(path.dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(pattern.exec(name.slice(prefix.length))?.[1] ?? NaN);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    await rm(path.join(path.dirname(file), name), { force: true });
    removed.push(name);
  }
  if (removed.length > 0) {
    log?.warn(
      { dir: path.dirname(file), files: removed },
      `removed ${removed.length} temporary file(s) left by writers that died mid-write`,
    );
  }
  return removed;
}
