// How one edge is drawn right now: hidden by the filters, brought forward by a focus (hover,
// selection, path) or dimmed behind it; on big graphs, a hairline unless focused, and hidden
// unless focused while a layout moves the nodes.
import type { EdgeDisplayData } from 'sigma/types';
import { DIMMED_EDGE } from '../appearance/palette.js';
import type { Visible } from '../filters/filters.js';
import type { Highlight } from '../paths/highlight.js';
import type { EdgeAttributes } from './build.js';

/**
 * On a big graph the straight shapes' programs draw one-pixel GL lines; a focused edge gets its
 * full shape back under these types. Filling every edge's rectangle is what software WebGL spends
 * a frame on: at 20k/80k a frame took 9-10 s of the GPU process with rectangles and 2.3-2.9 s
 * with hairlines.
 */
export const FULL_SHAPE: Partial<Record<string, string>> = { line: 'fullLine', arrow: 'fullArrow' };

/**
 * How the canvas draws edges: in full (small graphs), as hairlines (big graphs), or, on a big graph
 * while ForceAtlas2 runs, not at all unless focused. Each new set of positions redraws every edge:
 * at 20k/80k on software WebGL such a frame held the page for 1.6-5 s, long enough that a click
 * on Stop waited for it, and took the cores the layout runs on.
 */
export type EdgeStyle = 'full' | 'hairlines' | 'moving';

// Runs for every edge on every refresh: the common case returns the data untouched.
export function edgeDisplay(
  edge: string,
  data: EdgeAttributes,
  visible: Visible,
  focus: Highlight | null,
  style: EdgeStyle,
): Partial<EdgeDisplayData> {
  if (!visible.edges.has(edge)) return { ...data, hidden: true };
  const focused = focus?.edges.has(edge) ?? false;
  if (style === 'moving' && !focused) return { ...data, hidden: true };
  if (!focus) return data;
  if (focused) {
    const type = style === 'full' ? data.type : (FULL_SHAPE[data.type] ?? data.type);
    return { ...data, type, zIndex: 1, size: data.size + 1 };
  }
  return { ...data, color: DIMMED_EDGE, zIndex: 0 };
}
