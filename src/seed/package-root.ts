// Finds the package root (the nearest folder up with a package.json), so default paths work
// both from src/ under tsx and from the compiled dist/src/ under node.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  root = dir;
  return root;
}

/** The curated seed graph shipped with the package. */
export function defaultSeedDir(): string {
  return path.join(packageRoot(), 'seed');
}
