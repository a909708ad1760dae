// A hover's focus (and on big graphs a selection's or path answer's) on a 2D canvas between
// sigma's labels and its hover layer: a veil over the picture, then the focused relationships,
// actors and labels drawn again on it. A focus thus never re-renders sigma's WebGL layers, a frame
// that in software WebGL takes about 0.1 s on the seed and seconds at 20k/80k.
import type Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import { VEIL } from '../appearance/palette.js';
import type { Highlight } from '../paths/highlight.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './build.js';
import { arrowHead, curveControl, type Point } from './edge-geometry.js';

/** A focus this small gets every label shown; a bigger one leaves labels to sigma's grid. */
export const LABEL_ALL_LIMIT = 40;

export class FocusLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private focus: Highlight | null = null;
  /** The actor the focus is about (hovered or selected): labelled however big the focus. */
  private anchor: string | null = null;

  constructor(
    private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>,
    private readonly graph: ExplorerGraph,
  ) {
    // Sigma sizes the element with its own layers; the drawing buffer is sized in draw().
    this.canvas = sigma.createCanvas('focus', { beforeLayer: 'hovers' });
    this.context = this.canvas.getContext('2d') as CanvasRenderingContext2D;
    // Hidden while there is no focus: one full-size layer fewer for the compositor.
    this.canvas.style.display = 'none';
    // Every frame sigma draws (camera moves, refreshes, drags) moves what the focus covers.
    sigma.on('afterRender', () => this.draw());
  }

  show(focus: Highlight | null, anchor: string | null): void {
    this.focus = focus;
    this.anchor = anchor;
    this.draw();
  }

  private draw(): void {
    this.canvas.style.display = this.focus ? '' : 'none';
    if (!this.focus) return;
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    const ctx = this.context;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, width, height);
    for (const edge of this.focus.edges) this.drawEdge(edge);
    for (const node of this.focus.nodes) this.drawDisc(node);
    if (this.focus.nodes.size <= LABEL_ALL_LIMIT)
      for (const node of this.focus.nodes) this.drawLabel(node);
    else if (this.anchor && this.focus.nodes.has(this.anchor)) this.drawLabel(this.anchor);
  }

  /** A node's position (viewport pixels) and radius, or null when it is not drawn. */
  private place(node: string): (Point & { radius: number }) | null {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return null;
    return { ...this.sigma.framedGraphToViewport(data), radius: this.sigma.scaleSize(data.size) };
  }

  private drawDisc(node: string): void {
    const at = this.place(node);
    if (!at) return;
    fillDisc(this.context, at.x, at.y, at.radius, this.graph.getNodeAttribute(node, 'color'));
  }

  private drawLabel(node: string): void {
    const at = this.place(node);
    if (!at) return;
    const { color, label } = this.graph.getNodeAttributes(node);
    drawDiscNodeLabel(
      this.context,
      { x: at.x, y: at.y, size: at.radius, label, color },
      this.sigma.getSettings(),
    );
  }

  private drawEdge(edge: string): void {
    const [from, to] = this.graph.extremities(edge);
    const [source, target] = [this.place(from), this.place(to)];
    if (!source || !target) return;
    const { color, size, type, curvature } = this.graph.getEdgeAttributes(edge);
    // As edge-display.ts brings a focused edge forward: one unit thicker.
    const width = Math.max(
      this.sigma.getSetting('minEdgeThickness'),
      this.sigma.scaleSize(size + 1),
    );
    const curved = type === 'curved' || type === 'curvedArrow';
    const control = curved ? curveControl(source, target, curvature) : null;
    const ctx = this.context;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(source.x, source.y);
    if (control) ctx.quadraticCurveTo(control.x, control.y, target.x, target.y);
    else ctx.lineTo(target.x, target.y);
    ctx.stroke();
    if (type !== 'arrow' && type !== 'curvedArrow') return;
    const head = arrowHead(control ?? source, target, target.radius, width * 5, width * 2);
    if (!head) return;
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(head[0].x, head[0].y);
    ctx.lineTo(head[1].x, head[1].y);
    ctx.lineTo(head[2].x, head[2].y);
    ctx.fill();
  }
}

/** An actor's disc on a 2D layer, as sigma's WebGL node program draws it. */
export function fillDisc(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  radius: number,
  colour: string,
): void {
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.fill();
}
