// The zod schemas of every query and path parameter, and the one function that applies them:
// a bad or unknown parameter becomes a ValidationError naming the field and the reason.
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { clip } from '../domain/echo.js';
import { SYMMETRIC_MODES } from './export/graph.js';
import { ACTOR_KINDS } from '../domain/kinds.js';
import { dateBounds } from '../domain/relationships.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../domain/vocabulary.js';
import { PATH_OPTION_RANGES, parsePathOptions } from '../paths/index.js';

/** A query value given once; a repeated parameter arrives as an array. */
const single = () =>
  z.string({
    error: (issue) => {
      if (issue.input === undefined) return 'is required';
      if (Array.isArray(issue.input)) return 'must be given once (lists are comma-separated)';
      return 'must be a string';
    },
  });

const text = (max: number) =>
  single().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const integer = (min: number, max: number) =>
  single()
    .regex(/^-?\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `must be from ${min} to ${max}`)
        .max(max, `must be from ${min} to ${max}`),
    );

const boolean = () =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .pipe(z.boolean());

/** A comma-separated list, each value one of `values`. */
const list = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  single()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .pipe(
      z
        .array(
          z.enum(values, { error: (issue) => `unknown ${what} "${clip(String(issue.input))}"` }),
        )
        .min(1, `must list at least one ${what}`),
    );

const TYPES = RELATIONSHIP_TYPE_NAMES as readonly [RelationshipType, ...RelationshipType[]];

const kinds = () =>
  list(ACTOR_KINDS, 'actor kind').meta({ description: 'Actor kinds, comma-separated.' });
const types = () =>
  list(TYPES, 'relationship type').meta({ description: 'Relationship types, comma-separated.' });

// The calendar as a pattern, so the OpenAPI document says exactly which dates are accepted:
// years 0001-9999; months 01-12; days to 28 in every month, 29 and 30 except in February, 31 in
// the long months, 29 February in leap years (every 4th year, but centuries only every 400th).
const YEAR = '(?:000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
const MONTH = '(?:0[1-9]|1[0-2])';
const MONTH_DAY =
  '(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)';
const CALENDAR_DATE = new RegExp(
  `^(?:${YEAR}(?:-${MONTH})?|${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`,
);
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const date = (description: string) =>
  single()
    .regex(CALENDAR_DATE, {
      error: (issue) =>
        DATE_SHAPE.test(String(issue.input))
          ? 'must be a date in the calendar (years from 0001; no 30 February)'
          : 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
    })
    .meta({ description });

function bounds(d: string): { first: string; last: string } {
  const precision = d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
  return dateBounds({ start: d, precision });
}

const id = (description: string) => text(200).meta({ description });

export const noQuery = z.object({}).strict();

export const graphQuery = z
  .object({
    kinds: kinds().optional(),
    types: types().optional(),
    from: date(
      'Start of the date window, inclusive, over the dates the claimed facts happened (not when sources reported them). Relationships with no dated claim stay.',
    ).optional(),
    to: date(
      'End of the date window, inclusive, over the dates the claimed facts happened (not when sources reported them). Relationships with no dated claim stay.',
    ).optional(),
    minClaims: integer(1, 1000)
      .optional()
      .meta({ description: 'Keep relationships with at least this many claims.' }),
    contested: boolean().optional().meta({
      description: 'true: keep only contested relationships (a claim denied or disputed).',
    }),
  })
  .strict()
  .refine((q) => !q.from || !q.to || bounds(q.from).first <= bounds(q.to).last, {
    path: ['to'],
    message: 'must not be before from',
  });

export const searchQuery = z
  .object({
    q: text(200).meta({ description: 'Name, alias or id; spelling variants and typos match.' }),
    limit: integer(1, 100).default(10).meta({ description: 'Most hits to return.' }),
    kinds: kinds().optional(),
  })
  .strict();

export const actorParams = z
  .object({ id: id('An actor id, or a name or alias that resolves to one actor.') })
  .strict();

export const neighbourhoodQuery = z
  .object({
    depth: integer(1, 3)
      .pipe(z.literal([1, 2, 3]))
      .default(1)
      .meta({ description: 'Hops from the actor.' }),
    types: types().optional(),
  })
  .strict();

/** answerPaths' own ranges and defaults, so the document shows them and cannot disagree. */
const PATH_DEFAULTS = parsePathOptions({});
const { maxHops: HOPS, limit: LIMIT } = PATH_OPTION_RANGES;

export const pathsQuery = z
  .object({
    from: id('Where the paths start: an actor id, name or alias.'),
    to: id('Where the paths end: an actor id, name or alias.'),
    maxHops: integer(HOPS.min, HOPS.max)
      .default(PATH_DEFAULTS.maxHops)
      .meta({ description: 'Longest path, in hops.' }),
    types: types().optional(),
    directed: boolean()
      .default(PATH_DEFAULTS.directed)
      .meta({ description: 'true: follow relationships only along their direction.' }),
    limit: integer(LIMIT.min, LIMIT.max)
      .default(PATH_DEFAULTS.limit)
      .meta({ description: 'Most paths to return.' }),
  })
  .strict();

export const sourceParams = z.object({ id: id('A source id.') }).strict();

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export const CSV_TABLES = ['edges', 'nodes'] as const;

export const exportQuery = z
  .object({
    format: z
      .enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` })
      .default('json')
      .meta({
        description:
          'json: the whole dataset with every claim, in seed form; gexf, graphml: the graph ' +
          'with kinds, colours and claim counts; csv: one table (see table).',
      }),
    table: z
      .enum(CSV_TABLES, { error: `must be one of ${CSV_TABLES.join(', ')}` })
      .optional()
      .meta({ description: 'For format=csv: the edges table (default) or the nodes table.' }),
    symmetric: z
      .enum(SYMMETRIC_MODES, { error: `must be one of ${SYMMETRIC_MODES.join(', ')}` })
      .optional()
      .meta({
        description:
          'For gexf and graphml, which are directed graphs: both (default) writes a symmetric ' +
          'relationship (MEETS, ALLIED_WITH, ...) as two edges, one each way; once writes it ' +
          'once, in its stored direction. Every edge has a symmetric attribute.',
      }),
  })
  .strict()
  .refine((q) => q.table === undefined || q.format === 'csv', {
    path: ['table'],
    message: 'applies only to format=csv',
  })
  .refine((q) => q.symmetric === undefined || q.format === 'gexf' || q.format === 'graphml', {
    path: ['symmetric'],
    message: 'applies only to format=gexf and format=graphml',
  });

/** Parses request input with a schema; throws ValidationError naming the first bad field. */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // An unknown parameter is reported first: it is often a misspelling of a missing one.
  const issues = parsed.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const field = clip(issue.keys[0] as string);
    throw new ValidationError([{ path: field, message: 'is not a known parameter' }]);
  }
  throw new ValidationError([
    { path: String(issue?.path[0] ?? ''), message: issue?.message ?? '' },
  ]);
}
