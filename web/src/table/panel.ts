// The table view: the filtered actors and relationships as sortable, searchable tables, an
// accessible alternative to the canvas. Names are buttons that select the actor.
import type { CanvasEdge, CanvasNode } from '../../../src/api/types.js';
import { formatDate } from '../details/format.js';
import type { AppContext } from '../ui/context.js';
import { fill, h } from '../ui/dom.js';
import { count } from '../ui/numbers.js';
import { type Column, type Direction, filterRows, sortRows } from './rows.js';

interface TableColumn<T> extends Column<T> {
  cell?(row: T): Node | string;
}

type Tab = 'actors' | 'relationships';

/** Rendering more rows than this only slows the page; the filter box narrows them down. */
const ROW_LIMIT = 500;

export interface TableView {
  /** Redraws from the current filters and metrics; does nothing while the table is hidden. */
  refresh(): void;
}

export function mountTable(container: HTMLElement, ctx: AppContext): TableView {
  const { dataset } = ctx;
  let tab: Tab = 'actors';
  let sort: { column: string; direction: Direction } = {
    column: 'degree',
    direction: 'descending',
  };

  const actorButton = (id: string) =>
    h(
      'button',
      { type: 'button', class: 'link actor-link', onclick: () => ctx.select(id, { focus: true }) },
      dataset.nodes.get(id)?.name ?? id,
    );

  function actorColumns(): TableColumn<CanvasNode>[] {
    return [
      { id: 'name', label: 'Name', value: (n) => n.name, cell: (n) => actorButton(n.id) },
      { id: 'kind', label: 'Kind', value: (n) => ctx.kindLabel(n.kind) },
      { id: 'degree', label: 'Degree', value: (n) => n.degree, numeric: true },
      ...ctx.metrics
        .computed()
        .filter(([m]) => m.id !== 'degree')
        .map(([m, values]) => ({
          id: m.id,
          label: m.label,
          numeric: true,
          value: (n: CanvasNode) => values.get(n.id) ?? null,
          cell: (n: CanvasNode) => formatMetric(values.get(n.id), m.use),
        })),
    ];
  }

  function relationshipColumns(): TableColumn<CanvasEdge>[] {
    const name = (id: string) => dataset.nodes.get(id)?.name ?? id;
    return [
      { id: 'from', label: 'From', value: (e) => name(e.from), cell: (e) => actorButton(e.from) },
      { id: 'type', label: 'Relationship', value: (e) => ctx.typeLabel(e.type) },
      { id: 'to', label: 'To', value: (e) => name(e.to), cell: (e) => actorButton(e.to) },
      { id: 'claims', label: 'Claims', value: (e) => e.claimCount, numeric: true },
      { id: 'sources', label: 'Sources', value: (e) => e.sourceCount, numeric: true },
      {
        id: 'contested',
        label: 'Contested',
        value: (e) => (e.contested ? 'contested' : null),
        cell: (e) =>
          e.contested ? h('span', { class: 'badge badge-contested' }, 'Contested') : '',
      },
      {
        id: 'first',
        label: 'First dated',
        value: (e) => e.span?.first ?? null,
        cell: (e) => (e.span ? formatDate(e.span.first) : '—'),
      },
      {
        id: 'last',
        label: 'Last dated',
        value: (e) => e.span?.last ?? null,
        cell: (e) => (e.span ? formatDate(e.span.last) : '—'),
      },
    ];
  }

  const query = h('input', {
    type: 'search',
    class: 'table-filter',
    placeholder: 'Filter rows…',
    'aria-label': 'Filter table rows',
    oninput: () => render(),
  });
  const tabs = (['actors', 'relationships'] as const).map((t) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': String(t === tab),
        onclick: () => {
          tab = t;
          sort =
            t === 'actors'
              ? { column: 'degree', direction: 'descending' }
              : { column: 'claims', direction: 'descending' };
          render();
        },
      },
      t === 'actors' ? 'Actors' : 'Relationships',
    ),
  );
  const caption = h('p', { class: 'table-caption', role: 'status' });
  const holder = h('div', { class: 'table-scroll' });
  fill(
    container,
    h(
      'div',
      { class: 'table-tools' },
      h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Table' }, ...tabs),
      query,
    ),
    caption,
    holder,
  );

  function render(): void {
    tabs.forEach((b, i) =>
      b.setAttribute('aria-selected', String((i === 0) === (tab === 'actors'))),
    );
    const visible = ctx.visible();
    if (tab === 'actors') {
      draw(
        dataset.view.nodes.filter((n) => visible.nodes.has(n.id)),
        actorColumns(),
        'actors',
      );
    } else {
      draw(
        dataset.view.edges.filter((e) => visible.edges.has(e.id)),
        relationshipColumns(),
        'relationships',
      );
    }
  }

  function draw<T>(all: T[], columns: TableColumn<T>[], noun: string): void {
    const column = columns.find((c) => c.id === sort.column) ?? (columns[0] as TableColumn<T>);
    const rows = sortRows(filterRows(all, columns, query.value), column, sort.direction);
    const shown = rows.slice(0, ROW_LIMIT);
    caption.textContent =
      rows.length > shown.length
        ? `Showing the first ${count(shown.length)} of ${count(rows.length)} ${noun}; filter to narrow down.`
        : `${count(rows.length)} ${noun}`;
    if (rows.length === 0) {
      fill(
        holder,
        h('p', { class: 'empty-hint' }, `No ${noun} match. Loosen the filters or the search.`),
      );
      return;
    }
    fill(
      holder,
      h(
        'table',
        { class: 'data-table' },
        h('caption', { class: 'visually-hidden' }, `${noun}, sortable by column`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...columns.map((c) =>
              h(
                'th',
                {
                  scope: 'col',
                  class: c.numeric ? 'num' : '',
                  'aria-sort': c.id === column.id ? sort.direction : 'none',
                },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'sort',
                    onclick: () => {
                      // Same column flips; a new one starts biggest-first for numbers, A–Z for text.
                      const direction: Direction =
                        c.id === column.id
                          ? sort.direction === 'ascending'
                            ? 'descending'
                            : 'ascending'
                          : c.numeric
                            ? 'descending'
                            : 'ascending';
                      sort = { column: c.id, direction };
                      render();
                    },
                  },
                  c.label,
                  c.id === column.id ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '',
                ),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...shown.map((row) =>
            h(
              'tr',
              {},
              ...columns.map((c) =>
                h(
                  'td',
                  { class: c.numeric ? 'num' : '' },
                  c.cell ? c.cell(row) : formatValue(c.value(row)),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  return {
    refresh() {
      if (!container.hidden) render();
    },
  };
}

function formatValue(value: string | number | null): string {
  if (value === null) return '—';
  return typeof value === 'number' ? count(value) : value;
}

function formatMetric(value: number | undefined, use: 'size' | 'colour'): string {
  if (value === undefined) return '—';
  return use === 'colour' ? String(value) : value.toPrecision(3);
}
