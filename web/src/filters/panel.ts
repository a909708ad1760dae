// The filter panel, which doubles as the legend: kinds and types with their colours and visible /
// total counts, a month window over the claims' dates, contested-only and isolated actors.
import type { AppContext } from '../ui/context.js';
import { fill, h, swatch } from '../ui/dom.js';
import { count } from '../ui/numbers.js';
import { monthIndex, monthLabel, monthsBetween } from './months.js';
import {
  dateExtent,
  DEFAULT_FILTERS,
  isDefaultFilters,
  visibleCounts,
  type Filters,
} from './filters.js';

interface Row {
  key: string;
  box: HTMLInputElement;
  tally: HTMLElement;
  total: number;
}

export function mountFilters(container: HTMLElement, ctx: AppContext): void {
  const { dataset, store } = ctx;
  const kindTotals = tally(dataset.view.nodes.map((n) => n.kind));
  const typeTotals = tally(dataset.view.edges.map((e) => e.type));

  const update = (patch: Partial<Filters>) =>
    store.update({ filters: { ...store.get().filters, ...patch } });

  /** Keeps hidden lists in vocabulary order, so equal filters encode to equal URLs. */
  const toggle = (hidden: string[], order: string[], key: string, show: boolean) =>
    order.filter((k) => (k === key ? !show : hidden.includes(k)));

  const kindOrder = dataset.vocabulary.kinds.map((k) => k.kind).filter((k) => kindTotals.has(k));
  const typeOrder = dataset.vocabulary.relationshipTypes
    .map((t) => t.type)
    .filter((t) => typeTotals.has(t));

  const kindRows = kindOrder.map((kind) =>
    row(
      kind,
      ctx.kindLabel(kind),
      swatch(ctx.kindColour(kind)),
      kindTotals.get(kind) ?? 0,
      (show) =>
        update({ hiddenKinds: toggle(store.get().filters.hiddenKinds, kindOrder, kind, show) }),
    ),
  );
  const typeRows = typeOrder.map((type) => {
    const symmetric = dataset.types.get(type)?.symmetric ?? false;
    const label = h(
      'span',
      {},
      ctx.typeLabel(type),
      h(
        'span',
        { class: 'arrow', title: symmetric ? 'symmetric' : 'directed' },
        symmetric ? ' ↔' : ' →',
      ),
    );
    return row(
      type,
      label,
      swatch(ctx.typeColour(type), 'line'),
      typeTotals.get(type) ?? 0,
      (show) =>
        update({ hiddenTypes: toggle(store.get().filters.hiddenTypes, typeOrder, type, show) }),
    );
  });

  const extent = dateExtent(dataset.view);
  const months = extent ? monthsBetween(extent.first, extent.last) : [];
  const since = slider('filter-since', 'From month');
  const until = slider('filter-until', 'To month');
  const windowLabel = h('p', { class: 'window-label', 'aria-live': 'polite' });
  since.addEventListener('input', () => {
    const i = Math.min(Number(since.value), Number(until.value));
    update({ since: i === 0 ? null : (months[i] ?? null) });
  });
  until.addEventListener('input', () => {
    const i = Math.max(Number(until.value), Number(since.value));
    update({ until: i === months.length - 1 ? null : (months[i] ?? null) });
  });

  const contested = h('input', {
    type: 'checkbox',
    onchange: () => update({ contestedOnly: contested.checked }),
  });
  const isolated = h('input', {
    type: 'checkbox',
    onchange: () => update({ showIsolated: isolated.checked }),
  });
  const reset = h(
    'button',
    { type: 'button', class: 'button', onclick: () => update(DEFAULT_FILTERS) },
    'Reset filters',
  );
  const summary = h('p', { class: 'filter-summary', role: 'status' });

  fill(
    container,
    summary,
    section('Actor kinds', kindRows, (show) => update({ hiddenKinds: show ? [] : [...kindOrder] })),
    section('Relationship types', typeRows, (show) =>
      update({ hiddenTypes: show ? [] : [...typeOrder] }),
    ),
    months.length > 1
      ? h(
          'section',
          { class: 'filter-section' },
          h('h3', {}, 'When it happened'),
          h(
            'p',
            { class: 'muted window-note' },
            'Months of the claimed facts, not of the articles reporting them; undated relationships always show.',
          ),
          windowLabel,
          h('label', { for: 'filter-since', class: 'slider-label' }, 'From'),
          since,
          h('label', { for: 'filter-until', class: 'slider-label' }, 'To'),
          until,
          h('p', { class: 'muted small' }, 'Undated relationships always show.'),
        )
      : null,
    h(
      'section',
      { class: 'filter-section' },
      h('h3', {}, 'Evidence'),
      h('label', { class: 'check' }, contested, ' Contested claims only'),
      h('label', { class: 'check' }, isolated, ' Show actors with no visible relationship'),
    ),
    reset,
  );

  function slider(id: string, label: string): HTMLInputElement {
    return h('input', {
      id,
      type: 'range',
      min: 0,
      max: Math.max(0, months.length - 1),
      step: 1,
      'aria-label': label,
    });
  }

  function render(): void {
    const filters = store.get().filters;
    const visible = ctx.visible();
    const counts = visibleCounts(dataset.view, visible);
    for (const r of kindRows) sync(r, !filters.hiddenKinds.includes(r.key), counts.kinds);
    for (const r of typeRows) sync(r, !filters.hiddenTypes.includes(r.key), counts.types);
    const first = filters.since ? monthIndex(months, filters.since, 'since') : 0;
    const last = filters.until ? monthIndex(months, filters.until, 'until') : months.length - 1;
    since.value = String(first);
    until.value = String(last);
    since.setAttribute('aria-valuetext', monthLabel(months[first] ?? ''));
    until.setAttribute('aria-valuetext', monthLabel(months[last] ?? ''));
    windowLabel.textContent = `${monthLabel(months[first] ?? '')} – ${monthLabel(months[last] ?? '')}`;
    contested.checked = filters.contestedOnly;
    isolated.checked = filters.showIsolated;
    reset.disabled = isDefaultFilters(filters);
    summary.textContent =
      `Showing ${count(visible.nodes.size)} of ${count(dataset.view.nodes.length)} actors, ` +
      `${count(visible.edges.size)} of ${count(dataset.view.edges.length)} relationships`;
  }

  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) render();
  });
  render();
}

function row(
  key: string,
  label: Node | string,
  mark: HTMLElement,
  total: number,
  onToggle: (show: boolean) => void,
): Row & { el: HTMLElement } {
  const box = h('input', { type: 'checkbox', checked: true });
  box.addEventListener('change', () => onToggle(box.checked));
  const tally = h('span', { class: 'count' });
  const el = h(
    'label',
    { class: 'legend-row' },
    box,
    mark,
    h('span', { class: 'legend-label' }, label),
    tally,
  );
  return { key, box, tally, total, el };
}

function section(
  title: string,
  rows: Array<Row & { el: HTMLElement }>,
  setAll: (show: boolean) => void,
): HTMLElement {
  return h(
    'section',
    { class: 'filter-section', 'aria-label': title },
    h(
      'div',
      { class: 'section-head' },
      h('h3', {}, title),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'aria-label': `Show all ${title.toLowerCase()}`,
          onclick: () => setAll(true),
        },
        'all',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'aria-label': `Hide all ${title.toLowerCase()}`,
          onclick: () => setAll(false),
        },
        'none',
      ),
    ),
    h('div', { class: 'legend-rows' }, ...rows.map((r) => r.el)),
  );
}

function sync(r: Row, shown: boolean, visibleCounts: Map<string, number>): void {
  r.box.checked = shown;
  r.tally.textContent = `${count(visibleCounts.get(r.key) ?? 0)} / ${count(r.total)}`;
}

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
