// Starts the explorer: loads the dataset, builds the filtered and rendered layers, mounts the
// panels and keeps canvas, table and URL in step with the state.
import type { CanvasView, VocabularyBody } from '../../src/api/types.js';
import { api, ApiError } from './api/client.js';
import { applyAppearance } from './appearance/appearance.js';
import { mountAppearance } from './appearance/panel.js';
import type { CypherPanel } from './cypher/panel.js';
import { mountDetails } from './details/panel.js';
import { DEFAULT_FILTERS, visibleElements, type Visible } from './filters/filters.js';
import { mountFilters } from './filters/panel.js';
import { buildGraph } from './graph/build.js';
import { GraphCanvas } from './graph/canvas.js';
import { createDataset, UNKNOWN_COLOUR } from './graph/dataset.js';
import { mountLayout } from './layout/panel.js';
import { applyStableLayout } from './layout/stable.js';
import { restorePositions, savePositions } from './layout/storage.js';
import { createMetricCache } from './metrics/compute.js';
import { COLOUR_OPTIONS, SIZE_OPTIONS } from './metrics/declarations.js';
import { pathHighlight } from './paths/highlight.js';
import { mountPathFinder } from './paths/panel.js';
import { createAutocomplete } from './search/autocomplete.js';
import type { AppState, SidePanel } from './state/app-state.js';
import { createStore } from './state/store.js';
import { decodeUrlState, encodeUrlState, type Known } from './state/url.js';
import { mountTable } from './table/panel.js';
import type { AppContext } from './ui/context.js';
import { fill, h } from './ui/dom.js';
import { count } from './ui/numbers.js';
import { mountCanvasTools } from './ui/canvas-tools.js';
import { mountExport } from './ui/export.js';
import { bindKeys } from './ui/keyboard.js';
import { renderLegend } from './ui/legend.js';
import { probe } from './ui/probe.js';
import { createShell } from './ui/shell.js';
import { showLoadError, showLoading } from './ui/status.js';

export async function startApp(root: HTMLElement): Promise<void> {
  showLoading(root);
  let vocabulary: VocabularyBody;
  let view: CanvasView;
  try {
    [vocabulary, view] = await Promise.all([api.vocabulary(), api.graph()]);
  } catch (err) {
    const message =
      err instanceof ApiError && err.status === 0
        ? 'The actorgraph API cannot be reached.'
        : `The API answered with an error: ${(err as Error).message}`;
    showLoadError(root, message, () => void startApp(root));
    return;
  }
  mount(root, view, vocabulary);
}

function mount(root: HTMLElement, view: CanvasView, vocabulary: VocabularyBody): void {
  const dataset = createDataset(view, vocabulary);
  const shell = createShell(root);
  const graph = buildGraph(dataset);
  const metrics = createMetricCache(dataset);
  const known: Known = {
    kinds: vocabulary.kinds.map((k) => k.kind),
    types: vocabulary.relationshipTypes.map((t) => t.type),
    sizeMetrics: SIZE_OPTIONS.map((m) => m.id) as [string, ...string[]],
    colourMetrics: COLOUR_OPTIONS.map((m) => m.id) as [string, ...string[]],
    hasActor: (id) => dataset.nodes.has(id),
  };
  const initial = decodeUrlState(window.location.search, known);
  const store = createStore<AppState>({
    ...initial,
    panel: initial.path && !initial.selected ? 'paths' : 'details',
    answer: null,
  });

  // Sizes first: the starting layout's overlap removal reads them.
  let legendEntries = applyAppearance(graph, dataset, metrics.get, store.get());
  const restored = restorePositions(graph, dataset.key);
  if (!restored) {
    applyStableLayout(graph);
    savePositions(graph, dataset.key);
  }

  // Derived from the filters on demand, so no panel can read it before it is brought up to date.
  let visible: Visible = visibleElements(view, store.get().filters);
  let visibleFor = store.get().filters;
  const currentVisible = (): Visible => {
    const filters = store.get().filters;
    if (filters !== visibleFor) {
      visible = visibleElements(view, filters);
      visibleFor = filters;
    }
    return visible;
  };
  let layout: ReturnType<typeof mountLayout> | null = null;
  const canvas = new GraphCanvas(shell.sigma, graph, visible, {
    clickNode: (id) => ctx.select(id),
    clickStage: () => ctx.select(null),
    dragMove: (node, x, y) => layout?.moveNode(node, x, y),
    dragEnd: () => savePositions(graph, dataset.key),
  });
  canvas.sigma.on('afterRender', () => probe().frames++);
  requestAnimationFrame(() => {
    Object.assign(probe(), {
      firstRenderMs: performance.now(),
      nodes: graph.order,
      edges: graph.size,
    });
  });

  const kindInfo = (kind: string) => dataset.kinds.get(kind);
  const typeInfo = (type: string) => dataset.types.get(type);
  const ctx: AppContext = {
    store,
    dataset,
    graph,
    canvas,
    metrics,
    visible: currentVisible,
    select(id, options = {}) {
      store.update({ selected: id, ...(id ? { panel: 'details' as SidePanel } : {}) });
      if (id && options.focus && store.get().view === 'graph') void canvas.focusNode(id);
    },
    findPaths(request) {
      store.update({ path: request, answer: null, pathRank: null, panel: 'paths' });
    },
    openPathFinder: (ends) => pathFinder.open(ends),
    kindLabel: (kind) => kindInfo(kind)?.label ?? kind,
    kindColour: (kind) => kindInfo(kind)?.color ?? UNKNOWN_COLOUR,
    typeLabel: (type) => typeInfo(type)?.label ?? type,
    typeColour: (type) => typeInfo(type)?.color ?? UNKNOWN_COLOUR,
  };

  const search = createAutocomplete({
    id: 'search',
    label: 'Search actors by name or alias',
    placeholder: 'Search actors — press /',
    kindLabel: ctx.kindLabel,
    kindColour: ctx.kindColour,
    onChoose: (hit) => ctx.select(hit.id, { focus: true }),
  });
  shell.search.append(search.root);
  shell.stats.textContent = `${count(view.nodes.length)} actors · ${count(view.edges.length)} relationships`;
  shell.findPaths.addEventListener('click', () => pathFinder.open({}));
  shell.viewGraph.addEventListener('click', () => store.update({ view: 'graph' }));
  shell.viewTable.addEventListener('click', () => store.update({ view: 'table' }));
  shell.viewCypher.addEventListener('click', () => store.update({ view: 'cypher' }));
  shell.tabDetails.addEventListener('click', () => store.update({ panel: 'details' }));
  shell.tabPaths.addEventListener('click', () => store.update({ panel: 'paths' }));
  mountCanvasTools(shell.canvasTools, canvas);
  mountExport(shell.exportMenu, canvas);
  mountFilters(shell.filters, ctx);
  mountAppearance(shell.appearance, ctx);
  layout = mountLayout(shell.layout, ctx, () => savePositions(graph, dataset.key));
  mountDetails(shell.details, ctx);
  const pathFinder = mountPathFinder(shell.paths, ctx);
  const table = mountTable(shell.tableView, ctx);
  // The Cypher view (CodeMirror and the Cypher language support: most of the code) is fetched and
  // mounted when first shown, so the graph does not wait for it.
  let cypher: Promise<CypherPanel> | null = null;
  const showCypher = (): void => {
    cypher ??= import('./cypher/panel.js').then((m) => m.mountCypher(shell.cypherView, ctx));
    cypher.then(
      (panel) => panel.shown(),
      () => {
        cypher = null; // the next visit tries again
        fill(shell.cypherView, h('p', { role: 'alert' }, 'The Cypher view could not be loaded.'));
      },
    );
  };
  bindKeys(search.input, () => ctx.select(null));

  function showLegend(): void {
    const state = store.get();
    const colour = COLOUR_OPTIONS.find((o) => o.id === state.colourBy);
    const size = SIZE_OPTIONS.find((o) => o.id === state.sizeBy);
    renderLegend(
      shell.legend,
      `Colour: ${colour?.label ?? ''}`,
      size?.label ?? '',
      legendEntries,
      canvas.hairlines,
    );
  }

  function showEmptyState(): void {
    const empty = currentVisible().nodes.size === 0;
    shell.emptyState.hidden = !empty;
    if (!empty) return;
    fill(
      shell.emptyState,
      view.nodes.length === 0
        ? h('p', {}, 'The graph is empty: no actors have been loaded yet.')
        : [
            h('p', {}, 'Nothing matches these filters.'),
            h(
              'button',
              {
                type: 'button',
                class: 'button primary',
                onclick: () => store.update({ filters: DEFAULT_FILTERS }),
              },
              'Reset filters',
            ),
          ],
    );
  }

  function showView(): void {
    const mode = store.get().view;
    shell.graphView.hidden = mode !== 'graph';
    shell.tableView.hidden = mode !== 'table';
    shell.cypherView.hidden = mode !== 'cypher';
    shell.viewGraph.setAttribute('aria-pressed', String(mode === 'graph'));
    shell.viewTable.setAttribute('aria-pressed', String(mode === 'table'));
    shell.viewCypher.setAttribute('aria-pressed', String(mode === 'cypher'));
    table.refresh();
    if (mode === 'cypher') showCypher();
  }

  function showPanel(): void {
    const panel = store.get().panel;
    shell.details.hidden = panel !== 'details';
    shell.paths.hidden = panel !== 'paths';
    shell.tabDetails.setAttribute('aria-selected', String(panel === 'details'));
    shell.tabPaths.setAttribute('aria-selected', String(panel === 'paths'));
  }

  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) {
      canvas.setVisible(currentVisible());
      table.refresh();
      showEmptyState();
    }
    if (state.selected !== previous.selected) canvas.setSelected(state.selected);
    if (state.answer !== previous.answer || state.pathRank !== previous.pathRank) {
      const highlight = state.answer ? pathHighlight(state.answer, state.pathRank) : null;
      canvas.setPath(highlight);
      if (highlight) void canvas.fitNodes(highlight.nodes);
    }
    if (state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy) {
      legendEntries = applyAppearance(graph, dataset, metrics.get, state);
      showLegend();
      table.refresh();
    }
    if (state.view !== previous.view) {
      showView();
      // The canvas had no size while hidden.
      if (state.view === 'graph') canvas.sigma.resize(true).refresh();
    }
    if (state.panel !== previous.panel) showPanel();
    const search = encodeUrlState(state, known);
    if (search !== window.location.search.replace(/^\?/, '')) {
      window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
    }
  });

  showLegend();
  showEmptyState();
  showView();
  showPanel();
  const selected = store.get().selected;
  if (selected) {
    canvas.setSelected(selected);
    void canvas.focusNode(selected);
  }
}
