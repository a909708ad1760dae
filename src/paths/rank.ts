// The strength of evidence behind a hop and a path, and the order paths are returned in.
//
// Hop strength h, from the claims on the hop's relationship. Each claim weighs what its status
// makes it worth as evidence that the link holds (STATUS_WEIGHT): a reported fact 1; an allegation,
// a disputed account or an author's assessment 0.5; a proposal or a speculation 0.25; a denial 0.
//   per source: its best-weighted claim counts in full, each further claim 0.25 × its weight;
//   h = (Σ over sources) × m,  m = 0.5 when the hop is contested (some claim denied or disputed).
// So one reported fact outweighs any number of proposals or guesses in one source, and a
// second independent source counts more than a second claim in the same one.
//
// Path evidence E = the harmonic mean of its hop strengths, n / Σ(1 / h). A path is only as
// credible as its weakest hops: a weak hop pulls E down far more than a strong hop lifts it, and a
// hop with no supporting claim (1 / 0 = ∞) makes E = 0.
//
// Order: fewer hops first; then higher E; then more distinct sources; then by hop sequence, so
// equally good paths always come back in the same order.
import { isContested } from '../domain/relationships.js';
import type { Claim, ClaimStatus } from '../domain/schema.js';
import type { PathSet, RawPath } from '../store/types.js';
import { pathKey, relationshipOf } from './path-set.js';

/** What a claim of each status is worth as evidence that the relationship holds. */
export const STATUS_WEIGHT: Readonly<Record<ClaimStatus, number>> = {
  reported: 1,
  alleged: 0.5,
  disputed: 0.5,
  assessed: 0.5,
  proposed: 0.25,
  speculated: 0.25,
  denied: 0,
};
const FURTHER_CLAIM = 0.25;
const CONTESTED = 0.5;
/** Statuses that say the link is not (yet) a fact; a hop made only of one of them is marked. */
const NOT_A_FACT: readonly ClaimStatus[] = ['alleged', 'assessed', 'proposed', 'speculated'];

/** The status every claim of the hop shares, when that status says it is not a fact. */
export function onlyStatus(claims: readonly Claim[]): ClaimStatus | undefined {
  const first = claims[0]?.status;
  if (first === undefined || !NOT_A_FACT.includes(first)) return undefined;
  return claims.every((c) => c.status === first) ? first : undefined;
}

export function hopStrength(claims: readonly Claim[]): number {
  const best = new Map<string, number>();
  let further = 0;
  for (const c of claims) {
    const w = STATUS_WEIGHT[c.status];
    if (w === 0) continue;
    const seen = best.get(c.source);
    if (seen === undefined) best.set(c.source, w);
    else {
      further += Math.min(seen, w);
      best.set(c.source, Math.max(seen, w));
    }
  }
  let base = FURTHER_CLAIM * further;
  for (const w of best.values()) base += w;
  return isContested(claims) ? base * CONTESTED : base;
}

export function pathEvidence(strengths: readonly number[]): number {
  return strengths.length / strengths.reduce((sum, h) => sum + 1 / h, 0);
}

export interface ScoredPath {
  path: RawPath;
  evidence: number;
  /** Distinct sources cited anywhere on the path. */
  sourceCount: number;
  key: string;
}

export function scorePath(
  path: RawPath,
  set: PathSet,
  strengthOf: (relationship: string) => number = (id) =>
    hopStrength(relationshipOf(set, id).claims),
): ScoredPath {
  const sources = new Set<string>();
  for (const { relationship } of path.hops) {
    for (const c of relationshipOf(set, relationship).claims) sources.add(c.source);
  }
  return {
    path,
    evidence: pathEvidence(path.hops.map((h) => strengthOf(h.relationship))),
    sourceCount: sources.size,
    key: pathKey(path),
  };
}

export function comparePaths(a: ScoredPath, b: ScoredPath): number {
  return (
    a.path.hops.length - b.path.hops.length ||
    b.evidence - a.evidence ||
    b.sourceCount - a.sourceCount ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** The set's paths, best first, at most `limit` of them. */
export function rankPaths(set: PathSet, limit: number): ScoredPath[] {
  // Paths share hops: each relationship's strength is worked out once per ranking.
  const strengths = new Map<string, number>();
  const strengthOf = (id: string) => {
    let h = strengths.get(id);
    if (h === undefined) strengths.set(id, (h = hopStrength(relationshipOf(set, id).claims)));
    return h;
  };
  return set.paths
    .map((p) => scorePath(p, set, strengthOf))
    .sort(comparePaths)
    .slice(0, limit);
}
