// How an edge is drawn: filtered out, untouched, or brought forward or dimmed by a focus.
import { describe, expect, it } from 'vitest';
import { DIMMED_EDGE } from '../../web/src/appearance/palette.js';
import type { EdgeAttributes } from '../../web/src/graph/build.js';
import { edgeDisplay } from '../../web/src/graph/edge-display.js';

const edge = (type: EdgeAttributes['type']): EdgeAttributes => ({
  relType: 'STRIKES',
  type,
  color: '#b91c1c',
  size: 2,
  curvature: 0,
});
const visible = { nodes: new Set(['a', 'b']), edges: new Set(['e1', 'e2']) };
const focus = { nodes: new Set(['a', 'b']), edges: new Set(['e1']) };

describe('edgeDisplay', () => {
  it('hides what the filters exclude, whatever the focus', () => {
    expect(edgeDisplay('e3', edge('arrow'), visible, focus).hidden).toBe(true);
    expect(edgeDisplay('e3', edge('arrow'), visible, null).hidden).toBe(true);
  });

  it('leaves edges as they are without a focus', () => {
    const data = edge('arrow');
    expect(edgeDisplay('e1', data, visible, null)).toBe(data);
  });

  it('brings focused edges forward, one unit wider, in their own shape', () => {
    expect(edgeDisplay('e1', edge('arrow'), visible, focus)).toMatchObject({
      type: 'arrow',
      size: 3,
      zIndex: 1,
    });
    expect(edgeDisplay('e1', edge('curvedArrow'), visible, focus).type).toBe('curvedArrow');
  });

  it('dims the rest behind a focus', () => {
    const shown = edgeDisplay('e2', edge('line'), visible, focus);
    expect(shown).toMatchObject({ color: DIMMED_EDGE, zIndex: 0, type: 'line' });
  });
});
