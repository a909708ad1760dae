// A small dataset shaped like the seed (a sheltered group, a government seated in a city, a
// symmetric, a contested and a proposal-only relationship, a role) and helpers that build the
// PathSets a store would return for it.
import {
  canonicalEndpoints,
  claimsSpan,
  isContested,
  relationshipId,
} from '../../src/domain/relationships.js';
import type { Claim, Dataset, Relationship } from '../../src/domain/schema.js';
import { relationshipTypeInfo } from '../../src/domain/vocabulary.js';
import type { PathSet, RawPath, RelationshipRecord } from '../../src/store/types.js';

const reported = (source: string, summary: string, claimedBy = 'author'): Claim => ({
  source,
  summary,
  claimedBy,
  status: 'reported',
});

export const fixture: Dataset = {
  sources: [
    { id: 'src-a', title: 'Strikes in Paktika', kind: 'news' },
    { id: 'src-b', title: 'Sanctuary across the border', kind: 'analysis' },
    { id: 'src-c', title: 'Talks and threats', kind: 'editorial' },
  ],
  actors: [
    {
      id: 'ttp',
      kind: 'ArmedGroup',
      name: 'Tehreek-i-Taliban Pakistan',
      aliases: ['TTP'],
      ambiguousAliases: ['Taliban'],
      description: 'A militant group.',
    },
    {
      id: 'aig',
      kind: 'Government',
      name: 'Afghan Interim Government',
      aliases: ['AIG', 'Kabul'],
      ambiguousAliases: ['Taliban'],
      description: 'The government in Kabul.',
    },
    {
      id: 'kabul-city',
      kind: 'Place',
      name: 'Kabul (city)',
      aliases: ['Kabul city'],
      description: 'A city.',
    },
    {
      id: 'afghanistan',
      kind: 'State',
      name: 'Afghanistan',
      aliases: [],
      description: 'A state.',
    },
    {
      id: 'pakistan',
      kind: 'State',
      name: 'Pakistan',
      aliases: ['Islamabad'],
      description: 'A state.',
    },
    {
      id: 'khairkhwa',
      kind: 'Person',
      name: 'Khairullah Khairkhwa',
      aliases: [],
      description: 'A minister.',
    },
  ],
  relationships: [
    {
      // Contested: h = (0.5 for src-a's allegation + 1 for src-b's report) × 0.5 = 0.75.
      type: 'SHELTERS',
      from: 'aig',
      to: 'ttp',
      claims: [
        {
          ...reported('src-a', 'Pakistan says Kabul harbours the group.', 'pakistan'),
          status: 'alleged',
        },
        reported('src-b', 'The minister called the fighters guests.', 'khairkhwa'),
        { ...reported('src-b', 'Kabul denies hosting the group.', 'aig'), status: 'denied' },
      ],
    },
    {
      type: 'SEATED_IN',
      from: 'aig',
      to: 'kabul-city',
      claims: [reported('src-a', 'The government sits in Kabul.')],
    },
    {
      type: 'GOVERNS',
      from: 'aig',
      to: 'afghanistan',
      claims: [reported('src-a', 'It rules Afghanistan.'), reported('src-b', 'It rules.')],
    },
    {
      type: 'OPERATES_IN',
      from: 'ttp',
      to: 'afghanistan',
      claims: [reported('src-b', 'Fighters are based there.'), reported('src-c', 'Based there.')],
    },
    {
      type: 'LOCATED_IN',
      from: 'kabul-city',
      to: 'afghanistan',
      claims: [reported('src-a', 'Kabul is in Afghanistan.')],
    },
    {
      // Two claims in one source: h = 1 + 0.25.
      type: 'STRIKES',
      from: 'pakistan',
      to: 'ttp',
      claims: [
        reported('src-a', 'Jets hit hideouts.'),
        reported('src-a', 'Officials confirm the strikes.', 'pakistan'),
      ],
    },
    {
      // Symmetric, written against the stored order (aig first): the store keeps it canonical.
      type: 'NEGOTIATES_WITH',
      from: 'pakistan',
      to: 'aig',
      claims: [reported('src-c', 'Envoys held talks.')],
    },
    {
      // Proposal only: h = 1 × 0.25.
      type: 'COOPERATES_WITH',
      from: 'aig',
      to: 'pakistan',
      claims: [{ ...reported('src-b', 'The author urges joint action.'), status: 'proposed' }],
    },
    {
      type: 'REPRESENTS',
      from: 'khairkhwa',
      to: 'aig',
      role: 'Minister of Information',
      claims: [reported('src-b', 'He speaks for the government.')],
    },
  ],
};

/** The relationship as a store holds it (symmetric ones in canonical order). */
export function record(rel: Relationship): RelationshipRecord {
  const span = claimsSpan(rel.claims);
  return {
    id: relationshipId(rel),
    type: rel.type,
    ...canonicalEndpoints(rel),
    symmetric: relationshipTypeInfo(rel.type)?.symmetric ?? false,
    ...(rel.role !== undefined && { role: rel.role }),
    claims: rel.claims,
    contested: isContested(rel.claims),
    ...(span && { span }),
  };
}

const RECORDS = new Map(fixture.relationships.map((r) => [relationshipId(r), record(r)]));

/** The path that starts at `start` and follows the relationships named by id, in order. */
export function walk(start: string, ...relationshipIds: string[]): RawPath {
  const nodes = [start];
  const hops = relationshipIds.map((id) => {
    const rel = RECORDS.get(id);
    if (!rel) throw new Error(`no fixture relationship ${id}`);
    const at = nodes[nodes.length - 1];
    const forward = rel.from === at;
    if (!forward && rel.to !== at) throw new Error(`${id} does not touch ${at}`);
    const next = forward ? rel.to : rel.from;
    nodes.push(next);
    return {
      relationship: id,
      type: rel.type,
      from: at,
      to: next,
      direction: forward ? ('forward' as const) : ('backward' as const),
    };
  });
  return { nodes, hops };
}

/** The PathSet a store would return for these paths: everything they touch, filled in. */
export function pathSet(paths: RawPath[], truncated = false): PathSet {
  const set: PathSet = { paths, truncated, actors: {}, relationships: {}, sources: {} };
  for (const p of paths) {
    for (const id of p.nodes) {
      const a = fixture.actors.find((x) => x.id === id);
      if (a) set.actors[id] = { id, kind: a.kind, name: a.name };
    }
    for (const h of p.hops) {
      const rel = RECORDS.get(h.relationship);
      if (!rel) continue;
      set.relationships[rel.id] = rel;
      for (const c of rel.claims) {
        const s = fixture.sources.find((x) => x.id === c.source);
        if (s) set.sources[s.id] = s;
      }
    }
  }
  return set;
}
