// The path finder: From and To with autocomplete, hop bound, direction and types; runs GET
// /api/paths whenever the state's path query changes and shows the answer or why there is none.
import type { PathAnswer } from '../../../src/api/types.js';
import type { Candidate } from '../../../src/domain/errors.js';
import { api, ApiError } from '../api/client.js';
import { createAutocomplete } from '../search/autocomplete.js';
import type { AppContext } from '../ui/context.js';
import { fill, h, swatch } from '../ui/dom.js';
import { renderAnswer } from './render.js';
import { DEFAULT_MAX_HOPS, EXAMPLE_PATH, MAX_HOPS, MIN_HOPS, type PathRequest } from './request.js';

type End = 'from' | 'to';

export interface PathFinder {
  open(ends: { from?: string; to?: string }): void;
}

export function mountPathFinder(container: HTMLElement, ctx: AppContext): PathFinder {
  // What the user picked from a list: the id is sent, so an ambiguous name cannot get in the way.
  const picked: Record<End, { name: string; id: string } | null> = { from: null, to: null };
  const ends = {
    from: endInput('from', 'From'),
    to: endInput('to', 'To'),
  };
  const hops = h(
    'select',
    { id: 'path-hops', 'aria-label': 'Maximum hops' },
    ...range(MIN_HOPS, MAX_HOPS).map((n) =>
      h('option', { value: String(n), selected: n === DEFAULT_MAX_HOPS }, String(n)),
    ),
  );
  const directed = h('input', { type: 'checkbox', id: 'path-directed' });
  const typeBoxes = ctx.dataset.vocabulary.relationshipTypes.map((t) =>
    h('input', { type: 'checkbox', value: t.type, 'aria-label': t.label }),
  );
  const typeSummary = h('span', {}, 'All relationship types');
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });

  function endInput(end: End, label: string) {
    const box = createAutocomplete({
      id: `path-${end}`,
      label: `${label}: actor name or alias`,
      placeholder: end === 'from' ? 'e.g. TTP' : 'e.g. Kabul',
      kindLabel: ctx.kindLabel,
      kindColour: ctx.kindColour,
      onChoose: (hit) => {
        picked[end] = { name: hit.name, id: hit.id };
        (end === 'from' ? ends.to.input : submit).focus();
      },
    });
    return box;
  }

  function valueOf(end: End): string {
    const text = ends[end].input.value.trim();
    const choice = picked[end];
    return choice && choice.name === text ? choice.id : text;
  }

  function readForm(): PathRequest | null {
    const from = valueOf('from');
    const to = valueOf('to');
    if (!from || !to) return null;
    return {
      from,
      to,
      maxHops: Number(hops.value),
      types: typeBoxes.filter((b) => b.checked).map((b) => b.value),
      directed: directed.checked,
    };
  }

  function writeForm(request: PathRequest, answer: PathAnswer | null): void {
    for (const end of ['from', 'to'] as const) {
      const actor = answer?.[end];
      if (actor) picked[end] = { name: actor.name, id: actor.id };
      else if (picked[end]?.id !== request[end]) picked[end] = null;
      ends[end].setText(picked[end]?.name ?? request[end]);
    }
    hops.value = String(request.maxHops);
    directed.checked = request.directed;
    for (const box of typeBoxes) box.checked = request.types.includes(box.value);
    updateTypeSummary();
  }

  function updateTypeSummary(): void {
    const n = typeBoxes.filter((b) => b.checked).length;
    typeSummary.textContent =
      n === 0 ? 'All relationship types' : `${n} relationship type${n === 1 ? '' : 's'}`;
  }

  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Find paths');
  const form = h(
    'form',
    {
      class: 'path-form',
      'aria-label': 'Find paths between two actors',
      onsubmit: (event) => {
        event.preventDefault();
        const request = readForm();
        if (request) ctx.findPaths(request);
        else fill(results, notice('Enter both ends: who (From) and whom (To).'));
      },
    },
    h('label', { for: 'path-from', class: 'field-label' }, 'From'),
    ends.from.root,
    h(
      'button',
      {
        type: 'button',
        class: 'swap',
        'aria-label': 'Swap From and To',
        title: 'Swap From and To',
        onclick: () => {
          const from = ends.from.input.value;
          ends.from.setText(ends.to.input.value);
          ends.to.setText(from);
          [picked.from, picked.to] = [picked.to, picked.from];
        },
      },
      '⇅',
    ),
    h('label', { for: 'path-to', class: 'field-label' }, 'To'),
    ends.to.root,
    h(
      'div',
      { class: 'form-row' },
      h('label', { for: 'path-hops' }, 'Max hops '),
      hops,
      h('label', { class: 'check' }, directed, ' Follow direction'),
    ),
    h(
      'details',
      { class: 'type-picker' },
      h('summary', {}, typeSummary),
      h(
        'div',
        { class: 'type-list', onchange: updateTypeSummary },
        ...ctx.dataset.vocabulary.relationshipTypes.map((t, i) =>
          h('label', { class: 'check' }, typeBoxes[i], swatch(t.color, 'line'), t.label),
        ),
      ),
    ),
    submit,
  );

  const example = h(
    'p',
    { class: 'example' },
    'Try: ',
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => ctx.findPaths(EXAMPLE_PATH) },
      `who links ${EXAMPLE_PATH.from} to ${EXAMPLE_PATH.to}?`,
    ),
  );
  fill(container, form, example, results);

  let controller: AbortController | null = null;

  async function run(request: PathRequest): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    writeForm(request, null);
    fill(results, h('p', { class: 'muted', role: 'status' }, 'Finding paths…'));
    try {
      const answer = await api.paths(request, signal);
      if (signal.aborted) return;
      writeForm(request, answer);
      ctx.store.update({ answer });
    } catch (err) {
      if (!signal.aborted) showError(request, err);
    }
  }

  function showAnswer(answer: PathAnswer, rank: number | null): void {
    if (answer.paths.length === 0) {
      const request = ctx.store.get().path;
      const wider =
        request && request.maxHops < MAX_HOPS ? { ...request, maxHops: request.maxHops + 1 } : null;
      fill(
        results,
        h(
          'div',
          { class: 'notice', role: 'status' },
          h(
            'p',
            {},
            `No path links ${answer.from.name} and ${answer.to.name} within ${answer.query.maxHops} hop${answer.query.maxHops === 1 ? '' : 's'}`,
            answer.query.directed ? ' following direction' : '',
            answer.query.types?.length ? ' over the chosen types' : '',
            '.',
          ),
          wider
            ? h(
                'button',
                { type: 'button', class: 'button', onclick: () => ctx.findPaths(wider) },
                `Try ${wider.maxHops} hops`,
              )
            : null,
        ),
      );
      return;
    }
    fill(
      results,
      renderAnswer(answer, ctx.store.get().path, rank, ctx, {
        focusPath: (r) => ctx.store.update({ pathRank: r }),
        selectActor: (id) => ctx.select(id, { focus: true }),
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () => ctx.store.update({ path: null, answer: null, pathRank: null }),
        },
        'Clear paths',
      ),
    );
  }

  function showError(request: PathRequest, err: unknown): void {
    if (!(err instanceof ApiError)) throw err;
    const detail = err.detail;
    const choices = detail?.candidates ?? detail?.suggestions ?? [];
    if (choices.length && (err.status === 409 || err.status === 404)) {
      const end = whichEnd(request, detail?.field, err.message);
      const lead =
        err.status === 409
          ? `“${request[end]}” could mean several actors. Which one?`
          : `No actor called “${request[end]}”. Did you mean:`;
      fill(
        results,
        h(
          'div',
          { class: 'notice', role: 'alert' },
          h('p', {}, lead),
          h(
            'ul',
            { class: 'choices' },
            ...choices.map((c: Candidate) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    onclick: () => ctx.findPaths({ ...request, [end]: c.id }),
                  },
                  c.name,
                ),
                h('span', { class: 'muted' }, ` ${ctx.kindLabel(c.kind)}`),
              ),
            ),
          ),
        ),
      );
      return;
    }
    fill(
      results,
      h(
        'div',
        { class: 'notice notice-error', role: 'alert' },
        h('p', {}, err.status === 0 ? 'The API cannot be reached.' : err.message),
        h('button', { type: 'button', class: 'button', onclick: () => void run(request) }, 'Retry'),
      ),
    );
  }

  ctx.store.subscribe((state, previous) => {
    if (state.path !== previous.path) {
      if (state.path) void run(state.path);
      else {
        controller?.abort();
        fill(results);
      }
    } else if (state.answer !== previous.answer || state.pathRank !== previous.pathRank) {
      if (state.answer) showAnswer(state.answer, state.pathRank);
    }
  });
  const initial = ctx.store.get().path;
  if (initial) void run(initial);

  return {
    open(given) {
      ctx.store.update({ panel: 'paths' });
      for (const end of ['from', 'to'] as const) {
        const name = given[end];
        if (name !== undefined) {
          ends[end].setText(name);
          picked[end] = null;
        }
      }
      (given.from && !given.to ? ends.to.input : ends.from.input).focus();
    },
  };
}

function whichEnd(request: PathRequest, field: string | undefined, message: string): End {
  if (field === 'from' || field === 'to') return field;
  return message.includes(`"${request.to}"`) && !message.includes(`"${request.from}"`)
    ? 'to'
    : 'from';
}

function notice(text: string): HTMLElement {
  return h('p', { class: 'notice', role: 'status' }, text);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
