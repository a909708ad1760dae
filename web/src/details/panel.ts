// The details panel: the selected actor (GET /api/actors/:id) with its relationships grouped by
// type, each with its claims as evidence.
import type { ActorBody } from '../../../src/api/types.js';
import type { ActorRelationship } from '../../../src/store/types.js';
import { api, ApiError } from '../api/client.js';
import { EXAMPLE_PATH } from '../paths/request.js';
import type { AppContext } from '../ui/context.js';
import { fill, h, swatch } from '../ui/dom.js';
import { renderClaims } from './claims.js';
import { formatDateSpec, formatSpan } from './format.js';

/** Groups this small show their claims straight away; bigger ones start folded. */
const OPEN_LIMIT = 4;

export function mountDetails(container: HTMLElement, ctx: AppContext): void {
  let controller: AbortController | null = null;

  async function load(id: string | null): Promise<void> {
    controller?.abort();
    if (id === null) return showHint();
    controller = new AbortController();
    const signal = controller.signal;
    fill(container, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
    try {
      const body = await api.actor(id, signal);
      if (!signal.aborted) render(body);
    } catch (err) {
      if (signal.aborted) return;
      const message =
        err instanceof ApiError && err.status === 404
          ? 'This actor is no longer in the graph.'
          : `Could not load the details: ${(err as Error).message}`;
      fill(
        container,
        h(
          'div',
          { class: 'notice notice-error', role: 'alert' },
          h('p', {}, message),
          h('button', { type: 'button', class: 'button', onclick: () => void load(id) }, 'Retry'),
        ),
      );
    }
  }

  function showHint(): void {
    fill(
      container,
      h(
        'div',
        { class: 'empty-hint' },
        h(
          'p',
          {},
          'Select an actor — click it on the graph, search for it, or pick it in the table.',
        ),
        h('p', { class: 'muted' }, 'Its relationships and the evidence for each will show here.'),
      ),
      h(
        'div',
        { class: 'cta' },
        h('p', { class: 'cta-title' }, 'Ask the graph'),
        h(
          'button',
          { type: 'button', class: 'button primary', onclick: () => ctx.findPaths(EXAMPLE_PATH) },
          `Who links ${EXAMPLE_PATH.from} to ${EXAMPLE_PATH.to}?`,
        ),
        h(
          'p',
          { class: 'muted small' },
          'Ranked chains of relationships, with the sources for each link.',
        ),
      ),
    );
  }

  function render(body: ActorBody): void {
    const { actor } = body;
    const chip = h('span', { class: 'kind-chip' }, ctx.kindLabel(actor.kind));
    chip.style.setProperty('--kind', ctx.kindColour(actor.kind));
    const hidden = !ctx.visible().nodes.has(actor.id);
    const total = body.groups.reduce((n, g) => n + g.relationships.length, 0);
    fill(
      container,
      h(
        'article',
        { class: 'actor', 'aria-labelledby': 'actor-name' },
        h(
          'header',
          { class: 'actor-header' },
          chip,
          h('h2', { id: 'actor-name' }, actor.name),
          actor.aliases.length
            ? h('p', { class: 'aliases' }, 'Also known as ', actor.aliases.join(', '))
            : null,
          actor.date ? h('p', { class: 'muted' }, formatDateSpec(actor.date)) : null,
          h('p', { class: 'description' }, actor.description),
          hidden
            ? h('p', { class: 'notice' }, 'Hidden on the graph by the current filters.')
            : null,
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'button',
                onclick: () => void ctx.canvas.focusNode(actor.id),
              },
              'Show on graph',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'button',
                onclick: () => ctx.openPathFinder({ from: actor.name }),
              },
              'Find paths from here',
            ),
          ),
        ),
        h('h3', { class: 'section-title' }, `${total} relationship${total === 1 ? '' : 's'}`),
        ...body.groups.map((group) =>
          h(
            'section',
            { class: 'rel-group', 'aria-label': group.label },
            h(
              'h4',
              {},
              swatch(ctx.typeColour(group.type), 'line'),
              group.label.charAt(0).toUpperCase() + group.label.slice(1),
              h('span', { class: 'count' }, String(group.relationships.length)),
            ),
            h(
              'ul',
              { class: 'rels' },
              ...group.relationships.map((r) => renderRelationship(r, total <= OPEN_LIMIT)),
            ),
          ),
        ),
      ),
    );
  }

  function renderRelationship(rel: ActorRelationship, open: boolean): HTMLElement {
    const arrow = rel.direction === 'out' ? '→' : rel.direction === 'in' ? '←' : '↔';
    const reading =
      rel.direction === 'in'
        ? `${rel.other.name} ${ctx.typeLabel(rel.type)} this actor`
        : rel.direction === 'out'
          ? `this actor ${ctx.typeLabel(rel.type)} ${rel.other.name}`
          : `${ctx.typeLabel(rel.type)} each other`;
    const sources = new Map(rel.claims.map((c) => [c.source, c.sourceInfo]));
    const claims = renderClaims(
      rel.claims,
      (id) => sources.get(id),
      ctx.dataset.vocabulary.claimStatuses,
    );
    claims.hidden = !open;
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'link toggle',
        'aria-expanded': String(open),
        onclick: () => {
          claims.hidden = !claims.hidden;
          toggle.setAttribute('aria-expanded', String(!claims.hidden));
        },
      },
      `${rel.claims.length} claim${rel.claims.length === 1 ? '' : 's'}`,
    );
    const span = formatSpan(rel.span);
    return h(
      'li',
      { class: `rel${rel.contested ? ' rel-contested' : ''}` },
      h(
        'div',
        { class: 'rel-head' },
        h('span', { class: 'dir', title: reading, 'aria-label': reading }, arrow),
        h(
          'button',
          {
            type: 'button',
            class: 'link actor-link',
            onclick: () => ctx.select(rel.other.id, { focus: true }),
          },
          rel.other.name,
        ),
        rel.contested ? h('span', { class: 'badge badge-contested' }, 'Contested') : null,
      ),
      h(
        'div',
        { class: 'rel-meta' },
        rel.role ? h('span', {}, `as ${rel.role}`) : null,
        span ? h('span', {}, span) : null,
        toggle,
      ),
      claims,
    );
  }

  ctx.store.subscribe((state, previous) => {
    if (state.selected !== previous.selected) void load(state.selected);
  });
  void load(ctx.store.get().selected);
}
