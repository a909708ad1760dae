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

/**
 * The kinds of statement a claim can be, as data: what each means, how a reader should see it
 * named, and whether it contests the relationship. The status says what the text does (reports,
 * alleges, denies, disputes, recommends, judges, guesses), not how true it is.
 */
export const CLAIM_STATUS_INFO = {
  reported: {
    label: 'reported',
    description:
      'Stated as having happened or being so, by the article in its own voice or by a named party.',
    contested: false,
  },
  alleged: {
    label: 'alleged',
    description: 'A party alleges it; the article passes it on without confirming it.',
    contested: false,
  },
  denied: {
    label: 'denied by the party concerned',
    description: 'The party it is about (or someone speaking for it) says it is not so.',
    contested: true,
  },
  disputed: {
    label: 'disputed',
    description: 'A party or the article contests it, or gives an account at odds with it.',
    contested: true,
  },
  proposed: {
    label: 'proposed',
    description: 'Recommended, called for or planned (what should or could be done); not done.',
    contested: false,
  },
  assessed: {
    label: "author's assessment",
    description:
      'The author’s (or an analyst’s) judgement or reading of events, not a reported event.',
    contested: false,
  },
  speculated: {
    label: 'speculation',
    description:
      'A possibility, suspicion, hope or fear: what may be, might have been or could happen.',
    contested: false,
  },
} as const satisfies Record<string, { label: string; description: string; contested: boolean }>;
export type ClaimStatus = keyof typeof CLAIM_STATUS_INFO;
export const CLAIM_STATUSES = Object.keys(CLAIM_STATUS_INFO) as [ClaimStatus, ...ClaimStatus[]];
/** What each status means, for legends and documentation. */
export const CLAIM_STATUS_DESCRIPTIONS = Object.fromEntries(
  CLAIM_STATUSES.map((s) => [s, CLAIM_STATUS_INFO[s].description]),
) as Record<ClaimStatus, string>;

/** Statuses that make a relationship contested. */
export const CONTESTED_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES.filter(
  (s) => CLAIM_STATUS_INFO[s].contested,
);

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
    /**
     * When the fact happened, only as the text gives it or lets it be worked out ("inferred");
     * never the publication date by default. When the source reports it is the source's
     * `published`, so the two dates stay apart.
     */
    date: dateSpecSchema.optional(),
    /**
     * Set once checked that the text itself puts the fact on its source's publication day;
     * without it, a date equal to that day is flagged for review as a likely publication date.
     */
    sameDayAsReport: z.boolean().optional(),
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
