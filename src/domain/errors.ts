// Errors the domain and stores raise; the API and CLI map each to a status code or exit code.
import { clip } from './echo.js';

export interface ValidationIssue {
  /** Seed file the record came from, when known. */
  file?: string;
  /** The record: an actor or source id, or a relationship id. */
  record?: string;
  /** Field path inside the record, dotted. */
  path?: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `${issues.length} validation error(s): ${issues.map(formatIssue).slice(0, 5).join('; ')}`,
    );
    this.name = 'ValidationError';
  }
}

export function formatIssue(i: ValidationIssue): string {
  const where = [i.file, i.record, i.path].filter(Boolean).join(' > ');
  return where ? `${where}: ${i.message}` : i.message;
}

export interface Candidate {
  id: string;
  name: string;
  kind: string;
  /** The name or alias that matched. */
  matched: string;
}

export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly key: string,
    readonly suggestions: Candidate[] = [],
  ) {
    super(`${what} "${clip(key)}" not found`);
    this.name = 'NotFoundError';
  }
}

export class AmbiguousNameError extends Error {
  constructor(
    readonly key: string,
    readonly candidates: Candidate[],
  ) {
    super(`"${clip(key)}" is ambiguous: ${candidates.map((c) => c.name).join(', ')}`);
    this.name = 'AmbiguousNameError';
  }
}

export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A data file that exists but cannot be read or parsed; never treated as an empty graph. */
export class CorruptDataError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot read ${file}: ${reason}`, options);
    this.name = 'CorruptDataError';
  }
}
