// Who makes a claim, in words: an actor's name, or the two claimants that are no actor.
import { AUTHOR_CLAIMANT, UNNAMED_CLAIMANT } from './schema.js';

/** The display name of `claimedBy`; `actorName` is the actor's name when it is an actor id. */
export function claimantName(claimedBy: string, actorName: string | undefined): string {
  if (claimedBy === AUTHOR_CLAIMANT) return "the article's author";
  if (claimedBy === UNNAMED_CLAIMANT) return 'unnamed sources';
  return actorName ?? claimedBy;
}
