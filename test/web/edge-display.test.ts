// How an edge is drawn: filtered out, untouched, brought forward or dimmed by a focus, and on big
// graphs a hairline unless focused (its full shape, arrow and width, coming back with the focus),
// and hidden unless focused while a layout runs there.
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
    expect(edgeDisplay('e3', edge('arrow'), visible, focus, 'full').hidden).toBe(true);
    expect(edgeDisplay('e3', edge('arrow'), visible, null, 'hairlines').hidden).toBe(true);
  });

  it('leaves edges as they are without a focus; on a big graph their type maps to hairlines', () => {
    const data = edge('arrow');
    expect(edgeDisplay('e1', data, visible, null, 'full')).toBe(data);
    // The hairline is the program registered for 'arrow' on big graphs: the data stays as is.
    expect(edgeDisplay('e1', data, visible, null, 'hairlines')).toBe(data);
  });

  it('brings focused edges forward, wider, in their full shape on a big graph', () => {
    expect(edgeDisplay('e1', edge('arrow'), visible, focus, 'full')).toMatchObject({
      type: 'arrow',
      size: 3,
      zIndex: 1,
    });
    expect(edgeDisplay('e1', edge('arrow'), visible, focus, 'hairlines')).toMatchObject({
      type: 'fullArrow',
      size: 3,
    });
    expect(edgeDisplay('e1', edge('line'), visible, focus, 'hairlines').type).toBe('fullLine');
    // Curves have no hairline form: they keep their program.
    expect(edgeDisplay('e1', edge('curvedArrow'), visible, focus, 'hairlines').type).toBe(
      'curvedArrow',
    );
  });

  it('dims the rest behind a focus', () => {
    const shown = edgeDisplay('e2', edge('line'), visible, focus, 'hairlines');
    expect(shown).toMatchObject({ color: DIMMED_EDGE, zIndex: 0, type: 'line' });
  });

  it('while a layout runs on a big graph, shows only the focused edges, in full', () => {
    expect(edgeDisplay('e2', edge('line'), visible, null, 'moving').hidden).toBe(true);
    expect(edgeDisplay('e2', edge('line'), visible, focus, 'moving').hidden).toBe(true);
    expect(edgeDisplay('e1', edge('arrow'), visible, focus, 'moving')).toMatchObject({
      type: 'fullArrow',
      size: 3,
      zIndex: 1,
    });
    expect(edgeDisplay('e3', edge('arrow'), visible, focus, 'moving').hidden).toBe(true);
  });
});
