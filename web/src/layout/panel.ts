// The layout panel, built from the LAYOUTS declarations: ForceAtlas2 start/stop with a live
// iteration counter, and one-shot layouts the nodes glide to.
import { animateNodes } from 'sigma/utils';
import type { AppContext } from '../ui/context.js';
import { h } from '../ui/dom.js';
import { count } from '../ui/numbers.js';
import { probe } from '../ui/probe.js';
import { ForceLayout } from './force.js';
import { LAYOUTS, type OneShotLayout } from './layouts.js';
import { SETTLE_LIMIT } from './stable.js';

export interface LayoutControl {
  /** Tells a running layout where a dragged node now is. */
  moveNode(node: string, x: number, y: number): void;
}

export function mountLayout(
  container: HTMLElement,
  ctx: AppContext,
  savePositions: () => void,
): LayoutControl {
  const counter = h('output', { class: 'iterations', 'aria-live': 'off' }, '0 iterations');
  let frame = 0;
  const force = new ForceLayout(ctx.graph, (iterations) => {
    probe().layoutIterations = iterations;
    // One DOM write per frame, however fast the worker iterates.
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      counter.textContent = `${count(force.iterations)} iterations`;
    });
  });

  const toggle = h('button', {
    type: 'button',
    class: 'button primary',
    'aria-pressed': 'false',
    onclick: () => (force.isRunning() ? stop() : start()),
  });
  const oneShots: HTMLButtonElement[] = [];
  const afterForce = LAYOUTS.filter((l): l is OneShotLayout => l.mode === 'once' && !!l.afterForce);

  function renderRunning(): void {
    const running = force.isRunning();
    const declared = LAYOUTS.find((l) => l.mode === 'continuous');
    toggle.textContent = running ? `Stop ${declared?.label}` : `Run ${declared?.label}`;
    toggle.setAttribute('aria-pressed', String(running));
    for (const b of oneShots) b.disabled = running;
    probe().layoutRunning = running;
  }

  /** Lets the camera frame the layout again after a drag froze it; no frame when not frozen. */
  function unfreeze(): void {
    const { sigma } = ctx.canvas;
    if (sigma.getCustomBBox()) sigma.setCustomBBox(null);
  }

  function start(): void {
    unfreeze();
    force.start();
    ctx.canvas.setLayoutRunning(true);
    renderRunning();
  }

  function stop(): void {
    if (!force.isRunning()) return;
    force.stop();
    ctx.canvas.setLayoutRunning(false);
    renderRunning();
    // Each one-shot layout saves the positions once its animation ends.
    if (ctx.graph.order <= SETTLE_LIMIT && afterForce.length > 0) afterForce.forEach(runOnce);
    else savePositions();
  }

  function runOnce(layout: OneShotLayout): void {
    unfreeze();
    animateNodes(ctx.graph, layout.positions(ctx.graph), { duration: 600 }, savePositions);
  }

  container.replaceChildren(
    ...LAYOUTS.map((layout) => {
      if (layout.mode === 'continuous') {
        return h(
          'div',
          { class: 'layout-row' },
          h('div', { class: 'layout-run' }, toggle, counter),
          h('p', { class: 'muted small' }, layout.description),
        );
      }
      const button = h(
        'button',
        {
          type: 'button',
          class: 'button',
          title: layout.description,
          onclick: () => runOnce(layout),
        },
        layout.label,
      );
      oneShots.push(button);
      return button;
    }),
  );
  renderRunning();

  return {
    moveNode: (node, x, y) => force.moveNode(node, x, y),
  };
}
