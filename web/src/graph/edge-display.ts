// How one edge is drawn right now: hidden by the filters, brought forward by a focus (selection,
// path) or dimmed behind it. On big graphs a focus is drawn on the focus layer instead
// (focus-layer.ts), so these reducers see none there.
import type { EdgeDisplayData } from 'sigma/types';
import { DIMMED_EDGE } from '../appearance/palette.js';
import type { Visible } from '../filters/filters.js';
import type { Highlight } from '../paths/highlight.js';
import type { EdgeAttributes } from './build.js';

// Runs for every edge on every refresh: the common case returns the data untouched.
export function edgeDisplay(
  edge: string,
  data: EdgeAttributes,
  visible: Visible,
  focus: Highlight | null,
): Partial<EdgeDisplayData> {
  if (!visible.edges.has(edge)) return { ...data, hidden: true };
  if (!focus) return data;
  if (focus.edges.has(edge)) return { ...data, zIndex: 1, size: data.size + 1 };
  return { ...data, color: DIMMED_EDGE, zIndex: 0 };
}
