// Zoom in, zoom out and fit-all buttons over the canvas, for mouse and keyboard users alike.
import type { GraphCanvas } from '../graph/canvas.js';
import { h } from './dom.js';

export function mountCanvasTools(container: HTMLElement, canvas: GraphCanvas): void {
  const tool = (label: string, text: string, direction: 'in' | 'out' | 'reset') =>
    h(
      'button',
      {
        type: 'button',
        class: 'tool',
        'aria-label': label,
        title: label,
        onclick: () => canvas.zoom(direction),
      },
      text,
    );
  container.replaceChildren(
    tool('Zoom in', '+', 'in'),
    tool('Zoom out', '−', 'out'),
    tool('Fit the whole graph', '⤢', 'reset'),
  );
}
