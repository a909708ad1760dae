// An accessible autocomplete over actor names and aliases (GET /api/actors?q=), used by the top
// search and the path finder's From and To. Enter takes the highlighted hit, or the best one.
import type { SearchHit } from '../../../src/store/types.js';
import { api } from '../api/client.js';
import { h } from '../ui/dom.js';

export interface AutocompleteOptions {
  id: string;
  label: string;
  placeholder: string;
  kindLabel(kind: string): string;
  kindColour(kind: string): string;
  onChoose(hit: SearchHit): void;
}

export interface Autocomplete {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Sets the text without searching. */
  setText(text: string): void;
}

const DEBOUNCE_MS = 120;

export function createAutocomplete(options: AutocompleteOptions): Autocomplete {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    class: 'autocomplete-input',
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'autocomplete-list', role: 'listbox', hidden: true });
  const root = h('div', { class: 'autocomplete' }, input, list);

  let hits: SearchHit[] = [];
  let hitsFor = '';
  let active = -1;
  let timer: number | undefined;
  let inflight: {
    query: string;
    promise: Promise<SearchHit[]>;
    controller: AbortController;
  } | null = null;

  function search(query: string): Promise<SearchHit[]> {
    if (inflight?.query === query) return inflight.promise;
    inflight?.controller.abort();
    const controller = new AbortController();
    const promise = api.search(query, controller.signal).then((body) => body.hits);
    inflight = { query, promise, controller };
    return promise;
  }

  async function refresh(): Promise<void> {
    const query = input.value.trim();
    if (!query) return close();
    try {
      const found = await search(query);
      // The user has moved on (typed more, picked a hit, left the field): show nothing stale.
      if (input.value.trim() !== query || document.activeElement !== input) return;
      hits = found;
      hitsFor = query;
      active = -1;
      render();
    } catch (err) {
      if ((err as Error).name !== 'AbortError') showMessage('Search is unavailable right now.');
    }
  }

  function render(): void {
    list.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { class: 'autocomplete-empty' }, `No actor matches “${hitsFor}”`)]
        : hits.map((hit, i) => option(hit, i))),
    );
    open();
  }

  function option(hit: SearchHit, i: number): HTMLElement {
    const chip = h('span', { class: 'kind-chip' }, options.kindLabel(hit.kind));
    chip.style.setProperty('--kind', options.kindColour(hit.kind));
    return h(
      'li',
      {
        id: `${options.id}-opt-${i}`,
        role: 'option',
        class: 'autocomplete-option',
        'aria-selected': String(i === active),
        // mousedown, not click: it fires before the input's blur closes the list.
        onmousedown: (event) => {
          event.preventDefault();
          choose(hit);
        },
      },
      h('span', { class: 'option-name' }, hit.name),
      chip,
      hit.matched !== hit.name
        ? h('span', { class: 'option-match' }, `also “${hit.matched}”`)
        : null,
    );
  }

  function showMessage(text: string): void {
    list.replaceChildren(h('li', { class: 'autocomplete-empty' }, text));
    open();
  }

  function open(): void {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function move(delta: number): void {
    if (hits.length === 0) return;
    active = (active + delta + hits.length) % hits.length;
    for (const [i, li] of [...list.children].entries()) {
      li.setAttribute('aria-selected', String(i === active));
    }
    input.setAttribute('aria-activedescendant', `${options.id}-opt-${active}`);
    list.children[active]?.scrollIntoView({ block: 'nearest' });
  }

  function choose(hit: SearchHit): void {
    input.value = hit.name;
    close();
    options.onChoose(hit);
  }

  async function enter(): Promise<void> {
    const query = input.value.trim();
    if (!query) return;
    window.clearTimeout(timer);
    if (hitsFor === query && hits.length > 0) return choose(hits[Math.max(active, 0)] as SearchHit);
    try {
      const found = await search(query);
      if (input.value.trim() !== query) return;
      if (found[0]) choose(found[0]);
      else {
        hits = [];
        hitsFor = query;
        render();
      }
    } catch (err) {
      if ((err as Error).name !== 'AbortError') showMessage('Search is unavailable right now.');
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) void refresh();
      else move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void enter();
    } else if (event.key === 'Escape' && !list.hidden) {
      // Close the list only, keeping the text (a search input clears itself on Esc); a second
      // Esc reaches the page and clears the selection.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => close());

  return {
    root,
    input,
    setText(text) {
      window.clearTimeout(timer);
      inflight?.controller.abort();
      inflight = null;
      input.value = text;
      close();
    },
  };
}
