// Turns a path question's names and options into a store PathQuery: each name resolves to exactly
// one actor (never a guess) and each option is checked, with errors that name the field.
import { z } from 'zod';
import {
  AmbiguousNameError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../domain/errors.js';
import { RELATIONSHIP_TYPE_NAMES, isRelationshipType } from '../domain/vocabulary.js';
import type { ActorSummary, GraphStore, PathQuery } from '../store/types.js';
import { MAX_HOPS } from '../store/params.js';

/** The options of a path question as callers give them; absent ones take the defaults. */
export interface PathOptions {
  maxHops?: number;
  types?: string[];
  directed?: boolean;
  limit?: number;
}

export type PathOptionsResolved = Omit<PathQuery, 'from' | 'to'>;

/** The ranges and defaults of a path question's options; the API documents the same. */
export const PATH_OPTION_RANGES = {
  maxHops: { min: 1, max: MAX_HOPS, default: 4 },
  limit: { min: 1, max: 100, default: 20 },
} as const;

const boundedInt = (r: { min: number; max: number; default: number }) =>
  z
    .number('must be a number')
    .int('must be a whole number')
    .min(r.min, `must be from ${r.min} to ${r.max}`)
    .max(r.max, `must be from ${r.min} to ${r.max}`)
    .default(r.default);

const optionsSchema = z
  .object({
    maxHops: boundedInt(PATH_OPTION_RANGES.maxHops),
    limit: boundedInt(PATH_OPTION_RANGES.limit),
    directed: z.boolean('must be true or false').default(false),
    types: z
      .array(
        z.string().refine(isRelationshipType, {
          error: (issue) =>
            `unknown relationship type "${String(issue.input)}"; known types: ${RELATIONSHIP_TYPE_NAMES.join(', ')}`,
        }),
        'must be a list of relationship types',
      )
      .min(1, 'must name at least one relationship type when given')
      .optional(),
  })
  .strict();

/** Checks the options and fills in defaults; throws ValidationError naming every bad field. */
export function parsePathOptions(options: unknown): PathOptionsResolved {
  const parsed = optionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issues: ValidationIssue[] = parsed.error.issues.map((i) =>
    // An unknown key has no path of its own: name the key itself.
    i.code === 'unrecognized_keys'
      ? { path: i.keys.join(', '), message: 'is not a path option' }
      : { path: i.path.filter((p) => typeof p === 'string').join('.'), message: i.message },
  );
  throw new ValidationError(issues);
}

/** Resolves a name, alias or id to one actor, or throws AmbiguousNameError / NotFoundError. */
export async function resolveActor(store: GraphStore, name: string): Promise<ActorSummary> {
  const r = await store.resolve(name);
  if (r.status === 'found') return r.actor;
  if (r.status === 'ambiguous') throw new AmbiguousNameError(name, r.candidates);
  throw new NotFoundError('actor', name, r.suggestions);
}
