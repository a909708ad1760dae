// A fixed-seed random dataset for benchmarks: actors of mixed kinds, relationships whose types
// fit the kinds at both ends, one claim each citing a synthetic source, some dated, some denied.
import { ACTOR_KINDS, type ActorKind } from '../domain/kinds.js';
import { relationshipId } from '../domain/relationships.js';
import type { Actor, Claim, Dataset, Relationship, Source } from '../domain/schema.js';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.js';

export interface SyntheticSize {
  actors: number;
  relationships: number;
  seed?: number;
}

/** Share of each kind among the actors; people and groups dominate, as in the real data. */
const KIND_WEIGHTS: Record<ActorKind, number> = {
  ArmedGroup: 0.15,
  Government: 0.1,
  State: 0.05,
  Organisation: 0.15,
  Person: 0.35,
  Place: 0.15,
  Event: 0.05,
};
const DATED_SHARE = 0.4;
const DENIED_SHARE = 0.05;
const CLAIMS_PER_SOURCE = 100;

/** mulberry32: small, fast and good enough to make the same graph on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDataset({ actors, relationships, seed = 42 }: SyntheticSize): Dataset {
  const random = seededRandom(seed);
  const sources = makeSources(Math.max(10, Math.ceil(relationships / CLAIMS_PER_SOURCE)));
  const { list, byKind } = makeActors(actors);
  const rels: Relationship[] = [];
  const ids = new Set<string>();
  const types = RELATIONSHIP_TYPES.filter(
    (t) => t.from.some((k) => byKind.get(k)?.length) && t.to.some((k) => byKind.get(k)?.length),
  );
  // Each try may hit a repeated id or a self-loop; the cap keeps tiny graphs from looping forever.
  for (let tries = 0; rels.length < relationships && tries < relationships * 20; tries++) {
    const type = pick(types, random);
    const from = skewedPick(byKind.get(pickKind(type.from, byKind, random)) ?? [], random);
    const to = skewedPick(byKind.get(pickKind(type.to, byKind, random)) ?? [], random);
    if (!from || !to || from === to) continue;
    const id = relationshipId({ type: type.type, from, to });
    if (ids.has(id)) continue;
    ids.add(id);
    rels.push({ type: type.type, from, to, claims: [makeClaim(pick(sources, random).id, random)] });
  }
  return { sources, actors: list, relationships: rels };
}

function makeSources(count: number): Source[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-source-${i}`,
    title: `Synthetic article ${i}`,
    kind: 'news',
  }));
}

function makeActors(count: number): { list: Actor[]; byKind: Map<ActorKind, string[]> } {
  const list: Actor[] = [];
  const byKind = new Map<ActorKind, string[]>();
  let made = 0;
  for (const kind of ACTOR_KINDS) {
    const share = Math.round(count * KIND_WEIGHTS[kind]);
    const n = kind === 'Event' ? count - made : Math.min(share, count - made);
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `${kind.toLowerCase()}-${i}`;
      ids.push(id);
      list.push({
        id,
        kind,
        name: `${kind} ${i}`,
        aliases: i % 3 === 0 ? [`${kind.slice(0, 3)} alias ${i}`] : [],
        description: `Synthetic ${kind} number ${i}.`,
      });
    }
    byKind.set(kind, ids);
    made += n;
  }
  return { list, byKind };
}

function makeClaim(source: string, random: () => number): Claim {
  const claim: Claim = {
    source,
    summary: 'A synthetic claim.',
    claimedBy: 'author',
    status: random() < DENIED_SHARE ? 'denied' : 'reported',
  };
  if (random() < DATED_SHARE) {
    const year = 2015 + Math.floor(random() * 11);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    claim.date = { start: `${year}-${month}-${day}`, precision: 'day' };
  }
  return claim;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Low indices are picked far more often, so some actors become hubs as in real graphs. */
function skewedPick(list: readonly string[], random: () => number): string | undefined {
  return list[Math.floor(list.length * random() ** 2)];
}

function pickKind(
  kinds: readonly ActorKind[],
  byKind: Map<ActorKind, string[]>,
  random: () => number,
): ActorKind {
  return pick(
    kinds.filter((k) => byKind.get(k)?.length),
    random,
  );
}
