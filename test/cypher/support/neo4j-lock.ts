// Test files that load data into the one Neo4j database at NEO4J_URI take turns: vitest runs
// files in parallel, and a file replacing the data would pull it from under another's queries.
// The lock is a file created exclusively in the temp folder, one per NEO4J_URI.
import { open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A lock older than this is taken to be left by a killed run. */
const STALE_MS = 10 * 60_000;

export async function lockNeo4j(uri: string): Promise<() => Promise<void>> {
  const file = path.join(tmpdir(), `actorgraph-neo4j-${uri.replace(/\W+/g, '_')}.lock`);
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS) await rm(file, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
