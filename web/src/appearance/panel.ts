// The appearance panel: node size and node colour, offered from the metric declarations.
import {
  COLOUR_OPTIONS,
  isAvailable,
  SIZE_OPTIONS,
  type MetricDeclaration,
} from '../metrics/declarations.js';
import type { AppContext } from '../ui/context.js';
import { h } from '../ui/dom.js';

export function mountAppearance(container: HTMLElement, ctx: AppContext): void {
  const { store, dataset } = ctx;
  const select = (
    id: string,
    options: readonly MetricDeclaration[],
    onChange: (value: string) => void,
  ) => {
    const el = h(
      'select',
      { id, onchange: () => onChange(el.value) },
      ...options.map((o) => {
        const available = isAvailable(o, dataset.view.nodes.length);
        return h(
          'option',
          { value: o.id, title: o.description, disabled: !available },
          available ? o.label : `${o.label} (too many actors)`,
        );
      }),
    );
    return el;
  };
  const size = select('appearance-size', SIZE_OPTIONS, (sizeBy) => store.update({ sizeBy }));
  const colour = select('appearance-colour', COLOUR_OPTIONS, (colourBy) =>
    store.update({ colourBy }),
  );
  const note = h('p', { class: 'muted small' });

  function render(): void {
    const state = store.get();
    size.value = state.sizeBy;
    colour.value = state.colourBy;
    const chosen = SIZE_OPTIONS.find((m) => m.id === state.sizeBy);
    note.textContent = chosen?.description ?? '';
  }

  container.replaceChildren(
    h('label', { for: 'appearance-size', class: 'field-label' }, 'Node size'),
    size,
    note,
    h('label', { for: 'appearance-colour', class: 'field-label' }, 'Node colour'),
    colour,
  );
  store.subscribe((state, previous) => {
    if (state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy) render();
  });
  render();
}
