// Node dragging: press on a node, move, release. The camera stays still while a node moves.
import type Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './build.js';
import type { CanvasEvents } from './canvas.js';

export function enableDragging(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: ExplorerGraph,
  events: Pick<CanvasEvents, 'dragMove' | 'dragEnd'>,
): void {
  let dragged: string | null = null;
  let moved = false;

  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
  });

  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    // Freeze the frame, or sigma would rescale the whole graph as the node leaves the bounds; it
    // stays frozen after the drop so the view does not jump (layouts unfreeze it). Frozen at the
    // first move rather than on the press: setting the box draws a frame, and a click is no drag.
    if (!moved && !sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    moved = true;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    events.dragMove(dragged, position.x, position.y);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = () => {
    if (!dragged) return;
    dragged = null;
    if (moved) events.dragEnd();
  };
  sigma.on('upNode', release);
  sigma.on('upStage', release);
}
