// Display names for the claimants of a set of claims: actors by their name, and the two
// claimants that are no actor ("author", "unnamed") in the words the stores' getActor uses.
import { claimantName } from '../domain/claimants.js';
import { AUTHOR_CLAIMANT, UNNAMED_CLAIMANT, type Claim } from '../domain/schema.js';
import type { ActorSummary, GraphStore } from '../store/types.js';

export type ClaimantNamer = (claim: Claim) => string;

/**
 * Names every claimant of `claims`. Claimants among `known` need no look-up; the others (a
 * spokesperson who is not on the path) are resolved by id in the store.
 */
export async function nameClaimants(
  store: GraphStore,
  claims: readonly Claim[],
  known: Record<string, ActorSummary>,
): Promise<ClaimantNamer> {
  const names = new Map<string, string>();
  const missing = new Set<string>();
  for (const { claimedBy: id } of claims) {
    if (id === AUTHOR_CLAIMANT || id === UNNAMED_CLAIMANT) continue;
    const actor = known[id];
    if (actor) names.set(id, actor.name);
    else missing.add(id);
  }
  await Promise.all(
    [...missing].map(async (id) => {
      const r = await store.resolve(id);
      if (r.status === 'found') names.set(id, r.actor.name);
    }),
  );
  return (claim) => {
    return claimantName(claim.claimedBy, names.get(claim.claimedBy));
  };
}
