// A yes/no check that a relationship record is one relationshipSchema accepts as it stands, made
// without copying it. Bulk validation passes each relationship through it and hands zod only the
// records it refuses, for zod's messages. Why: zod returns a copy of every record it parses; at
// 500k relationships that parse took ~0.6 s and its copies another ~0.3 s of garbage collection,
// where this takes ~0.15 s. It may refuse more than zod (zod then decides), never accept more:
// the rules use the schema's own keys, constants and date rule, and
// test/domain/fast-check.test.ts checks it against zod on thousands of generated records.
import {
  CLAIM_STATUSES,
  claimSchema,
  dateSpecProblems,
  dateSpecSchema,
  figureSchema,
  PRECISIONS,
  QUALIFIERS,
  QUOTE_MAX_LENGTH,
  relationshipSchema,
  type Precision,
  type Relationship,
} from './schema.js';
import { isRelationshipType } from './vocabulary.js';

type Fields = Record<string, unknown>;

const keysOf = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
const RELATIONSHIP_KEYS = keysOf(relationshipSchema);
const CLAIM_KEYS = keysOf(claimSchema);
const DATE_KEYS = keysOf(dateSpecSchema);
const FIGURE_KEYS = keysOf(figureSchema);
const STATUSES = new Set<unknown>(CLAIM_STATUSES);
const PRECISION_SET = new Set<unknown>(PRECISIONS);
const QUALIFIER_SET = new Set<unknown>(QUALIFIERS);

export function isValidRelationship(value: unknown): value is Relationship {
  if (!isRecord(value, RELATIONSHIP_KEYS)) return false;
  const { type, from, to, role, claims } = value;
  if (typeof type !== 'string' || !isRelationshipType(type)) return false;
  if (!text(from) || !text(to) || !optionalText(role)) return false;
  if (!Array.isArray(claims) || claims.length === 0) return false;
  for (const claim of claims) if (!isValidClaim(claim)) return false;
  return true;
}

function isValidClaim(value: unknown): boolean {
  if (!isRecord(value, CLAIM_KEYS)) return false;
  const {
    source,
    summary,
    claimedBy,
    claimedByNote,
    date,
    sameDayAsReport,
    status,
    quote,
    figures,
  } = value;
  if (!text(source) || !text(summary) || !text(claimedBy) || !STATUSES.has(status)) return false;
  if (!optionalText(claimedByNote)) return false;
  if (sameDayAsReport !== undefined && typeof sameDayAsReport !== 'boolean') return false;
  if (quote !== undefined && !(text(quote) && quote.length <= QUOTE_MAX_LENGTH)) return false;
  if (date !== undefined && !isValidDate(date)) return false;
  if (figures === undefined) return true;
  return Array.isArray(figures) && figures.every(isValidFigure);
}

function isValidDate(value: unknown): boolean {
  if (!isRecord(value, DATE_KEYS)) return false;
  const { start, end, precision, inferred } = value;
  if (!PRECISION_SET.has(precision) || typeof start !== 'string') return false;
  if (end !== undefined && typeof end !== 'string') return false;
  if (inferred !== undefined && typeof inferred !== 'boolean') return false;
  // Nearly every date is a plain one, checked on its characters; the rest go to the schema's rule.
  const p = precision as Precision;
  if (isPlainDate(start, p) && (end === undefined || (isPlainDate(end, p) && end >= start))) {
    return true;
  }
  return dateSpecProblems({ start, end, precision: p }).length === 0;
}

const DIGIT_0 = 48;
const DASH = 45;
const LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` is a calendar date written to `precision` (as DATE_FORMAT and isCalendarDate
 * say), for years 1000–9999 only: before that, isCalendarDate's Date.UTC reads years 0–99 as
 * 1900–1999, which this does not copy. False means "not sure", never "invalid".
 */
function isPlainDate(value: string, precision: Precision): boolean {
  if (value.length !== LENGTH[precision]) return false;
  const year = digits(value, 0, 4);
  if (year < 1000) return false;
  if (precision === 'year') return true;
  const month = value.charCodeAt(4) === DASH ? digits(value, 5, 2) : -1;
  if (month < 1 || month > 12) return false;
  if (precision === 'month') return true;
  const day = value.charCodeAt(7) === DASH ? digits(value, 8, 2) : -1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day >= 1 && day <= last;
}

/** The number written by `count` decimal digits at `at`; -1 if any is not a digit. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = value.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isValidFigure(value: unknown): boolean {
  if (!isRecord(value, FIGURE_KEYS)) return false;
  const { measure, value: n, qualifier, unit } = value;
  if (!text(measure) || typeof n !== 'number' || !Number.isFinite(n)) return false;
  return (qualifier === undefined || QUALIFIER_SET.has(qualifier)) && optionalText(unit);
}

/** A plain object whose keys (own or inherited) are all among `keys`. */
function isRecord(value: unknown, keys: ReadonlySet<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

function text(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function optionalText(value: unknown): boolean {
  return value === undefined || text(value);
}
