// The Cypher view: the editor, the README's examples and this browser's history, then the
// result as a table or a graph (the main graph's colours), with its time, row count and
// truncation, CSV and JSON export, and "Show on main graph" to highlight it there.
import { answerCsv, valueText } from '../../../src/cypher/display.js';
import { CYPHER_EXAMPLES } from '../../../src/cypher/examples.js';
import type { CypherAnswer } from '../../../src/cypher/wire.js';
import { api, ApiError } from '../api/client.js';
import type { AppContext } from '../ui/context.js';
import { fill, h, swatch } from '../ui/dom.js';
import { createEditor } from './editor.js';
import { readHistory, remember } from './history.js';
import { drawResultGraph, nodeKind } from './result-graph.js';
import { editorVocabulary } from './vocabulary.js';

export interface CypherPanel {
  /** Called when the view is shown: runs the query from the URL the first time. */
  shown(): void;
}

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = h('a', { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function mountCypher(root: HTMLElement, ctx: AppContext): CypherPanel {
  const status = h('p', { class: 'cypher-status', role: 'status' });
  const error = h('div', { class: 'cypher-error', role: 'alert', hidden: true });
  // The warnings either backend gives with the rows (an unknown label, a cartesian product).
  const notes = h('ul', { class: 'cypher-notes', 'aria-label': 'Notifications', hidden: true });
  const history = h('select', { class: 'cypher-history', 'aria-label': 'Query history' });
  const tableTab = h('button', { type: 'button', 'aria-pressed': 'true' }, 'Table');
  const graphTab = h('button', { type: 'button', 'aria-pressed': 'false' }, 'Graph');
  const table = h('div', { class: 'cypher-table' });
  const graphBox = h('div', { class: 'cypher-graph', hidden: true });
  const legend = h('div', { class: 'legend cypher-legend' });
  const graphCanvas = h('div', {
    class: 'cypher-canvas',
    role: 'img',
    'aria-label': 'Result graph',
  });
  graphBox.append(graphCanvas, legend);
  const exportCsv = h('button', { type: 'button', class: 'button', disabled: true }, 'Export CSV');
  const exportJson = h(
    'button',
    { type: 'button', class: 'button', disabled: true },
    'Export JSON',
  );
  const showMain = h(
    'button',
    { type: 'button', class: 'button', disabled: true },
    'Show on main graph',
  );
  const runButton = h('button', { type: 'button', class: 'button primary' }, 'Run');
  const editorBox = h('div', { class: 'cypher-editor' });
  const kinds = ctx.dataset.kinds;
  const editor = createEditor(
    editorBox,
    editorVocabulary([...kinds.keys()], [...ctx.dataset.types.keys()]),
    () => void run(),
  );

  let answer: CypherAnswer | null = null;
  let killGraph: (() => void) | null = null;
  let showing: 'table' | 'graph' = 'table';
  let ranFromUrl = false;

  const examples = h(
    'div',
    { class: 'cypher-examples', role: 'group', 'aria-label': 'Example queries' },
    ...CYPHER_EXAMPLES.map((example) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          title: example.query,
          'data-example': example.id,
          onclick: () => {
            editor.set(example.query);
            void run();
          },
        },
        example.question,
      ),
    ),
  );

  function fillHistory(list: string[]): void {
    fill(
      history,
      h('option', { value: '' }, list.length ? `History (${list.length})` : 'No history yet'),
      ...list.map((q) => h('option', { value: q }, q.replace(/\s+/g, ' ').slice(0, 90))),
    );
  }
  history.addEventListener('change', () => {
    if (history.value) editor.set(history.value);
    history.value = '';
  });

  function renderTable(a: CypherAnswer): void {
    fill(
      table,
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, ...a.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...a.rows.map((row) => h('tr', {}, ...row.map((v) => h('td', {}, valueText(v))))),
        ),
      ),
    );
  }

  function renderGraph(a: CypherAnswer): void {
    killGraph?.();
    killGraph = null;
    if (a.graph.nodes.length === 0) {
      fill(legend, h('p', { class: 'muted' }, 'No nodes in this result to draw.'));
      return;
    }
    killGraph = drawResultGraph(graphCanvas, a, { kind: ctx.kindColour, type: ctx.typeColour });
    const present = new Map<string, number>();
    for (const n of a.graph.nodes) {
      const kind = nodeKind(n) ?? 'other';
      present.set(kind, (present.get(kind) ?? 0) + 1);
    }
    fill(
      legend,
      h('p', { class: 'legend-title' }, 'Colour: kind'),
      h(
        'ul',
        {},
        ...[...present].map(([kind, n]) =>
          h(
            'li',
            {},
            swatch(kind === 'other' ? '#8a94a6' : ctx.kindColour(kind)),
            h('span', {}, kind === 'other' ? 'Claim, Source' : ctx.kindLabel(kind)),
            h('span', { class: 'count' }, String(n)),
          ),
        ),
      ),
    );
  }

  function show(which: 'table' | 'graph'): void {
    showing = which;
    table.hidden = which !== 'table';
    graphBox.hidden = which !== 'graph';
    tableTab.setAttribute('aria-pressed', String(which === 'table'));
    graphTab.setAttribute('aria-pressed', String(which === 'graph'));
    if (which === 'graph' && answer) renderGraph(answer);
  }
  tableTab.addEventListener('click', () => show('table'));
  graphTab.addEventListener('click', () => show('graph'));

  async function run(): Promise<void> {
    const query = editor.text();
    if (!query.trim()) return;
    fillHistory(remember(query));
    ctx.store.update({ cypher: query });
    editor.markError(null);
    error.hidden = true;
    status.textContent = 'Running…';
    runButton.disabled = true;
    try {
      answer = await api.cypher(query);
      const s = answer.summary;
      status.textContent =
        `${s.rows} row${s.rows === 1 ? '' : 's'} · ${s.ms} ms · ${s.backend}` +
        (s.truncated ? ' · truncated: more rows existed than the row limit allows' : '');
      status.classList.toggle('truncated', s.truncated);
      fill(
        notes,
        ...s.notifications.map((n) =>
          h(
            'li',
            {},
            h('strong', {}, n.title),
            n.position ? ` (line ${n.position.line}, column ${n.position.column}) ` : ' ',
            n.description,
          ),
        ),
      );
      notes.hidden = s.notifications.length === 0;
      renderTable(answer);
      show(
        answer.columns.length > 0 && answer.graph.nodes.length > 0 && showing === 'graph'
          ? 'graph'
          : showing,
      );
      for (const b of [exportCsv, exportJson]) b.disabled = false;
      showMain.disabled = answer.graph.nodes.length === 0;
    } catch (err) {
      answer = null;
      const detail = err instanceof ApiError ? err.detail : null;
      const where = detail?.position
        ? ` (line ${detail.position.line}, column ${detail.position.column})`
        : '';
      fill(error, h('strong', {}, detail?.code ?? 'error'), ' ', (err as Error).message, where);
      error.hidden = false;
      status.textContent = '';
      notes.hidden = true;
      if (detail?.position)
        editor.markError({ offset: detail.position.offset, message: detail.message });
      fill(table);
      for (const b of [exportCsv, exportJson, showMain]) b.disabled = true;
    } finally {
      runButton.disabled = false;
    }
  }
  runButton.addEventListener('click', () => void run());
  exportCsv.addEventListener(
    'click',
    () => answer && download('cypher-result.csv', 'text/csv', answerCsv(answer)),
  );
  exportJson.addEventListener(
    'click',
    () =>
      answer && download('cypher-result.json', 'application/json', JSON.stringify(answer, null, 2)),
  );
  showMain.addEventListener('click', () => {
    if (!answer) return;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const n of answer.graph.nodes) if (nodeKind(n)) nodes.add(String(n.properties.id));
    for (const e of answer.graph.edges)
      if (typeof e.properties.id === 'string') edges.add(e.properties.id);
    ctx.store.update({ view: 'graph' });
    ctx.canvas.setPath({ nodes, edges });
    void ctx.canvas.fitNodes(nodes);
  });

  fillHistory(readHistory());
  fill(
    root,
    examples,
    editorBox,
    h(
      'div',
      { class: 'cypher-toolbar' },
      runButton,
      h('span', { class: 'muted' }, 'Ctrl+Enter'),
      history,
      exportCsv,
      exportJson,
      showMain,
    ),
    status,
    notes,
    error,
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'Result as' }, tableTab, graphTab),
    table,
    graphBox,
  );

  return {
    shown() {
      const fromUrl = ctx.store.get().cypher;
      if (ranFromUrl || !fromUrl) return;
      ranFromUrl = true;
      editor.set(fromUrl);
      void run();
    },
  };
}
