// Targets and verdicts for benchmark rows. Every section declares a row's target with one of the
// helpers below and prints `verdictOf(...)` beside it, so a miss shows as MISSED in every table.

/** What a figure is held to: the printed form, and the test of a measured value. */
export interface Target {
  text: string;
  met(value: number): boolean;
}

function figure(value: number): string {
  return value.toLocaleString('en');
}

/** The value must stay under `limit` (a time, a size). */
export function below(limit: number, unit: string): Target {
  return { text: `< ${figure(limit)} ${unit}`.trim(), met: (v) => v < limit };
}

/** The value must reach `limit` (a rate). */
export function atLeast(limit: number, unit: string): Target {
  return { text: `≥ ${figure(limit)} ${unit}`.trim(), met: (v) => v >= limit };
}

/** The value is a ratio to a reference (ours / theirs) and must not exceed `most`. */
export function ratioAtMost(most: number, reference: string): Target {
  return { text: `≤ ${most}× ${reference}`, met: (v) => v <= most };
}

/** A row that is a part of another row's figure, printed for scale: it has no verdict of its own. */
export const PART_OF = (row: string): Target => ({ text: `(part of ${row})`, met: () => true });

export type Verdict = 'met' | 'MISSED' | 'not measured' | '';

/** The verdict of one measured value; NaN or undefined (the run failed or was cut) is not measured. */
export function verdictOf(target: Target | undefined, value: number | undefined): Verdict {
  if (!target || target.text.startsWith('(')) return '';
  if (value === undefined || !Number.isFinite(value)) return 'not measured';
  return target.met(value) ? 'met' : 'MISSED';
}

/** One verdict for a row judged at several places (sizes, graphs): MISSED names where. */
export function combinedVerdict(results: readonly { where: string; verdict: Verdict }[]): string {
  const judged = results.filter((r) => r.verdict !== '');
  if (judged.length === 0) return '';
  const missed = judged.filter((r) => r.verdict !== 'met');
  if (missed.length === 0) return 'met';
  return missed.map((r) => `${r.verdict} at ${r.where}`).join('; ');
}
