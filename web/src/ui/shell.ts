// The page skeleton: top bar (search, path finder, view switch, export), filters and legend on the
// left, the graph or the table in the middle, details and paths on the right.
import { h } from './dom.js';

export interface Shell {
  search: HTMLElement;
  stats: HTMLElement;
  findPaths: HTMLButtonElement;
  viewGraph: HTMLButtonElement;
  viewTable: HTMLButtonElement;
  viewCypher: HTMLButtonElement;
  exportMenu: HTMLElement;
  filters: HTMLElement;
  appearance: HTMLElement;
  layout: HTMLElement;
  graphView: HTMLElement;
  sigma: HTMLElement;
  canvasTools: HTMLElement;
  legend: HTMLElement;
  emptyState: HTMLElement;
  tableView: HTMLElement;
  cypherView: HTMLElement;
  tabDetails: HTMLButtonElement;
  tabPaths: HTMLButtonElement;
  details: HTMLElement;
  paths: HTMLElement;
}

export function createShell(root: HTMLElement): Shell {
  const tab = (id: string, label: string, panel: string) =>
    h(
      'button',
      { type: 'button', role: 'tab', id, 'aria-controls': panel, 'aria-selected': 'false' },
      label,
    );
  const s: Shell = {
    search: h('div', { class: 'top-search' }),
    stats: h('span', { class: 'stats' }),
    findPaths: h('button', { type: 'button', class: 'button primary' }, 'Find paths'),
    viewGraph: h('button', { type: 'button', 'aria-pressed': 'true' }, 'Graph'),
    viewTable: h('button', { type: 'button', 'aria-pressed': 'false' }, 'Table'),
    viewCypher: h('button', { type: 'button', 'aria-pressed': 'false' }, 'Cypher'),
    exportMenu: h('div', { class: 'export' }),
    filters: h('div', { class: 'panel-body' }),
    appearance: h('div', { class: 'panel-body' }),
    layout: h('div', { class: 'panel-body' }),
    graphView: h('div', { class: 'graph-view' }),
    sigma: h('div', {
      class: 'sigma',
      role: 'img',
      'aria-label': 'Graph of actors and relationships',
    }),
    canvasTools: h('div', { class: 'canvas-tools' }),
    legend: h('div', { class: 'legend', 'aria-label': 'Colour legend' }),
    emptyState: h('div', { class: 'empty-state', hidden: true }),
    tableView: h('div', { class: 'table-view', hidden: true }),
    cypherView: h('div', { class: 'cypher-view', hidden: true }),
    tabDetails: tab('tab-details', 'Details', 'panel-details'),
    tabPaths: tab('tab-paths', 'Paths', 'panel-paths'),
    details: h('div', {
      id: 'panel-details',
      class: 'panel-body',
      role: 'tabpanel',
      'aria-labelledby': 'tab-details',
    }),
    paths: h('div', {
      id: 'panel-paths',
      class: 'panel-body',
      role: 'tabpanel',
      'aria-labelledby': 'tab-paths',
    }),
  };
  s.graphView.append(s.sigma, s.canvasTools, s.legend, s.emptyState);

  root.replaceChildren(
    h(
      'header',
      { class: 'topbar' },
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }),
        h('span', { class: 'brand-name' }, 'actorgraph'),
        h('span', { class: 'brand-sub' }, 'Pakistan–Afghanistan militancy'),
      ),
      s.search,
      s.findPaths,
      h(
        'div',
        { class: 'segmented', role: 'group', 'aria-label': 'View' },
        s.viewGraph,
        s.viewTable,
        s.viewCypher,
      ),
      s.exportMenu,
      s.stats,
    ),
    h(
      'main',
      { class: 'workspace' },
      h(
        'aside',
        { class: 'sidebar left', 'aria-label': 'Filters, appearance and layout' },
        panel('Filters and legend', s.filters),
        panel('Appearance', s.appearance),
        panel('Layout', s.layout),
      ),
      h(
        'section',
        { class: 'center', 'aria-label': 'Graph and table' },
        s.graphView,
        s.tableView,
        s.cypherView,
      ),
      h(
        'aside',
        { class: 'sidebar right', 'aria-label': 'Details and paths' },
        h(
          'div',
          { class: 'tabs', role: 'tablist', 'aria-label': 'Side panel' },
          s.tabDetails,
          s.tabPaths,
        ),
        s.details,
        s.paths,
      ),
    ),
  );
  return s;
}

function panel(title: string, body: HTMLElement): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, title), body);
}
