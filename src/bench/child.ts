// Runs a benchmark script in a fresh Node process (--expose-gc) and reads the one JSON line it
// prints: a fresh process per measurement keeps memory figures and JIT state its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench` runs the build, as `npm start` does, so the figures are those of the code users
 * run: under tsx every closure is renamed as it is created (esbuild's keepNames), a cost the
 * built code does not pay. Run through tsx, this module is TypeScript and so are its siblings.
 */
const SCRIPT_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** The Node flags a bench script needs: tsx's loader only when it is TypeScript. */
export const LOADER: readonly string[] = SCRIPT_EXT === '.ts' ? ['--import', 'tsx'] : [];

/** The path of the bench script `name` (no extension) beside this module. */
export function benchScript(name: string): string {
  return fileURLToPath(new URL(`./${name}${SCRIPT_EXT}`, import.meta.url));
}

export function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...LOADER, '--expose-gc', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as T);
      else reject(new Error(`${script} ${args.join(' ')} exited with code ${code}`));
    });
  });
}
