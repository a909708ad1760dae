// The layout worker's loop, apart from its messages so that tests can drive it: ForceAtlas2
// iterations in slices of about a frame over graphology's matrices, with drags and restarts
// written into the matrix between slices, and a warm-up before big layouts.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

/** Floats per node in graphology's node matrix; x and y come first. */
export const NODE_FLOATS = 10;
/** Floats per edge in its edge matrix: both ends' offsets in the node matrix, the weight. */
export const EDGE_FLOATS = 3;
/** A slice runs iterations until this long has passed (at least one). */
export const SLICE_MS = 12;
/** Layouts of this many nodes or more are warmed up first (warmUp). */
export const WARM_UP_FROM = 10_000;
const WARM_UP_NODES = 2_000;
const WARM_UP_ITERATIONS = 40;

export class Fa2Run {
  private count = 0;

  constructor(
    private readonly nodes: Float32Array,
    private readonly edges: Float32Array,
    private readonly settings: Required<ForceAtlas2Settings>,
  ) {}

  get iterations(): number {
    return this.count;
  }

  /** Runs iterations for about SLICE_MS; returns a copy of the nodes' matrix after them. */
  slice(now: () => number = () => performance.now()): Float32Array {
    const until = now() + SLICE_MS;
    do this.step();
    while (now() < until);
    return this.nodes.slice();
  }

  /** One iteration. */
  step(): void {
    iterate(this.settings, this.nodes, this.edges);
    this.count++;
  }

  /** Puts node `index` (its order in the matrix) at x, y. */
  move(index: number, x: number, y: number): void {
    this.nodes[index * NODE_FLOATS] = x;
    this.nodes[index * NODE_FLOATS + 1] = y;
  }

  /** Positions as x, y pairs in matrix order, e.g. where the nodes are on screen now. */
  place(positions: Float32Array): void {
    for (let i = 0; i * 2 < positions.length; i++)
      this.move(i, positions[i * 2] as number, positions[i * 2 + 1] as number);
  }
}

/** The first `count` nodes of a layout's matrices and the edges among them. */
export function firstNodes(
  nodes: Float32Array,
  edges: Float32Array,
  count: number,
): { nodes: Float32Array; edges: Float32Array } {
  // Graphology's edge matrix names each end by its offset in the node matrix.
  const end = count * NODE_FLOATS;
  const kept: number[] = [];
  for (let e = 0; e < edges.length; e += EDGE_FLOATS)
    if ((edges[e] as number) < end && (edges[e + 1] as number) < end)
      kept.push(edges[e] as number, edges[e + 1] as number, edges[e + 2] as number);
  return { nodes: nodes.slice(0, end), edges: new Float32Array(kept) };
}

/**
 * Runs iterations on a small part of a big layout (copies), so that V8 has compiled graphology's
 * iteration with its top tier before the real layout starts. Without it Chromium ran iterations
 * 2-7 of a 20k/80k layout at 1.7-3 s each against 0.15-0.3 s before and after, in graphology's
 * own worker as in ours; with V8's Maglev tier turned off it did not, nor in Node 20 (no Maglev).
 * 2,000 nodes for 40 iterations (0.5-0.6 s there) was enough in every run; 1,000 was not.
 */
export function warmUp(
  nodes: Float32Array,
  edges: Float32Array,
  settings: Required<ForceAtlas2Settings>,
): void {
  const part = firstNodes(nodes, edges, WARM_UP_NODES);
  const run = new Fa2Run(part.nodes, part.edges, settings);
  while (run.iterations < WARM_UP_ITERATIONS) run.step();
}
