// Full-page loading and failure states: a spinner while the data loads; if the API cannot be
// reached, a message saying so with a Retry button.
import { h } from './dom.js';

export function showLoading(root: HTMLElement): void {
  root.replaceChildren(
    h(
      'div',
      { class: 'page-state', role: 'status' },
      h('div', { class: 'spinner', 'aria-hidden': 'true' }),
      h('p', {}, 'Loading the actor graph…'),
    ),
  );
}

export function showLoadError(root: HTMLElement, message: string, retry: () => void): void {
  const button = h('button', { type: 'button', class: 'button primary', onclick: retry }, 'Retry');
  root.replaceChildren(
    h(
      'div',
      { class: 'page-state', role: 'alert' },
      h('h1', {}, 'The actor graph could not be loaded'),
      h('p', {}, message),
      h(
        'p',
        { class: 'muted' },
        'Check that the actorgraph server is running (npm start), then retry.',
      ),
      button,
    ),
  );
  button.focus();
}
