// The legend over the canvas: what node colours and sizes mean right now, and how edges read.
import type { LegendEntry } from '../appearance/appearance.js';
import { fill, h, swatch } from './dom.js';
import { count } from './numbers.js';

const MAX_ENTRIES = 10;

export function renderLegend(
  container: HTMLElement,
  colourTitle: string,
  sizeTitle: string,
  entries: LegendEntry[],
  hairlines: boolean,
): void {
  const shown = entries.slice(0, MAX_ENTRIES);
  const rest = entries.length - shown.length;
  fill(
    container,
    h('p', { class: 'legend-title' }, colourTitle),
    h(
      'ul',
      {},
      ...shown.map((e) =>
        h(
          'li',
          {},
          swatch(e.colour),
          h('span', {}, e.label),
          h('span', { class: 'count' }, count(e.count)),
        ),
      ),
      rest > 0 ? h('li', { class: 'muted' }, `and ${rest} more`) : null,
    ),
    h(
      'p',
      { class: 'legend-note' },
      hairlines
        ? `Size: ${sizeTitle}. Edges: hairlines, hidden while ForceAtlas2 runs; a hover, ` +
            `selection or path shows arrows (directed) and width (more claims).`
        : `Size: ${sizeTitle}. Arrows: directed relationships; thicker: more claims.`,
    ),
  );
}
