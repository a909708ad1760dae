// How an edge is drawn: filtered out, untouched, brought forward or dimmed by a focus, and on big
// graphs a hairline unless focused (its full shape, arrow and width, coming back with the focus).
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
    expect(edgeDisplay('e3', edge('arrow'), visible, focus, false).hidden).toBe(true);
    expect(edgeDisplay('e3', edge('arrow'), visible, null, true).hidden).toBe(true);
  });

  it('leaves edges as they are without a focus; on a big graph their type maps to hairlines', () => {
    const data = edge('arrow');
    expect(edgeDisplay('e1', data, visible, null, false)).toBe(data);
    // The hairline is the program registered for 'arrow' on big graphs: the data stays as is.
    expect(edgeDisplay('e1', data, visible, null, true)).toBe(data);
  });

  it('brings focused edges forward, wider, in their full shape on a big graph', () => {
    expect(edgeDisplay('e1', edge('arrow'), visible, focus, false)).toMatchObject({
      type: 'arrow',
      size: 3,
      zIndex: 1,
    });
    expect(edgeDisplay('e1', edge('arrow'), visible, focus, true)).toMatchObject({
      type: 'fullArrow',
      size: 3,
    });
    expect(edgeDisplay('e1', edge('line'), visible, focus, true).type).toBe('fullLine');
    // Curves have no hairline form: they keep their program.
    expect(edgeDisplay('e1', edge('curvedArrow'), visible, focus, true).type).toBe('curvedArrow');
  });

  it('dims the rest behind a focus', () => {
    const shown = edgeDisplay('e2', edge('line'), visible, focus, true);
    expect(shown).toMatchObject({ color: DIMMED_EDGE, zIndex: 0, type: 'line' });
  });
});
