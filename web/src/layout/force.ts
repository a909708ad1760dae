// ForceAtlas2 in a web worker (fa2-worker.ts), with start/stop and a count of the iterations it
// has run. The worker lays out graphology's matrices of the graph (fa2-matrices.ts); positions are
// copied to the drawn graph only as often as the canvas can redraw, so a big graph's slow frames
// never hold the layout back.
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import type { ExplorerGraph } from '../graph/build.js';
import { layoutMatrices } from './fa2-matrices.js';
import type { FromWorker, ToWorker } from './fa2-worker.js';
import { NODE_FLOATS } from './fa2-run.js';
import { forceSettings } from './force-settings.js';

/** Between copies to the drawn graph, the main thread stays free this many times a frame's cost. */
const SYNC_COST_FACTOR = 3;
const MIN_SYNC_MS = 30;
const MAX_SYNC_MS = 5000;

export class ForceLayout {
  private worker: Worker | null = null;
  /** Each node's place in the worker's matrix. */
  private index = new Map<string, number>();
  /** The node matrix of the worker's latest slice. */
  private latest: Float32Array | null = null;
  private running = false;
  private iterationCount = 0;
  private syncTimer: number | undefined;

  /** @param onIteration called after every slice of iterations with the running total */
  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onIteration: (iterations: number) => void,
  ) {}

  get iterations(): number {
    return this.iterationCount;
  }

  isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    const first = this.worker === null;
    const worker = (this.worker ??= this.spawn());
    const message: ToWorker = { type: 'start', positions: this.positions() };
    const transfer: Transferable[] = [message.positions.buffer];
    if (first) {
      const { nodes, edges } = layoutMatrices(this.graph);
      message.layout = {
        nodes,
        edges,
        settings: { ...FA2_DEFAULTS, ...forceSettings(this.graph.order) },
      };
      transfer.push(nodes.buffer, edges.buffer);
    }
    worker.postMessage(message, transfer);
    this.running = true;
    this.scheduleSync();
  }

  stop(): void {
    if (!this.running) return;
    this.worker?.postMessage({ type: 'stop' } satisfies ToWorker);
    this.running = false;
    window.clearTimeout(this.syncTimer);
    this.sync();
  }

  /** A node dragged while the layout runs: the worker picks the new position up. */
  moveNode(node: string, x: number, y: number): void {
    const index = this.index.get(node);
    if (this.running && index !== undefined)
      this.worker?.postMessage({ type: 'move', index, x, y } satisfies ToWorker);
  }

  private spawn(): Worker {
    // The matrix follows the drawn graph's node order, as layoutMatrices writes them.
    this.graph.forEachNode((node) => this.index.set(node, this.index.size));
    const worker = new Worker(new URL('./fa2-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      // A slice posted before a stop arrived: its positions were never meant to be shown.
      if (!this.running) return;
      this.latest = data.nodes;
      this.iterationCount = data.iterations;
      this.onIteration(data.iterations);
    };
    return worker;
  }

  /** Where the nodes are on screen now (drags and one-shot layouts move them), in matrix order. */
  private positions(): Float32Array {
    const positions = new Float32Array(this.graph.order * 2);
    this.graph.forEachNode((node, { x, y }) => {
      const i = this.index.get(node) as number;
      positions[i * 2] = x;
      positions[i * 2 + 1] = y;
    });
    return positions;
  }

  /**
   * Copies positions, then waits out the frame that draws them before the next copy. The wait is
   * timed up to the second animation frame after the copy: the browser holds frames back while the
   * GPU (or software WebGL) is still busy, so this sees the drawing's real cost, not just the JS.
   */
  private scheduleSync(): void {
    const started = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const cost = performance.now() - started;
        const delay = Math.min(MAX_SYNC_MS, Math.max(MIN_SYNC_MS, SYNC_COST_FACTOR * cost));
        this.syncTimer = window.setTimeout(() => {
          if (!this.running) return;
          this.sync();
          this.scheduleSync();
        }, delay);
      }),
    );
  }

  private sync(): void {
    const nodes = this.latest;
    if (!nodes) return;
    this.graph.updateEachNodeAttributes(
      (node, attrs) => {
        const at = (this.index.get(node) as number) * NODE_FLOATS;
        return { ...attrs, x: nodes[at] as number, y: nodes[at + 1] as number };
      },
      { attributes: ['x', 'y'] },
    );
  }
}
