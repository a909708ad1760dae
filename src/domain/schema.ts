// The zod schemas for sources, actors, claims and relationships: they validate seed files,
// store writes and API input alike. Cross-record rules (endpoints exist, kinds fit) live in
// validate.ts; these check each record on its own.
import { z } from 'zod';
import { ACTOR_KINDS } from './kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from './vocabulary.js';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lower-case letters, digits and single hyphens (kebab-case)');

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

const DATE_FORMAT: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

export interface DateProblem {
  field: 'start' | 'end';
  message: string;
}

/**
 * Whether a date string already in one of the formats names a day, month or year that exists:
 * years 0001 to 9999 (there is no year 0), and no 30 February.
 */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (y < 1) return false;
  if (m === undefined || d === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** What is wrong with a date's strings for its precision (and its range's order); [] if nothing. */
export function dateSpecProblems(d: {
  start: string;
  end?: string;
  precision: Precision;
}): DateProblem[] {
  const re = DATE_FORMAT[d.precision];
  const problem = (value: string) =>
    !re.test(value)
      ? `"${value}" does not match precision "${d.precision}"`
      : !isCalendarDate(value)
        ? `"${value}" is not a date in the calendar`
        : undefined;
  const problems: DateProblem[] = [];
  const start = problem(d.start);
  if (start) problems.push({ field: 'start', message: start });
  if (d.end !== undefined) {
    const end = problem(d.end);
    if (end) problems.push({ field: 'end', message: end });
    else if (d.end < d.start) problems.push({ field: 'end', message: 'end is before start' });
  }
  return problems;
}

/** A date or date range, written to its precision: "2024", "2024-12" or "2024-12-24". */
export const dateSpecSchema = z
  .object({
    start: z.string(),
    end: z.string().optional(),
    precision: z.enum(PRECISIONS),
    /** True when the date is inferred from the text rather than stated in it. */
    inferred: z.boolean().optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const { field, message } of dateSpecProblems(d)) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
export type DateSpec = z.infer<typeof dateSpecSchema>;

export const SOURCE_KINDS = ['news', 'editorial', 'opinion', 'analysis'] as const;
export const sourceSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    published: dateSpecSchema.optional(),
    kind: z.enum(SOURCE_KINDS),
    /** What the article is about, in our words. */
    summary: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const actorSchema = z
  .object({
    id: idSchema,
    kind: z.enum(ACTOR_KINDS),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Aliases this actor knowingly shares with another; resolving them returns candidates. */
    ambiguousAliases: z.array(z.string().min(1)).optional(),
    description: z.string().min(1),
    /** For events: when they happened. */
    date: dateSpecSchema.optional(),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;
export type ActorInput = z.input<typeof actorSchema>;

export const CLAIM_STATUSES = ['reported', 'alleged', 'denied', 'disputed', 'proposed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** What each status means, for legends and documentation. */
export const CLAIM_STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  reported: 'The source reports it as fact, on its own authority or a named claimant’s.',
  alleged: 'A claimant alleges it; the source does not confirm it.',
  denied: 'The party it concerns denies it.',
  disputed: 'Other parties or sources contest it.',
  proposed: 'Proposed, planned or called for; not (yet) done.',
};

/** Statuses that make a relationship contested. */
export const CONTESTED_STATUSES: readonly ClaimStatus[] = ['denied', 'disputed'];

/** Who makes a claim when it is no actor in the graph. */
export const AUTHOR_CLAIMANT = 'author';
export const UNNAMED_CLAIMANT = 'unnamed';

/** Longest quote a claim may carry: a short phrase, not a passage. */
export const QUOTE_MAX_LENGTH = 240;

export const QUALIFIERS = ['exactly', 'at least', 'over', 'nearly', 'about', 'up to'] as const;
export const figureSchema = z
  .object({
    measure: z.string().min(1),
    value: z.number().finite(),
    qualifier: z.enum(QUALIFIERS).optional(),
    unit: z.string().min(1).optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

export const claimSchema = z
  .object({
    source: z.string().min(1),
    /** What the source states, in our own words. */
    summary: z.string().min(1),
    /** An actor id, "author" (the article's author or desk) or "unnamed" (unnamed sources). */
    claimedBy: z.string().min(1),
    /** How the source describes an unnamed claimant ("security sources", "analysts"). */
    claimedByNote: z.string().min(1).optional(),
    date: dateSpecSchema.optional(),
    status: z.enum(CLAIM_STATUSES),
    /** A short phrase the claimant said, quoted as such. */
    quote: z.string().min(1).max(QUOTE_MAX_LENGTH).optional(),
    figures: z.array(figureSchema).optional(),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

export const relationshipSchema = z
  .object({
    type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
    // Actor ids, checked against the actors (whose ids are checked for form) by validateDataset.
    from: z.string().min(1),
    to: z.string().min(1),
    /** The office or role held, for REPRESENTS, LEADS and MEMBER_OF. */
    role: z.string().min(1).optional(),
    claims: z.array(claimSchema).min(1, 'a relationship needs at least one claim'),
  })
  .strict();
export type Relationship = z.infer<typeof relationshipSchema>;

export const datasetSchema = z
  .object({
    sources: z.array(sourceSchema),
    actors: z.array(actorSchema),
    relationships: z.array(relationshipSchema),
  })
  .strict();
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
