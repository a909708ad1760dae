// Runs a benchmark script in a fresh Node process (tsx, --expose-gc) and reads the one JSON line
// it prints: a fresh process per measurement keeps memory figures and JIT state its own.
import { spawn } from 'node:child_process';

export function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', script, ...args], {
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
