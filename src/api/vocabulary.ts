// The GET /api/vocabulary body: actor kinds, relationship types and claim statuses, built once.
import { ACTOR_KINDS, ACTOR_KIND_INFO } from '../domain/kinds.js';
import { CLAIM_STATUSES, CONTESTED_STATUSES, type ClaimStatus } from '../domain/schema.js';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import type { VocabularyBody } from './types.js';

const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  reported: 'The source reports it as fact, on its own authority or a named claimant’s.',
  alleged: 'A claimant alleges it; the source does not confirm it.',
  denied: 'The party it concerns denies it.',
  disputed: 'Other parties or sources contest it.',
  proposed: 'Proposed, planned or called for; not (yet) done.',
};

export const VOCABULARY: VocabularyBody = {
  kinds: ACTOR_KINDS.map((k) => ACTOR_KIND_INFO[k]),
  relationshipTypes: [...RELATIONSHIP_TYPES],
  claimStatuses: CLAIM_STATUSES.map((status) => ({
    status,
    description: STATUS_DESCRIPTIONS[status],
    contested: CONTESTED_STATUSES.includes(status),
  })),
};
