// The strength of evidence behind a hop and a path, and the order paths are returned in.
//
// Hop strength h, from the claims on the hop's relationship:
//   S = distinct sources among the claims asserting the link (any status but "denied"),
//   C = the number of those claims,
//   h = (S + 0.25 × (C − S)) × m
// Each independent source counts 1; a further claim in an already counted source (another
// claimant, another date) adds 0.25. m = 0.5 when the hop is contested (some claim is denied or
// disputed), 0.25 when every claim is an author's proposal, 1 otherwise.
//
// Path evidence E = the harmonic mean of its hop strengths, n / Σ(1 / h). A path is only as
// credible as its weakest hops: a weak hop pulls E down far more than a strong hop lifts it, and a
// hop with no supporting claim (1 / 0 = ∞) makes E = 0.
//
// Order: fewer hops first; then higher E; then more distinct sources; then by hop sequence, so
// equally good paths always come back in the same order.
import { isContested } from '../domain/relationships.js';
import type { Claim } from '../domain/schema.js';
import type { PathSet, RawPath } from '../store/types.js';
import { pathKey, relationshipOf } from './path-set.js';

const FURTHER_CLAIM = 0.25;
const CONTESTED = 0.5;
const PROPOSED_ONLY = 0.25;

export function isProposedOnly(claims: readonly Claim[]): boolean {
  return claims.length > 0 && claims.every((c) => c.status === 'proposed');
}

export function hopStrength(claims: readonly Claim[]): number {
  const asserting = claims.filter((c) => c.status !== 'denied');
  const sources = new Set(asserting.map((c) => c.source)).size;
  const base = sources + FURTHER_CLAIM * (asserting.length - sources);
  const m = isContested(claims) ? CONTESTED : isProposedOnly(claims) ? PROPOSED_ONLY : 1;
  return base * m;
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

export function scorePath(path: RawPath, set: PathSet): ScoredPath {
  const claims = path.hops.map((h) => relationshipOf(set, h.relationship).claims);
  return {
    path,
    evidence: pathEvidence(claims.map(hopStrength)),
    sourceCount: new Set(claims.flat().map((c) => c.source)).size,
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
  return set.paths
    .map((p) => scorePath(p, set))
    .sort(comparePaths)
    .slice(0, limit);
}
