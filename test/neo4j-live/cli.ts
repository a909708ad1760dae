// The actorgraph CLI run as its own process against the test server, and seed folders for it:
// what the live Neo4j tests drive loads and starts with.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Neo4jConfig } from '../../src/config.js';
import type { Dataset } from '../../src/domain/schema.js';
import { tempDirs } from '../fixtures/store.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const makeDir = tempDirs();

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliEnv(cfg: Neo4jConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: cfg.uri,
    NEO4J_USER: cfg.user,
    NEO4J_PASSWORD: cfg.password,
    NEO4J_DATABASE: cfg.database ?? '',
  };
}

export function cli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, env, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? Number((err as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A seed folder holding `dataset`, as `actorgraph seed --dir` reads it. */
export async function seedDir(dataset: Dataset): Promise<string> {
  const dir = await makeDir();
  await mkdir(path.join(dir, 'relationships'));
  await writeFile(path.join(dir, 'sources.json'), JSON.stringify(dataset.sources));
  await writeFile(path.join(dir, 'actors.json'), JSON.stringify(dataset.actors));
  await writeFile(path.join(dir, 'relationships/all.json'), JSON.stringify(dataset.relationships));
  return dir;
}
