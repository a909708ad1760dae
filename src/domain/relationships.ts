// Relationship identity and derived facts: stable ids, the stored order of symmetric
// relationships, whether a relationship is contested and the span of its claims' dates.
import { CONTESTED_STATUSES, type Claim, type DateSpec, type Relationship } from './schema.js';
import { relationshipTypeInfo } from './vocabulary.js';

/** Symmetric relationships are stored once, with the smaller id first. */
export function canonicalEndpoints(rel: Pick<Relationship, 'type' | 'from' | 'to'>): {
  from: string;
  to: string;
} {
  const symmetric = relationshipTypeInfo(rel.type)?.symmetric ?? false;
  if (symmetric && rel.to < rel.from) return { from: rel.to, to: rel.from };
  return { from: rel.from, to: rel.to };
}

/** A stable, readable id: `pakistan.STRIKES.ttp`. Ids are kebab-case, so the dots are free. */
export function relationshipId(rel: Pick<Relationship, 'type' | 'from' | 'to'>): string {
  const { from, to } = canonicalEndpoints(rel);
  return `${from}.${rel.type}.${to}`;
}

export function isContested(claims: readonly Claim[]): boolean {
  return claims.some((c) => CONTESTED_STATUSES.includes(c.status));
}

/** The first and last calendar day a date spec can mean, as YYYY-MM-DD. */
export function dateBounds(d: DateSpec): { first: string; last: string } {
  return { first: firstDay(d.start), last: lastDay(d.end ?? d.start) };
}

function firstDay(s: string): string {
  if (s.length === 4) return `${s}-01-01`;
  if (s.length === 7) return `${s}-01`;
  return s;
}

function lastDay(s: string): string {
  if (s.length === 4) return `${s}-12-31`;
  if (s.length === 7) {
    const [y, m] = s.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${s}-${String(days).padStart(2, '0')}`;
  }
  return s;
}

/** The span covered by the dated claims, or undefined when no claim is dated. */
export function claimsSpan(claims: readonly Claim[]): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const c of claims) {
    if (!c.date) continue;
    const b = dateBounds(c.date);
    if (first === undefined || b.first < first) first = b.first;
    if (last === undefined || b.last > last) last = b.last;
  }
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}
