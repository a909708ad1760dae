// The rendered graph: sigma over the graphology graph, with reducers that hide what the filters
// exclude and dim what a selection or a path answer pushes into the background; a hover's
// neighbourhood is drawn on the focus layer above them (focus-layer.ts), and so, on big graphs,
// are a selection and a path answer.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import {
  drawDiscNodeHover,
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodePointProgram,
  type NodeHoverDrawingFunction,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_NODE } from '../appearance/palette.js';
import type { Visible } from '../filters/filters.js';
import type { Highlight } from '../paths/highlight.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './build.js';
import { enableDragging } from './drag.js';
import { edgeDisplay } from './edge-display.js';
import { FocusLayer, LABEL_ALL_LIMIT, fillDisc } from './focus-layer.js';

export interface CanvasEvents {
  clickNode(id: string): void;
  clickStage(): void;
  dragMove(node: string, x: number, y: number): void;
  dragEnd(): void;
}

/**
 * Above this many edges the graph is big: edges and labels are hidden while the camera moves or a
 * layout runs, straight edges are one-pixel GL lines (in software WebGL a 20k/80k frame took 9-10 s
 * of the GPU process with every edge a filled rectangle, 2.3-2.9 s with lines), and a selection or
 * path answer is drawn on the focus layer rather than by re-reducing every item.
 */
const BIG_GRAPH_EDGES = 5000;

export class GraphCanvas {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private visible: Visible;
  private selected: string | null = null;
  private hovered: string | null = null;
  private readonly focusLayer: FocusLayer;
  private selectionFocus: Highlight | null = null;
  private pathFocus: Highlight | null = null;
  /** Whether straight edges are drawn as hairlines: on big graphs (BIG_GRAPH_EDGES). */
  readonly hairlines: boolean;
  private layoutRunning = false;
  /** Whether actors moved since sigma last processed the graph (its frame's bounds are stale). */
  private movedSinceProcess = false;

  constructor(
    container: HTMLElement,
    private readonly graph: ExplorerGraph,
    visible: Visible,
    events: CanvasEvents,
  ) {
    this.visible = visible;
    const big = (this.hairlines = graph.size > BIG_GRAPH_EDGES);
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      edgeProgramClasses: {
        line: big ? EdgeLineProgram : EdgeRectangleProgram,
        arrow: big ? EdgeLineProgram : EdgeArrowProgram,
        curved: EdgeCurveProgram,
        curvedArrow: EdgeCurvedArrowProgram,
      },
      defaultEdgeType: 'line',
      // Sigma's default disc is drawn instanced, one triangle per node, which software WebGL
      // (SwiftShader) runs as one small draw per node: at 20k/80k the nodes alone held each frame
      // in the GPU process for about a second. GL points are one vertex per node in one draw; their
      // limits (a point vanishes once its centre leaves the canvas, and GPUs cap its size) matter
      // little on a big graph's small nodes.
      ...(big ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
      defaultDrawNodeHover: drawHoverWithDisc,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2937' },
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: big ? 7 : 5,
      hideEdgesOnMove: big,
      hideLabelsOnMove: big,
      // Drawing highlighted items on top needs a sort of every item per refresh: small graphs only.
      zIndex: !big,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 40,
      // The container is hidden while the table view shows; sigma must not throw then.
      allowInvalidContainer: true,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });

    // Sigma draws hovered and highlighted actors again on a WebGL layer of their own, which the
    // compositor then reads back from software WebGL on every hover (the first time about 50 ms,
    // as its programs compile). drawHoverWithDisc draws the disc on the 2D hover layer instead.
    this.sigma.getCanvases().hoverNodes?.style.setProperty('display', 'none');

    // A hover draws its neighbourhood on a layer of its own, on every size of graph: re-reducing
    // every item for it would cost a full frame of the WebGL layers per hover.
    this.focusLayer = new FocusLayer(this.sigma, graph);
    this.sigma.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      this.hovered = node;
      this.showFocus();
    });
    this.sigma.on('leaveNode', () => {
      container.style.cursor = '';
      this.hovered = null;
      this.showFocus();
    });
    const moved = () => (this.movedSinceProcess = true);
    graph.on('nodeAttributesUpdated', moved);
    graph.on('eachNodeAttributesUpdated', moved);
    this.sigma.on('afterProcess', () => (this.movedSinceProcess = false));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickStage', () => events.clickStage());
    enableDragging(this.sigma, graph, events);
  }

  setVisible(visible: Visible): void {
    this.visible = visible;
    if (this.selected) this.selectionFocus = this.neighbourhood(this.selected);
    this.showFocus();
    this.redraw();
  }

  setSelected(id: string | null): void {
    this.selected = id !== null && this.graph.hasNode(id) ? id : null;
    this.selectionFocus = this.selected ? this.neighbourhood(this.selected) : null;
    this.refocus();
  }

  setPath(highlight: Highlight | null): void {
    this.pathFocus = highlight;
    this.refocus();
  }

  /** While a layout runs, a big graph draws no edges; the focus layer still shows a focus's. */
  setLayoutRunning(running: boolean): void {
    if (running === this.layoutRunning) return;
    this.layoutRunning = running;
    if (this.hairlines) this.redraw();
  }

  /** Moves the camera onto a node, zooming in if the view is wide. */
  async focusNode(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) return;
    // Positions changed since sigma last processed the graph (restored, laid out) leave its
    // frame's bounds stale, and a container resized since (panels filled in at start) its size:
    // either way the camera would miss the node. Process first, but only then, since on a big
    // graph that is a full frame (0.3-0.9 s at 20k/80k in software WebGL).
    const container = this.sigma.getContainer();
    const { width, height } = this.sigma.getDimensions();
    const resized = container.offsetWidth !== width || container.offsetHeight !== height;
    if (this.movedSinceProcess || resized) this.sigma.refresh();
    const { x, y } = this.framedPosition(id);
    const camera = this.sigma.getCamera();
    await camera.animate(
      { x, y, ratio: Math.min(camera.getState().ratio, 0.4) },
      { duration: 450 },
    );
  }

  /** Frames the given nodes. */
  async fitNodes(ids: Iterable<string>): Promise<void> {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      const d = this.framedPosition(id);
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return;
    // Display coordinates are framed to [0, 1]: ratio 1 shows everything.
    const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.4));
    await this.sigma
      .getCamera()
      .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  zoom(direction: 'in' | 'out' | 'reset'): void {
    const camera = this.sigma.getCamera();
    if (direction === 'in') void camera.animatedZoom({ duration: 250 });
    else if (direction === 'out') void camera.animatedUnzoom({ duration: 250 });
    else void camera.animatedReset({ duration: 300 });
  }

  /**
   * Where a node sits in the camera's [0, 1] frame. Computed from its graph position, because
   * display data holds raw positions until a scheduled refresh has been processed.
   */
  private framedPosition(id: string): { x: number; y: number } {
    const { x, y } = this.graph.getNodeAttributes(id);
    return this.sigma.viewportToFramedGraph(this.sigma.graphToViewport({ x, y }));
  }

  /** Reducer inputs changed: re-reduce and redraw on the next frame, once however many calls. */
  private redraw(): void {
    this.sigma.scheduleRefresh();
  }

  private focus(): Highlight | null {
    return this.pathFocus ?? this.selectionFocus;
  }

  /** The focus the reducers apply: none on a big graph, whose focus is on the focus layer. */
  private reducedFocus(): Highlight | null {
    return this.hairlines ? null : this.focus();
  }

  /** A selection or path changed: the focus layer shows it on a big graph, the reducers elsewhere. */
  private refocus(): void {
    if (this.hairlines) this.showFocus();
    else this.redraw();
  }

  /** What the focus layer shows: a hover's neighbourhood, else on a big graph the focus. */
  private showFocus(): void {
    if (this.hovered) this.focusLayer.show(this.neighbourhood(this.hovered), this.hovered);
    else if (this.hairlines) this.focusLayer.show(this.focus(), this.selected);
    else this.focusLayer.show(null, null);
  }

  /** The node, its visible relationships and the actors at their other ends. */
  private neighbourhood(node: string): Highlight {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    this.graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (!this.visible.edges.has(edge)) return;
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
    return { nodes, edges };
  }

  // Reducers run for every item on every refresh: the common case returns the data untouched.
  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    if (!this.visible.nodes.has(node)) return { ...data, hidden: true };
    const focus = this.reducedFocus();
    const selected = !this.hairlines && node === this.selected;
    if (!focus && !selected) return data;
    const display: Partial<NodeDisplayData> = { ...data };
    if (focus?.nodes.has(node)) {
      display.zIndex = 1;
      display.forceLabel = focus.nodes.size <= LABEL_ALL_LIMIT;
    } else if (focus) {
      display.color = DIMMED_NODE;
      display.label = null;
      display.zIndex = 0;
    }
    if (selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    // Each new set of a running layout's positions redraws every edge: traced at 20k/80k on
    // software WebGL such a frame held the page for 0.75-1.27 s with the edges and 0.27-0.65 s
    // without, time a click on Stop waits and cores the layout runs on.
    if (this.hairlines && this.layoutRunning) return { ...data, hidden: true };
    return edgeDisplay(edge, data, this.visible, this.reducedFocus());
  }
}

/**
 * Sigma's hover label box, then the actor's disc over it: the disc sigma would have drawn on its
 * WebGL hover layer, which is hidden.
 */
const drawHoverWithDisc: NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> = (
  context,
  data,
  settings,
) => {
  drawDiscNodeHover(context, data, settings);
  fillDisc(context, data.x, data.y, data.size, data.color);
};
