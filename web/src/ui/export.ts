// The export menu: a PNG of the current view (drawn in the browser) and the API's data downloads.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { EXPORT_FORMATS, exportUrl } from '../api/client.js';
import type { GraphCanvas } from '../graph/canvas.js';
import { h } from './dom.js';

export function mountExport(container: HTMLElement, canvas: GraphCanvas): void {
  const menu = h('details', { class: 'menu' });
  const status = h('span', { class: 'visually-hidden', role: 'status' });
  const png = h(
    'button',
    {
      type: 'button',
      class: 'menu-item',
      onclick: async () => {
        png.disabled = true;
        try {
          // export-image is typed for untyped graphs only; it reads no attribute of ours.
          await downloadAsPNG(canvas.sigma as unknown as Sigma, {
            fileName: 'actorgraph',
            backgroundColor: '#ffffff',
          });
          status.textContent = 'PNG image saved.';
        } catch (err) {
          status.textContent = `The image could not be made: ${(err as Error).message}`;
        } finally {
          png.disabled = false;
          menu.open = false;
        }
      },
    },
    'PNG image of this view',
  );
  menu.append(
    h('summary', { class: 'button' }, 'Export'),
    h(
      'div',
      { class: 'menu-list' },
      png,
      h('p', { class: 'menu-heading' }, 'Whole graph'),
      ...EXPORT_FORMATS.map((f) =>
        h('a', { class: 'menu-item', href: exportUrl(f.format), download: '' }, f.label),
      ),
    ),
  );
  container.replaceChildren(menu, status);
}
