// The layouts on offer, declared as data; the layout panel builds its controls from this list.
import circular from 'graphology-layout/circular.js';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../graph/build.js';
import { applyStableLayout, overlapParams, positionsOf, type Positions } from './stable.js';

interface Declared {
  id: string;
  label: string;
  description: string;
}

/** Runs until stopped, in a worker (see force.ts). */
export interface ContinuousLayout extends Declared {
  mode: 'continuous';
}

/** Computes target positions at once; the panel animates the nodes there. */
export interface OneShotLayout extends Declared {
  mode: 'once';
  positions(graph: ExplorerGraph): Positions;
  /** Also runs by itself when ForceAtlas2 stops, on graphs small enough for it to be quick. */
  afterForce?: boolean;
}

export type LayoutDeclaration = ContinuousLayout | OneShotLayout;

export const LAYOUTS: readonly LayoutDeclaration[] = [
  {
    id: 'forceatlas2',
    label: 'ForceAtlas2',
    description: 'Linked actors pull together, all others push apart. Runs until you stop it.',
    mode: 'continuous',
  },
  {
    id: 'noverlap',
    label: 'Remove overlaps',
    description: 'Nudges overlapping actors apart, keeping the picture.',
    mode: 'once',
    positions: (graph) => noverlap(graph, overlapParams),
    afterForce: true,
  },
  {
    id: 'stable',
    label: 'Starting layout',
    description: 'Back to the layout this data always starts with.',
    mode: 'once',
    positions: (graph) => {
      const copy = graph.copy();
      applyStableLayout(copy);
      return positionsOf(copy);
    },
  },
  {
    id: 'circular',
    label: 'Circle',
    description: 'All actors on one circle: every link visible, no clusters.',
    mode: 'once',
    positions: (graph) => circular(graph, { scale: 10 * Math.sqrt(graph.order) }) as Positions,
  },
];
