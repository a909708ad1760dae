// Plain-text renderings of domain values for the CLI: actors, dates, figures, claims, counts.
import { ACTOR_KINDS, ACTOR_KIND_INFO } from '../domain/kinds.js';
import { CLAIM_STATUS_INFO, type DateSpec, type Figure, type Source } from '../domain/schema.js';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';
import type { ActorSummary, ClaimWithSource, NamedClaim, Stats } from '../store/types.js';
import { columns } from './output.js';

export function actorLabel(a: ActorSummary): string {
  return `${a.name} (${ACTOR_KIND_INFO[a.kind].label}, ${a.id})`;
}

export function formatDate(d: DateSpec): string {
  const span = d.end ? `${d.start} to ${d.end}` : d.start;
  return d.inferred ? `${span} (inferred)` : span;
}

/** "killed: at least 46 people". */
export function formatFigure(f: Figure): string {
  const amount = [f.qualifier, f.value.toLocaleString('en-US'), f.unit].filter(Boolean).join(' ');
  return `${f.measure}: ${amount}`;
}

/** Who says it and how, in words: "alleged by Pakistan", "speculation by unnamed sources (...)". */
export function claimStance(c: NamedClaim): string {
  const who = c.claimedByNote ? `${c.claimedByName} (${c.claimedByNote})` : c.claimedByName;
  return `${CLAIM_STATUS_INFO[c.status].label}, claimed by ${who}`;
}

/** The two dates apart: when the fact happened (if the text says) and when the source reported it. */
export function claimDates(c: NamedClaim, source: Source | undefined): string {
  const happened = c.date ? `happened ${formatDate(c.date)}` : 'happened: date not given';
  const reported = source?.published
    ? `reported on ${formatDate(source.published)}`
    : 'reported on: undated source';
  return `${happened} · ${reported}`;
}

/** A claim in three or more lines: how and by whom it is claimed, where; its dates; what it says. */
export function formatClaim(c: ClaimWithSource): string {
  const lines = [
    `- ${claimStance(c)} · ${c.source} "${c.sourceInfo.title}"`,
    `  ${claimDates(c, c.sourceInfo)}`,
    `  ${c.summary}`,
  ];
  if (c.quote) lines.push(`  "${c.quote}"`);
  if (c.figures?.length) lines.push(`  figures: ${c.figures.map(formatFigure).join('; ')}`);
  return lines.join('\n');
}

/** Counts, with actors by kind and relationships by type in vocabulary order. */
export function formatStats(s: Stats): string {
  const rows: Array<[string, number]> = [['Actors', s.actors]];
  for (const kind of ACTOR_KINDS) {
    const n = s.byKind[kind];
    if (n) rows.push([`  ${ACTOR_KIND_INFO[kind].label}`, n]);
  }
  rows.push(['Relationships', s.relationships]);
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const n = s.byType[type];
    if (n) rows.push([`  ${type}`, n]);
  }
  rows.push(['Contested relationships', s.contested], ['Claims', s.claims], ['Sources', s.sources]);
  return columns(rows);
}
