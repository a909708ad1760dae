// One claim as evidence: what the source says, any quote (marked as a quote), figures, its status
// in words with who claims it (contested ones stand out), when the fact happened apart from when
// the source reported it, and the source's title, publisher and author.
import type { VocabularyBody } from '../../../src/api/types.js';
import type { Source } from '../../../src/domain/schema.js';
import type { NamedClaim } from '../../../src/store/types.js';
import { h } from '../ui/dom.js';
import { formatDateSpec, formatFigure } from './format.js';

type StatusInfo = VocabularyBody['claimStatuses'][number];

/** Looks a claim's source up: actor details carry it on each claim, path answers once per source. */
export type SourceLookup = (id: string) => Source | undefined;

export function renderClaims(
  claims: readonly NamedClaim[],
  sourceOf: SourceLookup,
  statuses: readonly StatusInfo[],
): HTMLElement {
  return h('ul', { class: 'claims' }, ...claims.map((c) => renderClaim(c, sourceOf, statuses)));
}

function renderClaim(
  claim: NamedClaim,
  sourceOf: SourceLookup,
  statuses: readonly StatusInfo[],
): HTMLElement {
  const info = statuses.find((s) => s.status === claim.status);
  const source = sourceOf(claim.source);
  const sourceLine = [source?.publisher, source?.author ? `by ${source.author}` : null].filter(
    Boolean,
  );
  return h(
    'li',
    { class: `claim${info?.contested ? ' claim-contested' : ''}` },
    h('p', { class: 'claim-summary' }, claim.summary),
    claim.quote ? h('blockquote', { class: 'claim-quote' }, h('q', {}, claim.quote)) : null,
    claim.figures?.length
      ? h('ul', { class: 'figures' }, ...claim.figures.map((f) => h('li', {}, formatFigure(f))))
      : null,
    h(
      'p',
      { class: 'claim-meta' },
      h(
        'span',
        { class: `status status-${claim.status}`, title: info?.description ?? claim.status },
        info?.label ?? claim.status,
      ),
      ', claimed by ',
      h('strong', {}, claim.claimedByName),
      claim.claimedByNote ? ` (${claim.claimedByNote})` : null,
    ),
    h(
      'p',
      { class: 'claim-dates' },
      claim.date ? `happened ${formatDateSpec(claim.date)}` : 'happened: date not given',
      ' · ',
      source?.published
        ? `reported on ${formatDateSpec(source.published)}`
        : 'reported on: undated source',
    ),
    h(
      'p',
      { class: 'claim-source' },
      h('cite', {}, source?.title ?? claim.source),
      sourceLine.length ? ` — ${sourceLine.join(', ')}` : null,
    ),
  );
}
