// Renders a path answer: brokers, then each ranked path as a chain of hops with its explanation
// and, on demand, the evidence for every hop.
import type { ExplainedHop, PathAnswer, RankedPath } from '../../../src/api/types.js';
import type { ActorSummary } from '../../../src/store/types.js';
import { renderClaims } from '../details/claims.js';
import { formatDateSpec } from '../details/format.js';
import type { AppContext } from '../ui/context.js';
import { h } from '../ui/dom.js';
import { numberSources, type Citations } from './cite.js';
import type { PathRequest } from './request.js';

export interface PathViewActions {
  focusPath(rank: number | null): void;
  selectActor(id: string): void;
}

export function renderAnswer(
  answer: PathAnswer,
  request: PathRequest | null,
  focused: number | null,
  ctx: AppContext,
  actions: PathViewActions,
): HTMLElement {
  const n = answer.paths.length;
  const shortest = Math.min(...answer.paths.map((p) => p.length));
  const citations = numberSources(answer);
  return h(
    'div',
    { class: 'answer' },
    h(
      'p',
      { class: 'answer-summary', role: 'status' },
      h('strong', {}, `${n} path${n === 1 ? '' : 's'}`),
      ` from ${answer.from.name} to ${answer.to.name}`,
      `, shortest ${shortest} hop${shortest === 1 ? '' : 's'}.`,
      answer.truncated ? ' More exist; showing the best supported.' : null,
    ),
    readings(answer, request),
    answer.brokers.length ? renderBrokers(answer, actions) : null,
    h(
      'div',
      { class: 'answer-tools' },
      focused !== null
        ? h(
            'button',
            { type: 'button', class: 'button', onclick: () => actions.focusPath(null) },
            'Show all paths',
          )
        : null,
    ),
    h(
      'ol',
      { class: 'paths', 'aria-label': 'Paths, best supported first' },
      ...answer.paths.map((p) =>
        renderPath(p, p.rank === focused, citations, answer.sources, ctx, actions),
      ),
    ),
    renderSources(citations),
  );
}

/** Says how typed names were read: "Kabul" may mean the Taliban government, not the city. */
function readings(answer: PathAnswer, request: PathRequest | null): HTMLElement | null {
  const notes = (['from', 'to'] as const).flatMap((end) => {
    const typed = request?.[end];
    const actor = answer[end];
    return typed && typed !== actor.id && typed.toLowerCase() !== actor.name.toLowerCase()
      ? [`“${typed}” read as ${actor.name}`]
      : [];
  });
  return notes.length ? h('p', { class: 'muted small' }, `${notes.join('; ')}.`) : null;
}

function renderSources(citations: Citations): HTMLElement {
  return h(
    'section',
    { class: 'sources', 'aria-label': 'Sources cited' },
    h('h4', {}, 'Sources'),
    h(
      'ol',
      {},
      ...citations.sources.map(({ number, source }) =>
        h(
          'li',
          { value: String(number) },
          h('cite', {}, source.title),
          [source.publisher, source.published ? formatDateSpec(source.published) : null]
            .filter(Boolean)
            .map((part) => ` — ${part}`)
            .join(''),
        ),
      ),
    ),
  );
}

function renderBrokers(answer: PathAnswer, actions: PathViewActions): HTMLElement {
  return h(
    'section',
    { class: 'brokers', 'aria-label': 'Brokers' },
    h('h4', {}, 'Brokers', h('span', { class: 'muted' }, ' — actors the paths pass through')),
    h(
      'ul',
      {},
      ...answer.brokers.map((b) => {
        const bar = h('span', { class: 'share-bar', 'aria-hidden': 'true' });
        bar.style.setProperty('--share', String(b.share));
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link actor-link',
              onclick: () => actions.selectActor(b.actor.id),
            },
            b.actor.name,
          ),
          h('span', { class: 'muted' }, ` in ${b.paths} of ${answer.paths.length}`),
          bar,
        );
      }),
    ),
  );
}

function renderPath(
  path: RankedPath,
  focused: boolean,
  citations: Citations,
  sources: PathAnswer['sources'],
  ctx: AppContext,
  actions: PathViewActions,
): HTMLElement {
  const evidence = h(
    'ol',
    { class: 'hops', hidden: true },
    ...path.hops.map((hop) => renderHopEvidence(hop, path.nodes, sources, ctx)),
  );
  const claims = path.hops.reduce((n, hop) => n + hop.claims.length, 0);
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'link toggle',
      'aria-expanded': 'false',
      onclick: () => {
        evidence.hidden = !evidence.hidden;
        toggle.setAttribute('aria-expanded', String(!evidence.hidden));
      },
    },
    `Evidence: ${claims} claim${claims === 1 ? '' : 's'}, ${path.sources.length} source${path.sources.length === 1 ? '' : 's'}`,
  );
  return h(
    'li',
    { class: `path${focused ? ' path-focused' : ''}${path.contested ? ' path-contested' : ''}` },
    h(
      'div',
      { class: 'path-head' },
      h(
        'button',
        {
          type: 'button',
          class: 'path-focus',
          'aria-pressed': String(focused),
          'aria-label': `Highlight path ${path.rank} on the graph`,
          onclick: () => actions.focusPath(focused ? null : path.rank),
        },
        `#${path.rank}`,
      ),
      h('span', {}, `${path.length} hop${path.length === 1 ? '' : 's'}`),
      h(
        'span',
        { class: 'muted', title: 'Strength of evidence' },
        `evidence ${path.evidence.toFixed(1)}`,
      ),
      path.contested ? h('span', { class: 'badge badge-contested' }, 'Contested') : null,
    ),
    renderChain(path, ctx, actions),
    h('p', { class: 'explanation' }, citations.cite(path.explanation)),
    toggle,
    evidence,
  );
}

function nameOf(nodes: readonly ActorSummary[], id: string): string {
  return nodes.find((n) => n.id === id)?.name ?? id;
}

/** "TTP ←shelters— Afghan Interim Government —seated in→ Kabul". */
function renderChain(path: RankedPath, ctx: AppContext, actions: PathViewActions): HTMLElement {
  const parts: Array<HTMLElement | string> = [];
  path.nodes.forEach((node, i) => {
    parts.push(
      h(
        'button',
        { type: 'button', class: 'link actor-link', onclick: () => actions.selectActor(node.id) },
        node.name,
      ),
    );
    const hop = path.hops[i];
    if (hop) parts.push(hopLink(hop, ctx));
  });
  return h('p', { class: 'chain' }, ...parts);
}

function hopLink(hop: ExplainedHop, ctx: AppContext): HTMLElement {
  const label = ctx.typeLabel(hop.type);
  const text = hop.symmetric
    ? ` —${label}— `
    : hop.direction === 'forward'
      ? ` —${label}→ `
      : ` ←${label}— `;
  const el = h('span', { class: `hop${hop.contested ? ' hop-contested' : ''}` }, text);
  el.style.setProperty('--type', ctx.typeColour(hop.type));
  return el;
}

function renderHopEvidence(
  hop: ExplainedHop,
  nodes: readonly ActorSummary[],
  sources: PathAnswer['sources'],
  ctx: AppContext,
): HTMLElement {
  // Evidence reads in the relationship's own direction: "Afghanistan shelters TTP".
  const [subject, object] =
    hop.direction === 'forward' || hop.symmetric ? [hop.from, hop.to] : [hop.to, hop.from];
  return h(
    'li',
    { class: 'hop-evidence' },
    h(
      'p',
      { class: 'hop-title' },
      h('strong', {}, nameOf(nodes, subject)),
      ` ${ctx.typeLabel(hop.type)} `,
      h('strong', {}, nameOf(nodes, object)),
      hop.role ? ` (as ${hop.role})` : null,
      hop.contested ? h('span', { class: 'badge badge-contested' }, 'Contested') : null,
    ),
    renderClaims(hop.claims, (id) => sources[id], ctx.dataset.vocabulary.claimStatuses),
  );
}
