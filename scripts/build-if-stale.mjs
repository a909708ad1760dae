// `npm start`'s build step: runs `npm run build` only when a source is newer than the build (or
// there is no build yet, as on a fresh clone), so a second start takes a second, not 25.
// `--check [root]` only says whether the build is stale (exit 0 fresh, 1 stale).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads: the server and web sources and the files that steer the compilers. */
const SOURCES = [
  'src',
  'web',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
];
/** What the build writes last in each of its two steps. */
const OUTPUTS = ['dist/src/cli/main.js', 'dist/web/index.html'];
const SKIP = new Set(['node_modules', 'dist']);

/** Newest modification time under `p`; directories count too, so a deleted file shows. */
function newest(p) {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return 0;
  }
  let time = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of readdirSync(p)) {
      if (!SKIP.has(entry)) time = Math.max(time, newest(path.join(p, entry)));
    }
  }
  return time;
}

/** Why `root` needs a build, or undefined when its build is up to date. */
function staleReason(root) {
  let built = Infinity;
  for (const out of OUTPUTS) {
    try {
      built = Math.min(built, statSync(path.join(root, out)).mtimeMs);
    } catch {
      return `${out} is missing`;
    }
  }
  for (const source of SOURCES) {
    if (newest(path.join(root, source)) > built) return `${source} changed since the last build`;
  }
  return undefined;
}

const args = process.argv.slice(2);
if (args[0] === '--check') {
  const reason = staleReason(path.resolve(args[1] ?? '.'));
  console.log(reason ? `stale: ${reason}` : 'fresh');
  process.exit(reason ? 1 : 0);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reason = staleReason(root);
if (reason) {
  console.error(`Building (${reason})...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
