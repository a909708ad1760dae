// The ForceAtlas2 web worker: runs the layout's slices (fa2-run.ts) back to back until told to
// stop, posting the positions after each. Our own loop around graphology's iteration rather
// than graphology's supervisor worker, so that a big layout can be warmed up first (warmUp).
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { Fa2Run, NODE_FLOATS, WARM_UP_FROM, warmUp } from './fa2-run.js';

export type ToWorker =
  | {
      type: 'start';
      /** On the first start only: the matrices and settings the worker keeps from then on. */
      layout?: {
        nodes: Float32Array;
        edges: Float32Array;
        settings: Required<ForceAtlas2Settings>;
      };
      /** x, y pairs in matrix order: where the nodes are now. */
      positions: Float32Array;
    }
  | { type: 'stop' }
  | { type: 'move'; index: number; x: number; y: number };

export interface FromWorker {
  nodes: Float32Array;
  iterations: number;
}

// Typed as much of a dedicated worker's scope as is used: the page's DOM types know no worker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
};

let run: Fa2Run | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function next(): void {
  if (!run) return;
  const nodes = run.slice();
  scope.postMessage({ nodes, iterations: run.iterations }, [nodes.buffer]);
  // A macrotask between slices lets stop and move messages in.
  timer = setTimeout(next, 0);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'start') {
    const { layout } = data;
    if (layout) {
      if (layout.nodes.length >= WARM_UP_FROM * NODE_FLOATS)
        warmUp(layout.nodes, layout.edges, layout.settings);
      run = new Fa2Run(layout.nodes, layout.edges, layout.settings);
    }
    run?.place(data.positions);
    clearTimeout(timer);
    next();
  } else if (data.type === 'stop') {
    clearTimeout(timer);
  } else {
    run?.move(data.index, data.x, data.y);
  }
};
