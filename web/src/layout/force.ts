// ForceAtlas2 in a web worker, with start/stop and a count of the iterations it has run. The worker
// lays out a light copy of the graph; positions are copied to the drawn graph only as often as
// the canvas can redraw, so a big graph's slow frames never hold the layout back.
import { UndirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from '../graph/build.js';
import { forceSettings } from './force-settings.js';

type LayoutGraph = UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

/** Between copies to the drawn graph, the main thread stays free this many times a frame's cost. */
const SYNC_COST_FACTOR = 3;
const MIN_SYNC_MS = 30;
const MAX_SYNC_MS = 5000;

export class ForceLayout {
  private layoutGraph: LayoutGraph | null = null;
  private supervisor: FA2Layout | null = null;
  private iterationCount = 0;
  private syncTimer: number | undefined;

  /** @param onIteration called after every iteration with the running total */
  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onIteration: (iterations: number) => void,
  ) {}

  get iterations(): number {
    return this.iterationCount;
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(): void {
    if (this.isRunning()) return;
    const layoutGraph = (this.layoutGraph ??= layoutCopy(this.graph));
    // Start from what is on screen: drags and one-shot layouts may have moved nodes since.
    layoutGraph.updateEachNodeAttributes((node, attrs) => {
      const { x, y } = this.graph.getNodeAttributes(node);
      return { ...attrs, x, y };
    });
    this.supervisor ??= this.createSupervisor(layoutGraph);
    this.supervisor.start();
    this.scheduleSync();
  }

  stop(): void {
    if (!this.isRunning()) return;
    this.supervisor?.stop();
    window.clearTimeout(this.syncTimer);
    this.sync();
  }

  /** A node dragged while the layout runs: the worker picks the new position up. */
  moveNode(node: string, x: number, y: number): void {
    if (this.isRunning()) this.layoutGraph?.mergeNodeAttributes(node, { x, y });
  }

  private createSupervisor(layoutGraph: LayoutGraph): FA2Layout {
    // The worker hands back every node once per iteration; the first node marks a new one. Having
    // an outputReducer also makes the supervisor read positions back, so dragged nodes stay put.
    const first = layoutGraph.nodes()[0];
    return new FA2Layout(layoutGraph, {
      settings: forceSettings(layoutGraph.order),
      getEdgeWeight: 'weight',
      outputReducer: (node, attrs) => {
        if (node === first) this.onIteration(++this.iterationCount);
        return attrs;
      },
    });
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
          if (!this.isRunning()) return;
          this.sync();
          this.scheduleSync();
        }, delay);
      }),
    );
  }

  private sync(): void {
    const layoutGraph = this.layoutGraph;
    if (!layoutGraph) return;
    this.graph.updateEachNodeAttributes(
      (node, attrs) => {
        const { x, y } = layoutGraph.getNodeAttributes(node);
        return { ...attrs, x, y };
      },
      { attributes: ['x', 'y'] },
    );
  }
}

/** Nodes with their positions and one weighted edge per linked pair: all ForceAtlas2 reads. */
function layoutCopy(graph: ExplorerGraph): LayoutGraph {
  const copy: LayoutGraph = new UndirectedGraph();
  graph.forEachNode((node, { x, y, size }) => copy.addNode(node, { x, y, size }));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target) {
      copy.updateUndirectedEdge(source, target, (attrs) => ({ weight: (attrs.weight ?? 0) + 1 }));
    }
  });
  return copy;
}
