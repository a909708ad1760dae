// Cypher's temporal values (Date, LocalTime, Time, LocalDateTime, DateTime, Duration): their
// ISO text as Neo4j prints it, component access (d.year, dt.epochSeconds, ...), comparison and
// arithmetic with durations. compare.ts and arithmetic.ts reach temporals through TemporalOps
// (values/temporal-ops.ts), which every class here implements through TemporalBase.
import { CypherError } from '../errors.js';
import type { TemporalOps } from './temporal-ops.js';
import type { TemporalType, TemporalValue, Value } from './types.js';
import {
  NANOS_PER_DAY,
  NANOS_PER_SECOND,
  SECONDS_PER_DAY,
  civilOf,
  dayOfWeek,
  daysInMonth,
  epochDayOf,
  floorDiv,
  floorMod,
  isoWeekOf,
  zoneOffsetAt,
  zoneOffsetForLocal,
} from './calendar.js';

/** TemporalOps for every temporal class, by the functions at the bottom of this file. */
abstract class TemporalBase implements TemporalOps {
  abstract readonly temporalType: TemporalType;
  temporalEquals(other: TemporalValue): boolean {
    return isTemporal(other as Value) && temporalsEqual(this.self(), other as AnyTemporal);
  }
  temporalCompare(other: TemporalValue): number | null {
    return isTemporal(other as Value)
      ? (compareTemporals(this.self(), other as AnyTemporal) ?? null)
      : null;
  }
  temporalOrder(other: TemporalValue): number {
    return isTemporal(other as Value) ? orderTemporals(this.self(), other as AnyTemporal) : 0;
  }
  temporalKey(): string {
    return temporalKey(this.self());
  }
  plusDuration(duration: TemporalValue): TemporalValue | null {
    return duration instanceof DurationValue ? plusDuration(this.self(), duration) : null;
  }
  minusDuration(duration: TemporalValue): TemporalValue | null {
    return duration instanceof DurationValue
      ? plusDuration(this.self(), negateDuration(duration))
      : null;
  }
  timesNumber(factor: number): TemporalValue | null {
    return this instanceof DurationValue ? scaleDuration(this, factor) : null;
  }
  dividedByNumber(divisor: number): TemporalValue | null {
    if (!(this instanceof DurationValue)) return null;
    if (divisor === 0) throw new CypherError('argument', 'division of a duration by zero');
    return scaleDuration(this, divisor, true);
  }
  private self(): AnyTemporal {
    return this as unknown as AnyTemporal;
  }
}

export class DateValue extends TemporalBase {
  override readonly temporalType = 'Date' as const;
  constructor(readonly epochDay: number) {
    super();
  }
  override toString(): string {
    return formatDate(this.epochDay);
  }
}

export class LocalTimeValue extends TemporalBase {
  override readonly temporalType = 'LocalTime' as const;
  /** Nanoseconds since midnight, 0 <= n < 86400e9 (exact in a double). */
  constructor(readonly nanoOfDay: number) {
    super();
  }
  override toString(): string {
    return formatTime(this.nanoOfDay);
  }
}

export class TimeValue extends TemporalBase {
  override readonly temporalType = 'Time' as const;
  constructor(
    readonly nanoOfDay: number,
    readonly offsetSeconds: number,
  ) {
    super();
  }
  override toString(): string {
    return formatTime(this.nanoOfDay) + formatOffset(this.offsetSeconds);
  }
}

export class LocalDateTimeValue extends TemporalBase {
  override readonly temporalType = 'LocalDateTime' as const;
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
  ) {
    super();
  }
  override toString(): string {
    return `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}`;
  }
}

/** An instant with the offset it is seen at, and the named zone when there is one. */
export class DateTimeValue extends TemporalBase {
  override readonly temporalType = 'DateTime' as const;
  readonly epochDay: number;
  readonly nanoOfDay: number;
  constructor(
    /** Whole seconds since 1970-01-01T00:00Z. */
    readonly epochSecond: number,
    readonly nano: number,
    readonly offsetSeconds: number,
    readonly zone?: string,
  ) {
    super();
    const local = epochSecond + offsetSeconds;
    this.epochDay = floorDiv(local, SECONDS_PER_DAY);
    this.nanoOfDay = floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + nano;
  }
  /** From a local date-time and a zone: a named zone decides the offset, else the offset given. */
  static ofLocal(
    epochDay: number,
    nanoOfDay: number,
    zone: { offsetSeconds: number } | { zone: string },
  ): DateTimeValue {
    const localSecond = epochDay * SECONDS_PER_DAY + Math.floor(nanoOfDay / NANOS_PER_SECOND);
    const nano = nanoOfDay % NANOS_PER_SECOND;
    if ('offsetSeconds' in zone)
      return new DateTimeValue(localSecond - zone.offsetSeconds, nano, zone.offsetSeconds);
    const instant = localSecond - zoneOffsetForLocal(zone.zone, localSecond);
    return DateTimeValue.atZone(instant, nano, zone.zone);
  }
  static atZone(epochSecond: number, nano: number, zone: string): DateTimeValue {
    return new DateTimeValue(epochSecond, nano, zoneOffsetAt(zone, epochSecond), zone);
  }
  override toString(): string {
    const text = `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}${formatOffset(this.offsetSeconds)}`;
    return this.zone === undefined ? text : `${text}[${this.zone}]`;
  }
}

/**
 * Months, days and seconds are kept apart, as Cypher does; nanos is 0 <= n < 1e9. The seconds
 * are also kept exactly, for spans past 2^53 seconds (duration.inSeconds over a billion years).
 */
export class DurationValue extends TemporalBase {
  override readonly temporalType = 'Duration' as const;
  readonly seconds: number;
  readonly nanos: number;
  private readonly exactSeconds: bigint;
  constructor(
    readonly months: number,
    readonly days: number,
    seconds: number | bigint,
    nanos: number,
  ) {
    super();
    const whole = typeof seconds === 'bigint' ? seconds : BigInt(Math.trunc(seconds));
    this.exactSeconds = whole + BigInt(floorDiv(nanos, NANOS_PER_SECOND));
    this.seconds = Number(this.exactSeconds);
    this.nanos = floorMod(nanos, NANOS_PER_SECOND);
  }
  /** Seconds and nanos as one exact count. */
  totalNanos(): bigint {
    return this.exactSeconds * 1_000_000_000n + BigInt(this.nanos);
  }
  override toString(): string {
    const years = Math.trunc(this.months / 12);
    const months = this.months % 12;
    let text = 'P';
    if (years !== 0) text += `${years}Y`;
    if (months !== 0) text += `${months}M`;
    if (this.days !== 0) text += `${this.days}D`;
    const total = this.totalNanos();
    if (total !== 0n) {
      const sign = total < 0n ? '-' : '';
      const abs = total < 0n ? -total : total;
      const hours = abs / 3_600_000_000_000n;
      const minutes = (abs / 60_000_000_000n) % 60n;
      const secs = (abs / 1_000_000_000n) % 60n;
      const fraction = abs % 1_000_000_000n;
      text += 'T';
      if (hours !== 0n) text += `${sign}${hours}H`;
      if (minutes !== 0n) text += `${sign}${minutes}M`;
      if (secs !== 0n || fraction !== 0n) {
        const digits =
          fraction === 0n ? '' : '.' + fraction.toString().padStart(9, '0').replace(/0+$/, '');
        text += `${sign}${secs}${digits}S`;
      }
    }
    return text === 'P' ? 'PT0S' : text;
  }
}

export type AnyTemporal =
  DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue | DurationValue;

export function isTemporal(value: Value): value is AnyTemporal {
  return (
    value instanceof DateValue ||
    value instanceof LocalTimeValue ||
    value instanceof TimeValue ||
    value instanceof LocalDateTimeValue ||
    value instanceof DateTimeValue ||
    value instanceof DurationValue
  );
}

// --- printing ---------------------------------------------------------------------------------

function formatYear(year: number): string {
  if (year > 9999) return `+${year}`;
  if (year < 0) return `-${String(-year).padStart(4, '0')}`;
  return String(year).padStart(4, '0');
}

export function formatDate(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * As java.time prints a time: seconds only when not zero, the fraction in groups of three
 * digits. With `cypher`, as Neo4j's toString() prints it: seconds always, the fraction trimmed.
 */
export function formatTime(nanoOfDay: number, cypher = false): string {
  const totalSeconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  const nano = nanoOfDay % NANOS_PER_SECOND;
  const hour = Math.floor(totalSeconds / 3600);
  const minute = Math.floor(totalSeconds / 60) % 60;
  const second = totalSeconds % 60;
  let text = `${pad2(hour)}:${pad2(minute)}`;
  if (cypher || second !== 0 || nano !== 0) text += `:${pad2(second)}`;
  if (cypher && nano !== 0) text += `.${String(nano).padStart(9, '0').replace(/0+$/, '')}`;
  else if (nano !== 0) {
    const digits = String(nano).padStart(9, '0');
    if (nano % 1_000_000 === 0) text += `.${digits.slice(0, 3)}`;
    else if (nano % 1000 === 0) text += `.${digits.slice(0, 6)}`;
    else text += `.${digits}`;
  }
  return text;
}

export function formatOffset(offsetSeconds: number): string {
  if (offsetSeconds === 0) return 'Z';
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const text = `${sign}${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor(abs / 60) % 60)}`;
  return abs % 60 === 0 ? text : `${text}:${pad2(abs % 60)}`;
}

/** A temporal value as Cypher's toString() gives it (Neo4j: times always show their seconds). */
export function temporalText(t: AnyTemporal): string {
  if (t instanceof LocalTimeValue) return formatTime(t.nanoOfDay, true);
  if (t instanceof TimeValue) return formatTime(t.nanoOfDay, true) + formatOffset(t.offsetSeconds);
  if (t instanceof LocalDateTimeValue)
    return `${formatDate(t.epochDay)}T${formatTime(t.nanoOfDay, true)}`;
  if (t instanceof DateTimeValue) {
    const text = `${formatDate(t.epochDay)}T${formatTime(t.nanoOfDay, true)}${formatOffset(t.offsetSeconds)}`;
    return t.zone === undefined ? text : `${text}[${t.zone}]`;
  }
  return t.toString();
}

// --- components -------------------------------------------------------------------------------

function dateComponent(epochDay: number, key: string): number | undefined {
  const { year, month, day } = civilOf(epochDay);
  const quarterStart = epochDayOf(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
  switch (key) {
    case 'year':
      return year;
    case 'quarter':
      return Math.floor((month - 1) / 3) + 1;
    case 'month':
      return month;
    case 'week':
      return isoWeekOf(epochDay).week;
    case 'weekyear':
      return isoWeekOf(epochDay).weekYear;
    case 'day':
      return day;
    case 'ordinalday':
      return epochDay - epochDayOf(year, 1, 1) + 1;
    case 'weekday':
    case 'dayofweek':
      return dayOfWeek(epochDay);
    case 'dayofquarter':
      return epochDay - quarterStart + 1;
    default:
      return undefined;
  }
}

function timeComponent(nanoOfDay: number, key: string): number | undefined {
  const nano = nanoOfDay % NANOS_PER_SECOND;
  const seconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  switch (key) {
    case 'hour':
      return Math.floor(seconds / 3600);
    case 'minute':
      return Math.floor(seconds / 60) % 60;
    case 'second':
      return seconds % 60;
    case 'millisecond':
      return Math.floor(nano / 1_000_000);
    case 'microsecond':
      return Math.floor(nano / 1000);
    case 'nanosecond':
      return nano;
    default:
      return undefined;
  }
}

function zoneComponent(
  offsetSeconds: number,
  zone: string | undefined,
  key: string,
): Value | undefined {
  switch (key) {
    case 'timezone':
      return zone ?? formatOffset(offsetSeconds);
    case 'offset':
      return formatOffset(offsetSeconds);
    case 'offsetminutes':
      return BigInt(Math.trunc(offsetSeconds / 60));
    case 'offsetseconds':
      return BigInt(offsetSeconds);
    default:
      return undefined;
  }
}

function durationComponent(d: DurationValue, key: string): Value | undefined {
  const total = d.totalNanos();
  switch (key) {
    case 'years':
      return BigInt(Math.trunc(d.months / 12));
    case 'quarters':
      return BigInt(Math.trunc(d.months / 3));
    case 'months':
      return BigInt(d.months);
    case 'weeks':
      return BigInt(Math.trunc(d.days / 7));
    case 'days':
      return BigInt(d.days);
    // Whole units truncate toward zero from the seconds field, as Java's long division does.
    case 'hours':
      return BigInt(Math.trunc(d.seconds / 3600));
    case 'minutes':
      return BigInt(Math.trunc(d.seconds / 60));
    case 'seconds':
      return BigInt(d.seconds);
    case 'milliseconds':
      return BigInt(d.seconds) * 1000n + BigInt(Math.floor(d.nanos / 1_000_000));
    case 'microseconds':
      return BigInt(d.seconds) * 1_000_000n + BigInt(Math.floor(d.nanos / 1000));
    case 'nanoseconds':
      return total;
    case 'quartersofyear':
      return BigInt(Math.trunc((d.months % 12) / 3));
    case 'monthsofquarter':
      return BigInt((d.months % 12) % 3);
    case 'monthsofyear':
      return BigInt(d.months % 12);
    case 'daysofweek':
      return BigInt(d.days % 7);
    case 'minutesofhour':
      return BigInt(Math.trunc(d.seconds / 60) % 60);
    case 'secondsofminute':
      return BigInt(d.seconds % 60);
    case 'millisecondsofsecond':
      return BigInt(Math.floor(d.nanos / 1_000_000));
    case 'microsecondsofsecond':
      return BigInt(Math.floor(d.nanos / 1000));
    case 'nanosecondsofsecond':
      return BigInt(d.nanos);
    default:
      return undefined;
  }
}

/** `t.key`: a component of a temporal value; an unknown key is an error naming it. */
export function temporalProperty(t: AnyTemporal, key: string): Value {
  const k = key.toLowerCase();
  let found: Value | number | undefined;
  if (t instanceof DurationValue) found = durationComponent(t, k);
  else {
    if ('epochDay' in t) found = dateComponent(t.epochDay, k);
    if (found === undefined && 'nanoOfDay' in t) found = timeComponent(t.nanoOfDay, k);
    if (found === undefined && (t instanceof TimeValue || t instanceof DateTimeValue))
      found = zoneComponent(t.offsetSeconds, t instanceof DateTimeValue ? t.zone : undefined, k);
    if (found === undefined && t instanceof DateTimeValue) {
      // Neo4j truncates toward zero: 23:59:59.5 on 31 December 1969 is epoch second 0.
      if (k === 'epochseconds')
        found = BigInt(t.epochSecond + (t.epochSecond < 0 && t.nano > 0 ? 1 : 0));
      else if (k === 'epochmillis')
        found = BigInt(t.epochSecond) * 1000n + BigInt(Math.floor(t.nano / 1e6));
    }
  }
  // Neo4j reports an unknown field as a type error.
  if (found === undefined)
    throw new CypherError(
      'type',
      `No such field: ${key} (${t.temporalType} has no such component)`,
    );
  return typeof found === 'number' ? BigInt(found) : found;
}

// --- comparison -------------------------------------------------------------------------------

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * Order of two temporals of the same type: negative, zero or positive; undefined when Cypher
 * does not order them (different types, or durations, which have no order).
 */
export function compareTemporals(a: AnyTemporal, b: AnyTemporal): number | undefined {
  if (a.temporalType !== b.temporalType) return undefined;
  if (a instanceof DateValue && b instanceof DateValue) return sign(a.epochDay - b.epochDay);
  if (a instanceof LocalTimeValue && b instanceof LocalTimeValue)
    return sign(a.nanoOfDay - b.nanoOfDay);
  if (a instanceof TimeValue && b instanceof TimeValue)
    return (
      sign(
        a.nanoOfDay -
          a.offsetSeconds * NANOS_PER_SECOND -
          (b.nanoOfDay - b.offsetSeconds * NANOS_PER_SECOND),
      ) || sign(a.offsetSeconds - b.offsetSeconds)
    );
  if (a instanceof LocalDateTimeValue && b instanceof LocalDateTimeValue)
    return sign(a.epochDay - b.epochDay) || sign(a.nanoOfDay - b.nanoOfDay);
  if (a instanceof DateTimeValue && b instanceof DateTimeValue)
    return (
      sign(a.epochSecond - b.epochSecond) ||
      sign(a.nano - b.nano) ||
      sign(a.offsetSeconds - b.offsetSeconds) ||
      (a.zone ?? '').localeCompare(b.zone ?? '')
    );
  return undefined;
}

/** Equality: same type and same value (durations component by component, times by instant). */
export function temporalsEqual(a: AnyTemporal, b: AnyTemporal): boolean {
  if (a instanceof DurationValue && b instanceof DurationValue)
    return (
      a.months === b.months && a.days === b.days && a.seconds === b.seconds && a.nanos === b.nanos
    );
  return compareTemporals(a, b) === 0;
}

/** A total order across all temporals for ORDER BY: by type first, then by value. */
export function orderTemporals(a: AnyTemporal, b: AnyTemporal): number {
  const rank = TEMPORAL_ORDER.indexOf(a.temporalType) - TEMPORAL_ORDER.indexOf(b.temporalType);
  if (rank !== 0) return sign(rank);
  if (a instanceof DurationValue && b instanceof DurationValue)
    return (
      sign(a.months - b.months) ||
      sign(a.days - b.days) ||
      sign(a.seconds - b.seconds) ||
      sign(a.nanos - b.nanos)
    );
  return compareTemporals(a, b) ?? 0;
}

/** Neo4j's ORDER BY places temporal types in this order. */
const TEMPORAL_ORDER: readonly TemporalType[] = [
  'DateTime',
  'LocalDateTime',
  'Date',
  'Time',
  'LocalTime',
  'Duration',
];

/** A string that is equal for equal temporals: for grouping and DISTINCT. */
export function temporalKey(t: AnyTemporal): string {
  if (t instanceof DateTimeValue) return `DateTime:${t.toString()}`;
  if (t instanceof TimeValue) return `Time:${t.toString()}`;
  if (t instanceof DurationValue) return `Duration:${t.months}:${t.days}:${t.seconds}:${t.nanos}`;
  return `${t.temporalType}:${t.toString()}`;
}

// --- arithmetic -------------------------------------------------------------------------------

export function addMonthsToDay(epochDay: number, months: number): number {
  if (months === 0) return epochDay;
  const { year, month, day } = civilOf(epochDay);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return epochDayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** temporal + duration, as java.time and Neo4j do it: months, then days, then seconds. */
export function plusDuration(t: AnyTemporal, d: DurationValue): AnyTemporal {
  if (t instanceof DurationValue)
    return new DurationValue(
      t.months + d.months,
      t.days + d.days,
      t.seconds + d.seconds,
      t.nanos + d.nanos,
    );
  const timeNanos = d.seconds * NANOS_PER_SECOND + d.nanos;
  if (t instanceof DateValue) {
    const day = addMonthsToDay(t.epochDay, d.months) + d.days;
    return new DateValue(day + Math.trunc(d.seconds / SECONDS_PER_DAY));
  }
  if (t instanceof LocalTimeValue)
    return new LocalTimeValue(floorMod(t.nanoOfDay + timeNanos, NANOS_PER_DAY));
  if (t instanceof TimeValue)
    return new TimeValue(floorMod(t.nanoOfDay + timeNanos, NANOS_PER_DAY), t.offsetSeconds);
  if (t instanceof LocalDateTimeValue) {
    const day = addMonthsToDay(t.epochDay, d.months) + d.days;
    const nanos = t.nanoOfDay + timeNanos;
    return new LocalDateTimeValue(
      day + floorDiv(nanos, NANOS_PER_DAY),
      floorMod(nanos, NANOS_PER_DAY),
    );
  }
  const day = addMonthsToDay(t.epochDay, d.months) + d.days;
  const shifted =
    d.months === 0 && d.days === 0
      ? t
      : DateTimeValue.ofLocal(
          day,
          t.nanoOfDay,
          t.zone === undefined ? { offsetSeconds: t.offsetSeconds } : { zone: t.zone },
        );
  const nanos = shifted.nano + d.nanos;
  const second = shifted.epochSecond + d.seconds + floorDiv(nanos, NANOS_PER_SECOND);
  const nano = floorMod(nanos, NANOS_PER_SECOND);
  return shifted.zone === undefined
    ? new DateTimeValue(second, nano, shifted.offsetSeconds)
    : DateTimeValue.atZone(second, nano, shifted.zone);
}

export function negateDuration(d: DurationValue): DurationValue {
  return new DurationValue(-d.months, -d.days, -d.seconds, -d.nanos);
}

/**
 * A duration from possibly fractional amounts: a fraction of a month becomes days at the mean
 * month (2,629,746 s), a fraction of a day becomes seconds, and nanoseconds are truncated, as
 * Neo4j does (so 4/3 months is P1M10DT3H29M41.999999999S).
 */
export function approximateDuration(
  months: number,
  days: number,
  seconds: number,
  nanos: number,
): DurationValue {
  const wholeMonths = Math.trunc(months);
  const monthDays = (months - wholeMonths) * (2_629_746 / SECONDS_PER_DAY) + days;
  const wholeDays = Math.trunc(monthDays);
  const daySeconds = (monthDays - wholeDays) * SECONDS_PER_DAY + seconds;
  const wholeSeconds = Math.trunc(daySeconds);
  // In nanoseconds before subtracting, as Neo4j does: 21.545 s keeps its 545,000,000 ns.
  const allNanos = Math.trunc(
    nanos + daySeconds * NANOS_PER_SECOND - wholeSeconds * NANOS_PER_SECOND,
  );
  return new DurationValue(wholeMonths, wholeDays, wholeSeconds, allNanos);
}

/** duration * number, or duration / number when divide is set. */
export function scaleDuration(d: DurationValue, by: number, divide = false): DurationValue {
  const f = (n: number): number => (divide ? n / by : n * by);
  return approximateDuration(f(d.months), f(d.days), f(d.seconds), f(d.nanos));
}
