// The GET /api/vocabulary body: actor kinds, relationship types and claim statuses, built once.
import { ACTOR_KINDS, ACTOR_KIND_INFO } from '../domain/kinds.js';
import { CLAIM_STATUSES, CLAIM_STATUS_INFO } from '../domain/schema.js';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import type { VocabularyBody } from './types.js';

export const VOCABULARY: VocabularyBody = {
  kinds: ACTOR_KINDS.map((k) => ACTOR_KIND_INFO[k]),
  relationshipTypes: [...RELATIONSHIP_TYPES],
  claimStatuses: CLAIM_STATUSES.map((status) => ({ status, ...CLAIM_STATUS_INFO[status] })),
};
