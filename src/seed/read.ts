// Reads a seed directory — sources.json, actors.json and every relationships/*.json (sorted) —
// into the raw arrays validateDataset takes, remembering the file each record came from.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { jsonProblem, withoutBom } from '../domain/echo.js';
import { ValidationError, type ValidationIssue } from '../domain/errors.js';
import type { DatasetFiles, RawDataset } from '../domain/validate.js';

export interface SeedFiles {
  raw: RawDataset;
  files: Required<DatasetFiles>;
}

/** Throws ValidationError naming each file that is missing, unreadable or not a JSON array. */
export async function readSeedDir(dir: string): Promise<SeedFiles> {
  const issues: ValidationIssue[] = [];
  const relDir = path.join(dir, 'relationships');
  const relFiles = await listJson(relDir, issues);
  const [sources, actors, ...relationships] = await Promise.all(
    [path.join(dir, 'sources.json'), path.join(dir, 'actors.json'), ...relFiles].map((f) =>
      readArray(f, issues),
    ),
  );
  if (issues.length > 0 || !sources || !actors) throw new ValidationError(issues);

  const files: Required<DatasetFiles> = {
    sources: sources.records.map(() => sources.label),
    actors: actors.records.map(() => actors.label),
    relationships: relationships.flatMap((r) => r.records.map(() => r.label)),
  };
  return {
    raw: {
      sources: sources.records,
      actors: actors.records,
      relationships: relationships.flatMap((r) => r.records),
    },
    files,
  };
}

async function listJson(dir: string, issues: ValidationIssue[]): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => path.join(dir, n));
  } catch (err) {
    issues.push({ file: label(dir), message: `cannot list the folder: ${reason(err)}` });
    return [];
  }
}

async function readArray(
  file: string,
  issues: ValidationIssue[],
): Promise<{ label: string; records: unknown[] }> {
  const where = label(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    issues.push({ file: where, message: `cannot read the file: ${reason(err)}` });
    return { label: where, records: [] };
  }
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch (err) {
    issues.push({ file: where, message: `not valid JSON: ${jsonProblem(text, err)}` });
    return { label: where, records: [] };
  }
  if (!Array.isArray(value)) {
    issues.push({ file: where, message: `must hold a JSON array, found ${describe(value)}` });
    return { label: where, records: [] };
  }
  return { label: where, records: value };
}

/** Files inside the working directory by their relative path, others in full. */
function label(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'it is missing';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
