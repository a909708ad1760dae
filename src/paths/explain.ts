// One plain-English sentence per path, built from the vocabulary's verb phrases and each hop's
// direction: "TTP is sheltered by the Afghan Interim Government (contested), which is seated in
// Kabul (city) [001_bc84858fea6a1ab7, 004_b9d91eb74d9ded6c]."
import { CLAIM_STATUS_INFO } from '../domain/schema.js';
import { relationshipTypeInfo } from '../domain/vocabulary.js';
import { onlyStatus } from './rank.js';
import type { ExplainedHop, RankedPath } from './types.js';

export function explainPath(path: Pick<RankedPath, 'nodes' | 'hops' | 'sources'>): string {
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  const name = (id: string) => names.get(id) ?? id;
  const first = path.hops[0];
  if (!first) throw new Error('a path has at least one hop');
  const clauses = path.hops.map((hop) => `${verbPhrase(hop)} ${name(hop.to)}${notes(hop)}`);
  const cited = path.sources.length > 0 ? ` [${path.sources.join(', ')}]` : '';
  return `${capitalise(name(first.from))} ${clauses.join(', which ')}${cited}.`;
}

// A backward hop is read from the relationship's `to` end, so it takes the passive phrase;
// symmetric types read the same both ways.
function verbPhrase(hop: ExplainedHop): string {
  const info = relationshipTypeInfo(hop.type);
  if (!info) throw new Error(`unknown relationship type "${hop.type}"`);
  return hop.direction === 'forward' || info.symmetric ? info.active : info.passive;
}

function notes(hop: ExplainedHop): string {
  const role = hop.role ? ` as ${hop.role}` : '';
  if (hop.contested) return `${role} (contested)`;
  const only = onlyStatus(hop.claims);
  return only ? `${role} (${CLAIM_STATUS_INFO[only].label} only)` : role;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
