// Plain-text renderings of domain values for the CLI: actors, dates, figures, claims, counts.
import { ACTOR_KINDS, ACTOR_KIND_INFO } from '../domain/kinds.js';
import type { DateSpec, Figure } from '../domain/schema.js';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';
import type { ActorSummary, ClaimWithSource, Stats } from '../store/types.js';
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

/** A claim in two or more lines: who says it, where and when; then what it says. */
export function formatClaim(c: ClaimWithSource): string {
  const who = c.claimedByNote ? `${c.claimedByName} (${c.claimedByNote})` : c.claimedByName;
  const head = [c.status, `${c.source} "${c.sourceInfo.title}"`, `claimed by ${who}`];
  if (c.date) head.push(formatDate(c.date));
  const lines = [`- ${head.join(' · ')}`, `  ${c.summary}`];
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
