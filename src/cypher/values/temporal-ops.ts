// The small interface through which compare.ts and arithmetic.ts reach temporal values: the
// temporal classes (values/temporal.ts) implement it, so that the core stays free of calendars.
import type { TemporalValue } from './types.js';

export interface TemporalOps extends TemporalValue {
  /** Cypher equality with another temporal value of the same type. */
  temporalEquals(other: TemporalValue): boolean;
  /** <0, 0 or >0 against a value of the same type; null when not comparable (durations). */
  temporalCompare(other: TemporalValue): number | null;
  /** A total order within the type, for ORDER BY (durations included). */
  temporalOrder(other: TemporalValue): number;
  /** A string equal for two values exactly when they are equivalent (DISTINCT, grouping). */
  temporalKey(): string;
  /** this + duration (instant + duration, or duration + duration); null when meaningless. */
  plusDuration(duration: TemporalValue): TemporalValue | null;
  /** this - duration. */
  minusDuration(duration: TemporalValue): TemporalValue | null;
  /** Durations only: this * factor, this / divisor. */
  timesNumber(factor: number): TemporalValue | null;
  dividedByNumber(divisor: number): TemporalValue | null;
}

export function hasTemporalOps(v: TemporalValue): v is TemporalOps {
  return typeof (v as Partial<TemporalOps>).temporalCompare === 'function';
}
