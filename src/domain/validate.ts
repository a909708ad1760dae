// The whole-dataset validator: checks every record against its schema and every cross-record rule
// (unique ids, endpoints, kinds, sources, claimants, shared aliases, dates) and returns the
// dataset with symmetric relationships in canonical order, or every issue found.
import type { z } from 'zod';
import type { ValidationIssue } from './errors.js';
import { NameIndex } from './names.js';
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
import { relationshipTypeInfo } from './vocabulary.js';

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
 * What validation learnt of each relationship, so a store need not work it out again: its id and
 * the positions of its ends in `dataset.actors` (parallel to `dataset.relationships`).
 */
export interface DatasetLayout {
  relationshipIds: string[];
  from: Int32Array;
  to: Int32Array;
}

export interface ValidationResult {
  /** Present only when there is no issue. */
  dataset?: Dataset;
  /** The name index of the dataset's actors, built to check shared names; with `dataset`. */
  names?: NameIndex;
  /** With `dataset`. */
  layout?: DatasetLayout;
  issues: ValidationIssue[];
  summary: DatasetSummary;
}

/** Claims dated before this year are taken for typos. */
export const MIN_CLAIM_YEAR = 1900;
/** Claims may look ahead (planned talks), but not more than a year. */
export function maxClaimYear(now = new Date()): number {
  return now.getUTCFullYear() + 1;
}

type Section = keyof RawDataset;
const ENDS = ['from', 'to'] as const;

export function validateDataset(raw: RawDataset, files: DatasetFiles = {}): ValidationResult {
  const v = new Validator(files);
  const sources = v.unique('sources', raw.sources, sourceSchema, 'source');
  const actors = v.unique('actors', raw.actors, actorSchema, 'actor');
  const { relationships, layout } = v.relationships(raw.relationships, actors, sources);
  const names = new NameIndex([...actors.values()].map((a) => a.value));
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
  // With no issue, every actor record was kept in order, so record indexes are dataset positions.
  const dataset: Dataset = {
    sources: [...sources.values()].map((e) => e.value),
    actors: [...actors.values()].map((e) => e.value),
    relationships: relationships.map((rel, i) => {
      const ends = canonicalEndpoints(rel);
      if (ends.from === rel.from) return rel;
      [layout.from[i], layout.to[i]] = [layout.to[i] as number, layout.from[i] as number];
      return { ...rel, ...ends };
    }),
  };
  return { dataset, names, layout, issues: [], summary };
}

interface Located<T> {
  value: T;
  index: number;
}

class Validator {
  readonly issues: ValidationIssue[] = [];
  private readonly minDate = `${MIN_CLAIM_YEAR}-01-01`;
  private readonly maxDate = `${maxClaimYear()}-12-31`;

  constructor(private readonly files: DatasetFiles) {}

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
  ): Map<string, Located<T>> {
    const byId = new Map<string, Located<T>>();
    records.forEach((record, index) => {
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        this.schemaIssues(section, index, rawId(record) ?? `${section}[${index}]`, parsed.error);
        return;
      }
      const id = parsed.data.id;
      const first = byId.get(id);
      if (first) {
        this.add(
          section,
          index,
          id,
          'id',
          `duplicate ${noun} id (first at ${this.where(section, first.index)})`,
        );
        return;
      }
      byId.set(id, { value: parsed.data, index });
    });
    return byId;
  }

  relationships(
    records: readonly unknown[],
    actors: Map<string, Located<Actor>>,
    sources: Map<string, Located<Source>>,
  ): { relationships: Relationship[]; layout: DatasetLayout } {
    const byId = new Map<string, number>();
    const valid: Relationship[] = [];
    const relationshipIds: string[] = [];
    const from = new Int32Array(records.length);
    const to = new Int32Array(records.length);
    records.forEach((record, index) => {
      const parsed = relationshipSchema.safeParse(record);
      if (!parsed.success) {
        const id = rawRelationshipId(record) ?? `relationships[${index}]`;
        this.schemaIssues('relationships', index, id, parsed.error);
        return;
      }
      const rel = parsed.data;
      const id = relationshipId(rel);
      const first = byId.get(id);
      if (first !== undefined) {
        const why = relationshipTypeInfo(rel.type)?.symmetric
          ? `; ${rel.type} is symmetric, so either direction is the same relationship`
          : '';
        this.add(
          'relationships',
          index,
          id,
          '',
          `duplicate relationship (first at ${this.where('relationships', first)})${why}`,
        );
        return;
      }
      byId.set(id, index);
      const ends = this.endpoints(rel, id, index, actors);
      from[valid.length] = ends.from;
      to[valid.length] = ends.to;
      valid.push(rel);
      relationshipIds.push(id);
      rel.claims.forEach((claim, c) =>
        this.claim(claim, `claims.${c}`, id, index, actors, sources),
      );
    });
    const layout = {
      relationshipIds,
      from: from.subarray(0, valid.length),
      to: to.subarray(0, valid.length),
    };
    return { relationships: valid, layout };
  }

  /** Checks both ends; returns the record index of each end's actor (-1 when unknown). */
  private endpoints(
    rel: Relationship,
    id: string,
    index: number,
    actors: Map<string, Located<Actor>>,
  ): Record<(typeof ENDS)[number], number> {
    const info = relationshipTypeInfo(rel.type);
    const found = { from: -1, to: -1 };
    if (rel.from === rel.to) {
      this.add('relationships', index, id, 'to', 'a relationship cannot join an actor to itself');
    }
    for (const end of ENDS) {
      const located = actors.get(rel[end]);
      if (!located) {
        this.add('relationships', index, id, end, `unknown actor "${rel[end]}"`);
        continue;
      }
      found[end] = located.index;
      const actor = located.value;
      const allowed = info?.[end] ?? [];
      if (!allowed.includes(actor.kind)) {
        const side = end === 'from' ? 'start at' : 'end at';
        this.add(
          'relationships',
          index,
          id,
          end,
          `${rel.type} cannot ${side} ${actor.id} (a ${actor.kind}); allowed: ${allowed.join(', ')}`,
        );
      }
    }
    return found;
  }

  private claim(
    claim: Claim,
    path: string,
    id: string,
    index: number,
    actors: Map<string, Located<Actor>>,
    sources: Map<string, Located<Source>>,
  ) {
    if (!sources.has(claim.source)) {
      this.add('relationships', index, id, `${path}.source`, `unknown source "${claim.source}"`);
    }
    const claimant = actors.get(claim.claimedBy)?.value;
    const special = claim.claimedBy === AUTHOR_CLAIMANT || claim.claimedBy === UNNAMED_CLAIMANT;
    if (!claimant && !special) {
      this.add(
        'relationships',
        index,
        id,
        `${path}.claimedBy`,
        `"${claim.claimedBy}" is neither an actor id nor "${AUTHOR_CLAIMANT}" or "${UNNAMED_CLAIMANT}"`,
      );
    } else if (claim.quote !== undefined && claimant?.kind !== 'Person') {
      const who = claimant
        ? `${claimant.id} is a ${claimant.kind}`
        : `"${claim.claimedBy}" is no person`;
      this.add(
        'relationships',
        index,
        id,
        `${path}.quote`,
        `a quote needs a Person as claimant; ${who}`,
      );
    }
    if (claim.date) {
      const { first, last } = dateBounds(claim.date);
      if (first < this.minDate || last > this.maxDate) {
        this.add(
          'relationships',
          index,
          id,
          `${path}.date`,
          `date ${claim.date.start}${claim.date.end ? `..${claim.date.end}` : ''} is outside ${MIN_CLAIM_YEAR}–${maxClaimYear()}`,
        );
      }
    }
  }

  /** A name or alias two actors fold to alike must be listed as ambiguous by each of them. */
  sharedNames(names: NameIndex, actors: Map<string, Located<Actor>>) {
    for (const { holders } of names.sharedNames()) {
      for (const { entry, text, isName, declared } of holders) {
        if (declared) continue;
        const others = holders.filter((h) => h.entry !== entry).map((h) => h.entry.id);
        this.add(
          'actors',
          actors.get(entry.id)?.index ?? 0,
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
