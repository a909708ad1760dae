// window.__actorgraph: a few figures the benchmark and end-to-end tests read from the page.
//   firstRenderMs     ms from navigation start to the first frame with the graph drawn
//   layoutIterations  ForceAtlas2 iterations run so far
//   layoutRunning     whether ForceAtlas2 is running now
//   nodes, edges      size of the loaded graph
//   frames            frames sigma has rendered since its first (its WebGL layers drawn again)

export interface Probe {
  firstRenderMs: number | null;
  layoutIterations: number;
  layoutRunning: boolean;
  nodes: number;
  edges: number;
  frames: number;
}

declare global {
  interface Window {
    __actorgraph?: Probe;
  }
}

export function probe(): Probe {
  window.__actorgraph ??= {
    firstRenderMs: null,
    layoutIterations: 0,
    layoutRunning: false,
    nodes: 0,
    edges: 0,
    frames: 0,
  };
  return window.__actorgraph;
}
