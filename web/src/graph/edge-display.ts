// How one edge is drawn right now: hidden by the filters, brought forward by a focus (hover,
// selection, path) or dimmed behind it; on big graphs, a hairline unless focused.
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

// Runs for every edge on every refresh: the common case returns the data untouched.
export function edgeDisplay(
  edge: string,
  data: EdgeAttributes,
  visible: Visible,
  focus: Highlight | null,
  hairlines: boolean,
): Partial<EdgeDisplayData> {
  if (!visible.edges.has(edge)) return { ...data, hidden: true };
  if (!focus) return data;
  if (focus.edges.has(edge)) {
    const type = hairlines ? (FULL_SHAPE[data.type] ?? data.type) : data.type;
    return { ...data, type, zIndex: 1, size: data.size + 1 };
  }
  return { ...data, color: DIMMED_EDGE, zIndex: 0 };
}
