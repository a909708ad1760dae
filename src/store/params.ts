// Checks of query parameters (filters, depths, hop limits): callers may pass user input, so each
// bad value throws a ValidationError naming the field and the reason.
import { ValidationError } from '../domain/errors.js';
import { ACTOR_KINDS, isActorKind, type ActorKind } from '../domain/kinds.js';
import { dateBounds } from '../domain/relationships.js';
import type { SearchOptions } from '../domain/names.js';
import type { Precision } from '../domain/schema.js';
import { isRelationshipType } from '../domain/vocabulary.js';
import type { LoadMode } from './types.js';

/** Longest path any path query may walk, in hops. */
export const MAX_HOPS = 6;
/** Most paths one path query may return. */
export const MAX_PATHS = 10_000;

export function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ path: field, message }]);
}

/** A list of actor kinds; absent or empty means no filter. */
export function kindsParam(value: unknown, field = 'kinds'): ReadonlySet<ActorKind> | undefined {
  const list = stringList(value, field);
  const bad = list?.find((k) => !isActorKind(k));
  if (bad !== undefined) {
    throw invalid(field, `unknown actor kind "${bad}" (known: ${ACTOR_KINDS.join(', ')})`);
  }
  return list && list.length > 0 ? new Set(list as ActorKind[]) : undefined;
}

/** Most hits one search may return. */
const MAX_SEARCH_HITS = 100;

/** A load mode, checked: callers may pass user input. */
export function loadModeParam(mode: unknown): LoadMode {
  if (mode === 'merge' || mode === 'replace') return mode;
  throw invalid('mode', `must be "merge" or "replace", got ${String(mode)}`);
}

/** GraphStore.search's options, checked, in the form NameIndex.search takes. */
export function searchParams(options: { limit?: unknown; kinds?: unknown }): SearchOptions {
  const kinds = kindsParam(options.kinds);
  return {
    limit:
      options.limit === undefined
        ? undefined
        : intParam(options.limit, 'limit', 1, MAX_SEARCH_HITS),
    kinds: kinds ? [...kinds] : undefined,
  };
}

/** A list of relationship types; absent or empty means no filter. */
export function typesParam(value: unknown, field = 'types'): ReadonlySet<string> | undefined {
  const list = stringList(value, field);
  const bad = list?.find((t) => !isRelationshipType(t));
  if (bad !== undefined) throw invalid(field, `unknown relationship type "${bad}"`);
  return list && list.length > 0 ? new Set(list) : undefined;
}

function stringList(value: unknown, field: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalid(field, 'must be a list of strings');
  }
  return value as string[];
}

export function intParam(value: unknown, field: string, min: number, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
    throw invalid(field, `must be a whole number ${range}, got ${shown(value)}`);
  }
  return value;
}

export function boolParam(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw invalid(field, `must be true or false`);
  return value;
}

const DAY_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const PRECISION_BY_LENGTH: Record<number, Precision> = { 4: 'year', 7: 'month', 10: 'day' };

/**
 * A window bound as YYYY, YYYY-MM or YYYY-MM-DD, widened to the first day it can mean (for a
 * window start) or the last (for a window end), as YYYY-MM-DD.
 */
export function dayParam(value: unknown, field: string, end: 'first' | 'last'): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) {
    throw invalid(field, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${shown(value)}`);
  }
  const precision = PRECISION_BY_LENGTH[value.length] as Precision;
  return dateBounds({ start: value, precision })[end];
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
