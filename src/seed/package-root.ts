// Finds the package root (the nearest folder up with a package.json), so default paths work
// both from src/ under tsx and from the compiled dist/src/ under node.
import { existsSync, readFileSync } from 'node:fs';
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

/** package.json's version: reported by --version, /api/health and the OpenAPI document. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8'));
  return String(pkg.version);
}
