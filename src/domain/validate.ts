// The whole-dataset validator: checks every record against its schema and every cross-record rule
// (unique ids, endpoints, kinds, sources, claimants, shared aliases, dates) and returns the
// dataset with symmetric relationships in canonical order, or every issue found.
import type { z } from 'zod';
import { bucketItems } from './buckets.js';
import type { ValidationIssue } from './errors.js';
import { isValidRelationship } from './fast-check.js';
import { ACTOR_KINDS, type ActorKind } from './kinds.js';
import { NameIndex } from './names.js';
import { reviewClaims } from './review.js';
import { canonicalEndpoints, dateBounds, relationshipId } from './relationships.js';
import {
  actorSchema,
  AUTHOR_CLAIMANT,
  relationshipSchema,
  sourceSchema,
  UNNAMED_CLAIMANT,
  type Actor,
  type Claim,
  type Dataset,
  type Relationship,
  type Source,
} from './schema.js';
import { RELATIONSHIP_TYPES, relationshipTypeIndex, relationshipTypeInfo } from './vocabulary.js';

export interface RawDataset {
  sources: readonly unknown[];
  actors: readonly unknown[];
  relationships: readonly unknown[];
}

/** Per array, the file each record came from (same index). */
export interface DatasetFiles {
  sources?: readonly string[];
  actors?: readonly string[];
  relationships?: readonly string[];
}

export interface DatasetSummary {
  sources: number;
  actors: number;
  relationships: number;
  claims: number;
  issues: number;
}

/**
 * What validation learnt of the dataset, so a store need not work it out again: each actor's
 * position in `dataset.actors`, and per relationship (parallel to `dataset.relationships`) the
 * positions of its ends and its type's vocabulary index.
 */
export interface DatasetLayout {
  positions: ReadonlyMap<string, number>;
  from: Int32Array;
  to: Int32Array;
  types: Uint8Array;
}

/** A valid dataset comes with what validation built on the way; an invalid one with its issues. */
export type ValidationResult =
  | {
      dataset: Dataset;
      /** The name index of the dataset's actors, built to check shared names. */
      names: NameIndex;
      layout: DatasetLayout;
      issues: [];
      summary: DatasetSummary;
    }
  | {
      dataset?: undefined;
      names?: undefined;
      layout?: undefined;
      issues: ValidationIssue[];
      summary: DatasetSummary;
    };

/** Claims dated before this year are taken for typos. */
export const MIN_CLAIM_YEAR = 1900;
/** Claims may look ahead (planned talks), but not more than a year. */
export function maxClaimYear(now = new Date()): number {
  return now.getUTCFullYear() + 1;
}

type Section = keyof RawDataset;
const kindBit = (kind: ActorKind) => 1 << ACTOR_KINDS.indexOf(kind);
/** Per end, per vocabulary index: the kinds allowed at that end of that type, as bits. */
const ALLOWED_KIND_BITS = {
  from: Int32Array.from(RELATIONSHIP_TYPES, (t) =>
    t.from.reduce((bits, k) => bits | kindBit(k), 0),
  ),
  to: Int32Array.from(RELATIONSHIP_TYPES, (t) => t.to.reduce((bits, k) => bits | kindBit(k), 0)),
};
/** Buckets small enough to search for repeats pair by pair rather than with a Map. */
const SMALL_BUCKET = 8;

export interface ValidateOptions {
  /**
   * Also run the evidence review rules (review.ts) on the claims. Seed folders are reviewed
   * (`actorgraph validate`, `actorgraph seed`); store loads check integrity only.
   */
  review?: boolean;
}

/**
 * Validates a whole dataset. The dataset returned may share records with `raw` (records that need
 * no change are not copied), so `raw` must not be changed afterwards.
 */
export function validateDataset(
  raw: RawDataset,
  files: DatasetFiles = {},
  options: ValidateOptions = {},
): ValidationResult {
  const v = new Validator(files, options);
  const sources = v.unique('sources', raw.sources, sourceSchema, 'source');
  const actors = v.unique('actors', raw.actors, actorSchema, 'actor');
  const { relationships, layout } = v.relationships(raw.relationships, actors, sources);
  const names = new NameIndex(actors.records.filter((a) => a !== undefined));
  v.sharedNames(names, actors);
  const claims = relationships.reduce((n, r) => n + r.claims.length, 0);
  const summary: DatasetSummary = {
    sources: raw.sources.length,
    actors: raw.actors.length,
    relationships: raw.relationships.length,
    claims,
    issues: v.issues.length,
  };
  if (v.issues.length > 0) return { issues: v.issues, summary };
  // With no issue, every record was kept in order, so record indexes are dataset positions.
  const dataset: Dataset = {
    sources: sources.records as Source[],
    actors: actors.records as Actor[],
    relationships: relationships.map((rel, i) => {
      const ends = canonicalEndpoints(rel);
      if (ends.from === rel.from) return rel;
      [layout.from[i], layout.to[i]] = [layout.to[i] as number, layout.from[i] as number];
      return { ...rel, ...ends };
    }),
  };
  return { dataset, names, layout, issues: [], summary };
}

/** Parsed records by their position in the input (holes where parsing failed), and ids. */
interface Parsed<T> {
  records: Array<T | undefined>;
  positions: Map<string, number>;
}

class Validator {
  readonly issues: ValidationIssue[] = [];
  private readonly minDate = `${MIN_CLAIM_YEAR}-01-01`;
  private readonly maxDate = `${maxClaimYear()}-12-31`;

  constructor(
    private readonly files: DatasetFiles,
    private readonly options: ValidateOptions,
  ) {}

  /** Where a record sits, for messages that point at another record. */
  private where(section: Section, index: number): string {
    return this.files[section]?.[index] ?? `${section}[${index}]`;
  }

  private add(section: Section, index: number, record: string, path: string, message: string) {
    const file = this.files[section]?.[index];
    this.issues.push({ ...(file ? { file } : {}), record, ...(path ? { path } : {}), message });
  }

  private schemaIssues(section: Section, index: number, record: string, error: z.ZodError) {
    for (const issue of error.issues) {
      this.add(section, index, record, issue.path.map(String).join('.'), issue.message);
    }
  }

  /** Parses sources or actors, keyed by id; a repeated id is an issue. */
  unique<T extends { id: string }>(
    section: 'sources' | 'actors',
    records: readonly unknown[],
    schema: z.ZodType<T>,
    noun: string,
  ): Parsed<T> {
    const parsed: Parsed<T> = {
      records: new Array<T | undefined>(records.length),
      positions: new Map(),
    };
    records.forEach((record, index) => {
      const result = schema.safeParse(record);
      if (!result.success) {
        this.schemaIssues(section, index, rawId(record) ?? `${section}[${index}]`, result.error);
        return;
      }
      const id = result.data.id;
      const first = parsed.positions.get(id);
      if (first !== undefined) {
        this.add(
          section,
          index,
          id,
          'id',
          `duplicate ${noun} id (first at ${this.where(section, first)})`,
        );
        return;
      }
      parsed.positions.set(id, index);
      parsed.records[index] = result.data;
    });
    return parsed;
  }

  relationships(
    records: readonly unknown[],
    actors: Parsed<Actor>,
    sources: Parsed<Source>,
  ): { relationships: Relationship[]; layout: DatasetLayout } {
    const valid: Relationship[] = [];
    /** Input position of each parsed relationship, for messages. */
    const inputIndex: number[] = [];
    const from = new Int32Array(records.length);
    const to = new Int32Array(records.length);
    const types = new Uint8Array(records.length);
    // Kinds as bits beside the positions: the kind check then reads no actor record.
    const kindBits = Int32Array.from(actors.records, (a) => (a ? kindBit(a.kind) : 0));
    records.forEach((record, index) => {
      const rel = this.relationship(record, index);
      if (!rel) return;
      const k = valid.length;
      const type = relationshipTypeIndex(rel.type);
      from[k] = this.endpoint(rel, 'from', index, type, actors, kindBits);
      to[k] = this.endpoint(rel, 'to', index, type, actors, kindBits);
      types[k] = type;
      if (rel.from === rel.to) {
        this.add(
          'relationships',
          index,
          relationshipId(rel),
          'to',
          'a relationship cannot join an actor to itself',
        );
      }
      rel.claims.forEach((claim, c) =>
        this.claim(claim, `claims.${c}`, rel, index, actors, sources),
      );
      valid.push(rel);
      inputIndex.push(index);
    });
    const layout = {
      positions: actors.positions,
      from: from.subarray(0, valid.length),
      to: to.subarray(0, valid.length),
      types: types.subarray(0, valid.length),
    };
    this.repeats(valid, layout, inputIndex, actors.records.length);
    if (this.options.review) this.review(valid, inputIndex, sources);
    return { relationships: valid, layout };
  }

  /** The evidence rules of review.ts, reported like every other issue. */
  private review(rels: Relationship[], inputIndex: number[], sources: Parsed<Source>) {
    const sourceOf = (id: string) => {
      const position = sources.positions.get(id);
      return position === undefined ? undefined : sources.records[position];
    };
    for (const issue of reviewClaims(rels, inputIndex, sourceOf))
      this.add('relationships', issue.index, issue.record, issue.path, issue.message);
  }

  /** The record as a Relationship, or undefined with its schema issues added. */
  private relationship(record: unknown, index: number): Relationship | undefined {
    // Records that pass the fast check are kept as they are; zod parses (and copies) the rest.
    if (isValidRelationship(record)) return record;
    const parsed = relationshipSchema.safeParse(record);
    if (parsed.success) return parsed.data;
    const id = rawRelationshipId(record) ?? `relationships[${index}]`;
    this.schemaIssues('relationships', index, id, parsed.error);
    return undefined;
  }

  /**
   * A relationship may appear once: same type and ends (either order for symmetric types).
   * Compared by actor position within buckets of the first end; string ids in a Map cost most of
   * a second at 500k relationships.
   */
  private repeats(
    rels: Relationship[],
    layout: Omit<DatasetLayout, 'positions'>,
    inputIndex: number[],
    actorCount: number,
  ) {
    const symmetric = (t: number) => RELATIONSHIP_TYPES[t]?.symmetric ?? false;
    const first = new Int32Array(rels.length);
    const second = new Int32Array(rels.length);
    rels.forEach((_, i) => {
      const [a, b, t] = [
        layout.from[i] as number,
        layout.to[i] as number,
        layout.types[i] as number,
      ];
      const swap = symmetric(t) && b < a;
      // Relationships with an unknown end are keyed -1: they are reported already.
      first[i] = a < 0 || b < 0 ? -1 : swap ? b : a;
      second[i] = (swap ? a : b) + actorCount * t;
    });
    const found: Array<[repeat: number, original: number]> = [];
    const { start, items } = bucketItems(first, actorCount);
    const seen = new Map<number, number>();
    for (let bucket = 0; bucket < actorCount; bucket++) {
      const [lo, hi] = [start[bucket] as number, start[bucket + 1] as number];
      if (hi - lo < 2) continue;
      seen.clear();
      for (let j = lo; j < hi; j++) {
        const i = items[j] as number;
        const key = second[i] as number;
        let original: number | undefined;
        if (hi - lo <= SMALL_BUCKET) {
          for (let p = lo; p < j && original === undefined; p++) {
            if (second[items[p] as number] === key) original = items[p];
          }
        } else {
          original = seen.get(key);
          if (original === undefined) seen.set(key, i);
        }
        if (original !== undefined) found.push([i, original]);
      }
    }
    found.sort(([a], [b]) => a - b);
    for (const [i, original] of found) {
      const rel = rels[i] as Relationship;
      const why = relationshipTypeInfo(rel.type)?.symmetric
        ? `; ${rel.type} is symmetric, so either direction is the same relationship`
        : '';
      const where = this.where('relationships', inputIndex[original] as number);
      this.add(
        'relationships',
        inputIndex[i] as number,
        relationshipId(rel),
        '',
        `duplicate relationship (first at ${where})${why}`,
      );
    }
  }

  /** Checks one end; returns the position of its actor (-1 when unknown). */
  private endpoint(
    rel: Relationship,
    end: 'from' | 'to',
    index: number,
    type: number,
    actors: Parsed<Actor>,
    kindBits: Int32Array,
  ): number {
    const id = rel[end];
    const position = actors.positions.get(id);
    if (position === undefined) {
      this.add('relationships', index, relationshipId(rel), end, `unknown actor "${id}"`);
      return -1;
    }
    if (((ALLOWED_KIND_BITS[end][type] as number) & (kindBits[position] as number)) === 0) {
      const actor = actors.records[position] as Actor;
      const allowed = relationshipTypeInfo(rel.type)?.[end] ?? [];
      const side = end === 'from' ? 'start at' : 'end at';
      this.add(
        'relationships',
        index,
        relationshipId(rel),
        end,
        `${rel.type} cannot ${side} ${actor.id} (a ${actor.kind}); allowed: ${allowed.join(', ')}`,
      );
    }
    return position;
  }

  private claimIssue(
    rel: Relationship,
    index: number,
    path: string,
    field: string,
    message: string,
  ) {
    this.add('relationships', index, relationshipId(rel), `${path}.${field}`, message);
  }

  private claim(
    claim: Claim,
    path: string,
    rel: Relationship,
    index: number,
    actors: Parsed<Actor>,
    sources: Parsed<Source>,
  ) {
    if (!sources.positions.has(claim.source))
      this.claimIssue(rel, index, path, 'source', `unknown source "${claim.source}"`);
    const special = claim.claimedBy === AUTHOR_CLAIMANT || claim.claimedBy === UNNAMED_CLAIMANT;
    const position = special ? undefined : actors.positions.get(claim.claimedBy);
    const claimant = position === undefined ? undefined : actors.records[position];
    if (!claimant && !special) {
      this.claimIssue(
        rel,
        index,
        path,
        'claimedBy',
        `"${claim.claimedBy}" is neither an actor id nor "${AUTHOR_CLAIMANT}" or "${UNNAMED_CLAIMANT}"`,
      );
    } else if (claim.quote !== undefined && claimant?.kind !== 'Person') {
      const who = claimant
        ? `${claimant.id} is a ${claimant.kind}`
        : `"${claim.claimedBy}" is no person`;
      this.claimIssue(rel, index, path, 'quote', `a quote needs a Person as claimant; ${who}`);
    }
    if (claim.date) {
      const { first, last } = dateBounds(claim.date);
      if (first < this.minDate || last > this.maxDate) {
        this.claimIssue(
          rel,
          index,
          path,
          'date',
          `date ${claim.date.start}${claim.date.end ? `..${claim.date.end}` : ''} is outside ${MIN_CLAIM_YEAR}–${maxClaimYear()}`,
        );
      }
    }
  }

  /** A name or alias two actors fold to alike must be listed as ambiguous by each of them. */
  sharedNames(names: NameIndex, actors: Parsed<Actor>) {
    for (const { holders } of names.sharedNames()) {
      for (const { entry, text, isName, declared } of holders) {
        if (declared) continue;
        const others = holders.filter((h) => h.entry !== entry).map((h) => h.entry.id);
        this.add(
          'actors',
          actors.positions.get(entry.id) ?? 0,
          entry.id,
          isName ? 'name' : 'aliases',
          `"${text}" is also a name of ${others.join(', ')}; list it in ambiguousAliases of each actor that shares it`,
        );
      }
    }
  }
}

function rawId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function rawRelationshipId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { type, from, to } = record as { type?: unknown; from?: unknown; to?: unknown };
  if (typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string')
    return undefined;
  return relationshipId({ type, from, to });
}
