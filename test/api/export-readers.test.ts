// The GEXF and GraphML exports open in the tools people use: networkx's readers (which refuse a
// file mixing directed and undirected edges) and Gephi's GEXF 1.3 and viz namespaces, checked
// by a Python script against the real server. It needs python3 with networkx (.ci/run installs
// it into .venv); without it the test is skipped and says so, except in CI, where it fails.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/store/types.js';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api } from './harness.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCRIPT = path.join(import.meta.dirname, 'support', 'read-exports.py');
const VENV_PYTHON = path.join(ROOT, '.venv', 'bin', 'python');
const PYTHON = process.env.ACTORGRAPH_PYTHON ?? (existsSync(VENV_PYTHON) ? VENV_PYTHON : 'python3');

function hasNetworkx(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasNetworkx();
if (!available) {
  const note = `export readers: ${PYTHON} cannot import networkx (pip install networkx); skipped`;
  if (process.env.CI) throw new Error(note);
  console.warn(note);
}

const makeDir = tempDirs();
let api: Api;
let view: GraphView;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  view = (await api.get('/api/graph')).json;
});
afterAll(() => api.close());

interface Read {
  nodes: number;
  edges: number;
  directed: boolean;
  multi: boolean;
  viz_color?: Record<string, number>;
  kind?: string;
  root?: string;
  viz_elements?: number;
}

describe.skipIf(!available)('exports read by networkx', () => {
  it('reads GEXF and GraphML as directed multigraphs with every node and edge', async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(PYTHON, [SCRIPT, api.base], (err, out, stderr) =>
        err ? reject(new Error(stderr || err.message)) : resolve(out),
      ),
    );
    const read = JSON.parse(stdout) as Record<string, Read>;
    const symmetric = view.edges.filter((e) => e.symmetric).length;
    expect(symmetric).toBeGreaterThan(0);
    for (const [name, r] of Object.entries(read)) {
      const once = name.endsWith('_once');
      expect(r, name).toMatchObject({
        nodes: view.nodes.length,
        edges: view.edges.length + (once ? 0 : symmetric),
        directed: true,
        multi: true,
      });
      expect(r.kind, name).toBeTypeOf('string');
    }
    // Colours come through the viz namespace, which networkx and Gephi both resolve.
    expect(read.gexf?.root).toBe('{http://gexf.net/1.3}gexf');
    expect(read.gexf?.viz_elements).toBe(view.nodes.length + view.edges.length + symmetric);
    expect(read.gexf?.viz_color).toMatchObject({ r: expect.any(Number), g: expect.any(Number) });
  });
});
