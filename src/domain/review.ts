// The evidence rules: mechanical checks that a claim says what its kind of statement allows. A
// fact date that is just the publication day, a denial by someone the relationship is not about,
// a recommendation counted as evidence that an event happened, and one statement counted on two
// relationships. Each runs once over the claims (linear time) and names file, record and field.
import { relationshipId } from './relationships.js';
import type { Claim, Relationship, Source } from './schema.js';

/** A review finding, placed by the relationship's position in the input. */
export interface ReviewIssue {
  index: number;
  record: string;
  path: string;
  message: string;
}

/** Types that record something that happened: a proposal cannot be evidence for them. */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
  'STRIKES',
  'TARGETS',
  'CARRIED_OUT',
  'PARTICIPATED_IN',
  'OCCURRED_IN',
  'RESPONDS_TO',
  'MEETS',
  'WITHDREW_FROM',
]);

/** Types by which an actor speaks for another (`from` speaks for `to`). */
const SPEAKS_FOR: ReadonlySet<string> = new Set(['REPRESENTS', 'PART_OF', 'MEMBER_OF', 'LEADS']);

/** Runs every review rule over relationships that passed the schema; `inputIndex[i]` places rels[i]. */
export function reviewClaims(
  rels: readonly Relationship[],
  inputIndex: readonly number[],
  sourceOf: (id: string) => Source | undefined,
): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const parties = partiesConcerned(rels);
  const seen = new Map<string, string>();
  rels.forEach((rel, i) => {
    const index = inputIndex[i] as number;
    const record = relationshipId(rel);
    rel.claims.forEach((claim, c) => {
      const at = (field: string, message: string) =>
        issues.push({ index, record, path: `claims.${c}.${field}`, message });
      const dated = publicationDayProblem(claim, sourceOf(claim.source));
      if (dated) at('date', dated);
      const denial = denialProblem(claim, rel, parties);
      if (denial) at('claimedBy', denial);
      const proposal = proposalProblem(claim, rel);
      if (proposal) at('status', proposal);
      for (const [field, problem] of repeatProblems(claim, record, seen)) at(field, problem);
    });
  });
  return issues;
}

/** A fact dated exactly on its source's publication day is most likely the publication date. */
export function publicationDayProblem(claim: Claim, source: Source | undefined): string | null {
  const d = claim.date;
  const p = source?.published;
  if (!d || !p || claim.sameDayAsReport || d.precision !== 'day' || p.precision !== 'day')
    return null;
  if (d.start !== p.start || (d.end ?? d.start) !== p.start) return null;
  return `dated ${d.start}, the day ${claim.source} was published: give the date the text gives the fact, leave it undated, or set sameDayAsReport: true once checked`;
}

/**
 * Who a relationship is about, per actor: its ends, the actors who carried out an end that is an
 * event, and anyone speaking for one of those (a minister for his government).
 */
function partiesConcerned(rels: readonly Relationship[]) {
  const speaksFor = new Map<string, string[]>();
  const carriedOutBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const rel of rels) {
    if (SPEAKS_FOR.has(rel.type)) push(speaksFor, rel.from, rel.to);
    if (rel.type === 'CARRIED_OUT') push(carriedOutBy, rel.to, rel.from);
  }
  return (claimant: string, rel: Relationship): boolean => {
    const ends = [rel.from, rel.to];
    const concerned = new Set(ends.flatMap((e) => [e, ...(carriedOutBy.get(e) ?? [])]));
    return [claimant, ...(speaksFor.get(claimant) ?? [])].some((a) => concerned.has(a));
  };
}

function denialProblem(
  claim: Claim,
  rel: Relationship,
  isConcerned: (claimant: string, rel: Relationship) => boolean,
): string | null {
  if (claim.status !== 'denied' || isConcerned(claim.claimedBy, rel)) return null;
  return `"${claim.claimedBy}" denies a relationship that is not about it: "denied" is for the party concerned (${rel.from}, ${rel.to} or who acts or speaks for them); another party contesting it is "disputed"`;
}

function proposalProblem(claim: Claim, rel: Relationship): string | null {
  if (claim.status !== 'proposed' || !EVENT_TYPES.has(rel.type)) return null;
  return `a proposal is no evidence that ${rel.type} happened: record what is proposed on a relationship that stands for the proposal, or give the claim the status the text supports`;
}

/** The same statement (summary, or quote by the same person) of a source on two relationships. */
function repeatProblems(
  claim: Claim,
  record: string,
  seen: Map<string, string>,
): Array<[field: string, message: string]> {
  const keys: Array<[string, string]> = [
    ['summary', `s\u0000${claim.source}\u0000${claim.summary}`],
  ];
  if (claim.quote)
    keys.push(['quote', `q\u0000${claim.source}\u0000${claim.claimedBy}\u0000${claim.quote}`]);
  const problems: Array<[string, string]> = [];
  for (const [field, key] of keys) {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, record);
    else if (first !== record)
      problems.push([
        field,
        `the same ${field} of ${claim.source} is also on ${first}: record a statement once, on the relationship it is about`,
      ]);
  }
  return problems;
}
