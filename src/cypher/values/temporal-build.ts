// Making temporal values from maps of fields ({year, week, dayOfWeek}, {date: d, hour: 12},
// {epochSeconds}), converting one temporal type to another, truncation, and the durations
// between two temporals (duration.between, inMonths, inDays, inSeconds), as Neo4j 5 does.
import { CypherError } from '../errors.js';
import type { CypherMap, Value } from './types.js';
import {
  NANOS_PER_DAY,
  NANOS_PER_SECOND,
  SECONDS_PER_DAY,
  civilOf,
  dayOfWeek,
  epochDayOf,
  floorDiv,
  floorMod,
  isoWeekOf,
  weekYearStart,
  zoneOffsetAt,
} from './calendar.js';
import {
  type AnyTemporal,
  DateTimeValue,
  DateValue,
  DurationValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  addMonthsToDay,
} from './temporal.js';
import {
  type Zone,
  calendarDay,
  checkRange,
  ordinalDay,
  parseZone,
  timeOfDay,
  weekDay,
} from './temporal-parse.js';

export type InstantType = 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime';

const HAS_DATE: ReadonlySet<InstantType> = new Set(['Date', 'LocalDateTime', 'DateTime']);
const HAS_TIME: ReadonlySet<InstantType> = new Set([
  'LocalTime',
  'Time',
  'LocalDateTime',
  'DateTime',
]);
const HAS_ZONE: ReadonlySet<InstantType> = new Set(['Time', 'DateTime']);

/** The parts of a temporal value a new one may take from it. */
interface Parts {
  epochDay?: number;
  nanoOfDay?: number;
  zone?: Zone;
  /** Whole seconds since the epoch, for zoned values (to convert them to another zone). */
  epochSecond?: number;
}

export function partsOf(t: AnyTemporal): Parts {
  if (t instanceof DateValue) return { epochDay: t.epochDay };
  if (t instanceof LocalTimeValue) return { nanoOfDay: t.nanoOfDay };
  if (t instanceof TimeValue)
    return { nanoOfDay: t.nanoOfDay, zone: { offsetSeconds: t.offsetSeconds } };
  if (t instanceof LocalDateTimeValue) return { epochDay: t.epochDay, nanoOfDay: t.nanoOfDay };
  if (t instanceof DateTimeValue)
    return {
      epochDay: t.epochDay,
      nanoOfDay: t.nanoOfDay,
      zone: t.zone === undefined ? { offsetSeconds: t.offsetSeconds } : { zone: t.zone },
      epochSecond: t.epochSecond,
    };
  throw new CypherError('type', 'a duration has no date or time to take');
}

/** The offset a zone has now (for Time values with a named zone). */
function offsetOf(zone: Zone, atSecond: number): number {
  return 'offsetSeconds' in zone ? zone.offsetSeconds : zoneOffsetAt(zone.zone, atSecond);
}

/** A value of the given type from parts; missing time is midnight, a missing zone the default. */
export function fromParts(
  type: InstantType,
  parts: Parts,
  defaultZone: Zone,
  now: Date,
): AnyTemporal {
  const day = parts.epochDay;
  const nanos = parts.nanoOfDay ?? 0;
  if (HAS_DATE.has(type) && day === undefined)
    throw new CypherError('argument', `a ${type} needs a date, and the value has none`);
  switch (type) {
    case 'Date':
      return new DateValue(day as number);
    case 'LocalTime':
      return new LocalTimeValue(nanos);
    case 'Time':
      return new TimeValue(
        nanos,
        offsetOf(parts.zone ?? defaultZone, Math.floor(now.getTime() / 1000)),
      );
    case 'LocalDateTime':
      return new LocalDateTimeValue(day as number, nanos);
    case 'DateTime':
      return DateTimeValue.ofLocal(day as number, nanos, parts.zone ?? defaultZone);
  }
}

const FIELDS: Record<InstantType, readonly string[]> = {
  Date: [
    'date',
    'year',
    'month',
    'day',
    'week',
    'dayofweek',
    'ordinalday',
    'quarter',
    'dayofquarter',
  ],
  LocalTime: ['time', 'hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'],
  Time: [
    'time',
    'hour',
    'minute',
    'second',
    'millisecond',
    'microsecond',
    'nanosecond',
    'timezone',
  ],
  LocalDateTime: [],
  DateTime: ['epochseconds', 'epochmillis'],
};
FIELDS.LocalDateTime = [...FIELDS.Date, ...FIELDS.LocalTime, 'datetime'];
FIELDS.DateTime = [...FIELDS.LocalDateTime, 'timezone', 'epochseconds', 'epochmillis'];

function integer(field: string, value: Value): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new CypherError('type', `${field} must be an integer, got ${String(value)}`);
}

function temporalField(field: string, value: Value): AnyTemporal {
  if (
    value instanceof DateValue ||
    value instanceof LocalTimeValue ||
    value instanceof TimeValue ||
    value instanceof LocalDateTimeValue ||
    value instanceof DateTimeValue
  )
    return value;
  throw new CypherError('type', `${field} must be a temporal value`);
}

export interface BuildOptions {
  defaultZone: Zone;
  now: Date;
  /** Truncation: a new timezone replaces the old one, keeping the local time (no conversion). */
  keepLocal?: boolean;
  /** Values to start from (truncation), before any date/time/datetime field in the map. */
  base?: Parts;
}

/** `date({...})`, `datetime({...})` and the others: a value of `type` from a map of fields. */
export function buildTemporal(
  type: InstantType,
  map: CypherMap,
  options: BuildOptions,
): AnyTemporal {
  const fields = new Map<string, Value>();
  for (const [key, value] of map) {
    const k = key.toLowerCase();
    if (!FIELDS[type].includes(k))
      throw new CypherError('argument', `${type} cannot be made from the field '${key}'`);
    if (value !== null) fields.set(k, value);
  }
  const num = (k: string): number | undefined => {
    const v = fields.get(k);
    return v === undefined ? undefined : integer(k, v);
  };

  if (fields.has('epochseconds') || fields.has('epochmillis')) {
    const millis = num('epochmillis');
    const second = num('epochseconds') ?? Math.floor((millis ?? 0) / 1000);
    const nano =
      (millis === undefined ? 0 : floorMod(millis, 1000) * 1_000_000) + (num('nanosecond') ?? 0);
    const zone = fields.has('timezone')
      ? parseZone(String(fields.get('timezone')))
      : options.defaultZone;
    const s = second + floorDiv(nano, NANOS_PER_SECOND);
    const n = floorMod(nano, NANOS_PER_SECOND);
    return 'zone' in zone
      ? DateTimeValue.atZone(s, n, zone.zone)
      : new DateTimeValue(s, n, zone.offsetSeconds);
  }

  const parts: Parts = { ...options.base };
  for (const key of ['datetime', 'date', 'time'] as const) {
    const v = fields.get(key);
    if (v === undefined) continue;
    const from = partsOf(temporalField(key, v));
    if (key !== 'time' && from.epochDay !== undefined) parts.epochDay = from.epochDay;
    if (key !== 'date' && from.nanoOfDay !== undefined) {
      parts.nanoOfDay = from.nanoOfDay;
      if (from.zone) {
        parts.zone = from.zone;
        parts.epochSecond = from.epochSecond;
      }
    }
  }

  if (HAS_DATE.has(type)) parts.epochDay = buildDay(num, parts.epochDay);
  if (HAS_TIME.has(type)) parts.nanoOfDay = buildTime(num, parts.nanoOfDay);

  const timezone = fields.get('timezone');
  if (timezone !== undefined && HAS_ZONE.has(type)) {
    const zone = parseZone(String(timezone));
    if (parts.zone && !options.keepLocal && HAS_TIME.has(type))
      return convertZone(type, parts, zone, options);
    parts.zone = zone;
  }
  return fromParts(type, parts, options.defaultZone, options.now);
}

/** The same instant seen in another zone (`datetime({datetime: dt, timezone: 'Asia/Kabul'})`). */
function convertZone(
  type: InstantType,
  parts: Parts,
  zone: Zone,
  options: BuildOptions,
): AnyTemporal {
  const old = fromParts(type, parts, options.defaultZone, options.now);
  if (old instanceof DateTimeValue)
    return 'zone' in zone
      ? DateTimeValue.atZone(old.epochSecond, old.nano, zone.zone)
      : new DateTimeValue(old.epochSecond, old.nano, zone.offsetSeconds);
  const t = old as TimeValue;
  const offset = offsetOf(zone, Math.floor(options.now.getTime() / 1000));
  const nanos = floorMod(
    t.nanoOfDay + (offset - t.offsetSeconds) * NANOS_PER_SECOND,
    NANOS_PER_DAY,
  );
  return new TimeValue(nanos, offset);
}

/** Without a value to start from, a smaller unit needs the larger one, as Neo4j requires. */
function needs(num: (k: string) => number | undefined, pairs: [string, string, string][]): void {
  for (const [small, large, name] of pairs)
    if (num(small) !== undefined && num(large) === undefined)
      throw new CypherError('argument', `${name} cannot be specified without ${large}`);
}

function buildDay(num: (k: string) => number | undefined, base: number | undefined): number {
  if (base === undefined)
    needs(num, [
      ['day', 'month', 'day'],
      ['dayofweek', 'week', 'dayOfWeek'],
      ['dayofquarter', 'quarter', 'dayOfQuarter'],
    ]);
  const baseCivil = base === undefined ? undefined : civilOf(base);
  const year = num('year');
  if (year === undefined && base === undefined)
    throw new CypherError('argument', 'a date needs a year (or a date to start from)');
  if (num('week') !== undefined || num('dayofweek') !== undefined) {
    const baseWeek = base === undefined ? undefined : isoWeekOf(base);
    const weekYear = year ?? baseWeek?.weekYear ?? 0;
    return weekDay(
      weekYear,
      num('week') ?? baseWeek?.week ?? 1,
      num('dayofweek') ?? (base === undefined ? 1 : dayOfWeek(base)),
    );
  }
  const y = year ?? baseCivil?.year ?? 0;
  if (num('ordinalday') !== undefined) return ordinalDay(y, num('ordinalday') as number);
  if (num('quarter') !== undefined || num('dayofquarter') !== undefined) {
    const quarter = checkRange(
      'quarter',
      num('quarter') ?? Math.floor(((baseCivil?.month ?? 1) - 1) / 3) + 1,
      1,
      4,
    );
    const start = epochDayOf(y, (quarter - 1) * 3 + 1, 1);
    const baseDoq = base === undefined ? 1 : base - epochDayOf(y, (quarter - 1) * 3 + 1, 1) + 1;
    const doq = num('dayofquarter') ?? baseDoq;
    checkRange('dayOfQuarter', doq, 1, addMonthsToDay(start, 3) - start);
    return start + doq - 1;
  }
  return calendarDay(y, num('month') ?? baseCivil?.month ?? 1, num('day') ?? baseCivil?.day ?? 1);
}

function buildTime(num: (k: string) => number | undefined, base: number | undefined): number {
  if (base === undefined) {
    needs(num, [
      ['minute', 'hour', 'minute'],
      ['second', 'minute', 'second'],
      ['millisecond', 'second', 'millisecond'],
      ['microsecond', 'second', 'microsecond'],
      ['nanosecond', 'second', 'nanosecond'],
    ]);
  }
  const baseSeconds = base === undefined ? 0 : Math.floor(base / NANOS_PER_SECOND);
  const hour = num('hour') ?? Math.floor(baseSeconds / 3600);
  const minute = num('minute') ?? Math.floor(baseSeconds / 60) % 60;
  const second = num('second') ?? baseSeconds % 60;
  const ms = num('millisecond');
  const us = num('microsecond');
  const ns = num('nanosecond');
  // Each sub-second field replaces its own digits of the base's fraction; a nanosecond of 1000
  // or more alone is the whole fraction.
  const baseFraction = base === undefined ? 0 : base % NANOS_PER_SECOND;
  const fraction =
    ms === undefined && us === undefined && ns !== undefined && ns > 999
      ? ns
      : (ms ?? Math.floor(baseFraction / 1_000_000)) * 1_000_000 +
        (us ?? Math.floor(baseFraction / 1000) % 1000) * 1000 +
        (ns ?? baseFraction % 1000);
  if (ms !== undefined) checkRange('millisecond', ms, 0, 999);
  if (us !== undefined) checkRange('microsecond', us, 0, ms === undefined ? 999_999 : 999);
  if (ns !== undefined)
    checkRange('nanosecond', ns, 0, ms === undefined && us === undefined ? 999_999_999 : 999);
  return timeOfDay(hour, minute, second, fraction);
}

// --- truncation -------------------------------------------------------------------------------

const DATE_UNITS = [
  'millennium',
  'century',
  'decade',
  'year',
  'weekyear',
  'quarter',
  'month',
  'week',
  'day',
];
const TIME_UNITS = ['hour', 'minute', 'second', 'millisecond', 'microsecond'];

function truncateDay(unit: string, epochDay: number): number {
  const { year, month } = civilOf(epochDay);
  switch (unit) {
    case 'millennium':
      return epochDayOf(Math.floor(year / 1000) * 1000, 1, 1);
    case 'century':
      return epochDayOf(Math.floor(year / 100) * 100, 1, 1);
    case 'decade':
      return epochDayOf(Math.floor(year / 10) * 10, 1, 1);
    case 'year':
      return epochDayOf(year, 1, 1);
    case 'weekyear':
      return weekYearStart(isoWeekOf(epochDay).weekYear);
    case 'quarter':
      return epochDayOf(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
    case 'month':
      return epochDayOf(year, month, 1);
    case 'week':
      return epochDay - dayOfWeek(epochDay) + 1;
    default:
      return epochDay;
  }
}

const TIME_STEP: Record<string, number> = {
  hour: 3600 * NANOS_PER_SECOND,
  minute: 60 * NANOS_PER_SECOND,
  second: NANOS_PER_SECOND,
  millisecond: 1_000_000,
  microsecond: 1000,
};

/** `date.truncate('month', d, {day: 5})` and the like. */
export function truncateTemporal(
  type: InstantType,
  unit: string,
  value: AnyTemporal,
  map: CypherMap,
  options: BuildOptions,
): AnyTemporal {
  const u = unit.toLowerCase();
  const isDateUnit = DATE_UNITS.includes(u);
  if (!isDateUnit && !TIME_UNITS.includes(u))
    throw new CypherError('argument', `Unknown unit for truncation: '${unit}'`);
  if (isDateUnit && !HAS_DATE.has(type) && u !== 'day')
    throw new CypherError('argument', `a ${type} cannot be truncated to the unit '${unit}'`);
  if (!isDateUnit && !HAS_TIME.has(type))
    throw new CypherError('argument', `a ${type} cannot be truncated to the unit '${unit}'`);
  const parts = partsOf(value);
  const base: Parts = { zone: parts.zone };
  if (parts.epochDay !== undefined) base.epochDay = truncateDay(u, parts.epochDay);
  const step = TIME_STEP[u];
  base.nanoOfDay = step === undefined ? 0 : Math.floor((parts.nanoOfDay ?? 0) / step) * step;
  return buildTemporal(type, map, { ...options, base, keepLocal: true });
}

// --- durations between two temporals ------------------------------------------------------------

interface Moment {
  epochDay?: number;
  nanoOfDay?: number;
  /** Seconds east of UTC when the value has an offset. */
  offset?: number;
  zone?: string;
}

function momentOf(t: AnyTemporal): Moment {
  if (t instanceof DurationValue)
    throw new CypherError('type', 'duration.between takes two instants, not a duration');
  const p = partsOf(t);
  const offset = t instanceof DateTimeValue || t instanceof TimeValue ? t.offsetSeconds : undefined;
  return {
    epochDay: p.epochDay,
    nanoOfDay: p.nanoOfDay,
    offset,
    zone: t instanceof DateTimeValue ? t.zone : undefined,
  };
}

/** A local date or date-time beside a zoned one is read in that zone (as Neo4j does). */
function withZoneOf(m: Moment, zoned: Moment): Moment {
  if (m.offset !== undefined || zoned.offset === undefined || m.epochDay === undefined) return m;
  const nanos = m.nanoOfDay ?? 0;
  const offset =
    zoned.zone !== undefined
      ? DateTimeValue.ofLocal(m.epochDay, nanos, { zone: zoned.zone }).offsetSeconds
      : zoned.offset;
  return { ...m, nanoOfDay: nanos, offset, zone: zoned.zone };
}

/** `to` seen in `from`'s zone, so both read the same wall clock (what java.time's until does). */
function alignZones(from: Moment, to: Moment): Moment {
  if (from.offset === undefined || to.offset === undefined || to.epochDay === undefined) return to;
  const instant =
    to.epochDay * SECONDS_PER_DAY + Math.floor((to.nanoOfDay ?? 0) / NANOS_PER_SECOND) - to.offset;
  const offset = from.zone !== undefined ? zoneOffsetAt(from.zone, instant) : from.offset;
  const local = instant + offset;
  return {
    epochDay: floorDiv(local, SECONDS_PER_DAY),
    nanoOfDay:
      floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND +
      ((to.nanoOfDay ?? 0) % NANOS_PER_SECOND),
    offset,
    zone: from.zone,
  };
}

function monthsUntil(fromDay: number, fromNanos: number, toDay: number, toNanos: number): number {
  let end = toDay;
  if (end > fromDay && toNanos < fromNanos) end -= 1;
  else if (end < fromDay && toNanos > fromNanos) end += 1;
  const a = civilOf(fromDay);
  const b = civilOf(end);
  const packed = (c: { year: number; month: number; day: number }): number =>
    (c.year * 12 + c.month - 1) * 32 + c.day;
  return Math.trunc((packed(b) - packed(a)) / 32);
}

function daysUntil(fromDay: number, fromNanos: number, toDay: number, toNanos: number): number {
  let end = toDay;
  if (end > fromDay && toNanos < fromNanos) end -= 1;
  else if (end < fromDay && toNanos > fromNanos) end += 1;
  return end - fromDay;
}

/** Seconds and nanoseconds from one moment to another: by the instant when both have offsets. */
function timeBetween(from: Moment, to: Moment): { seconds: bigint; nanos: number } {
  let fromOffset = from.offset ?? 0;
  if (from.zone !== undefined && from.epochDay !== undefined)
    fromOffset = DateTimeValue.ofLocal(from.epochDay, from.nanoOfDay ?? 0, {
      zone: from.zone,
    }).offsetSeconds;
  const useOffsets = from.offset !== undefined && to.offset !== undefined;
  const secondOf = (m: Moment, offset: number): bigint =>
    BigInt(m.epochDay ?? 0) * BigInt(SECONDS_PER_DAY) +
    BigInt(Math.floor((m.nanoOfDay ?? 0) / NANOS_PER_SECOND) - (useOffsets ? offset : 0));
  return {
    seconds: secondOf(to, to.offset ?? 0) - secondOf(from, fromOffset),
    nanos: ((to.nanoOfDay ?? 0) % NANOS_PER_SECOND) - ((from.nanoOfDay ?? 0) % NANOS_PER_SECOND),
  };
}

export type BetweenUnit = 'all' | 'months' | 'days' | 'seconds';

/** duration.between (unit 'all') and duration.inMonths / inDays / inSeconds. */
export function durationBetween(a: AnyTemporal, b: AnyTemporal, unit: BetweenUnit): DurationValue {
  let from = momentOf(a);
  let other = momentOf(b);
  // A time of day beside a date-time is taken on that date-time's day.
  if (from.epochDay === undefined && other.epochDay !== undefined && other.nanoOfDay !== undefined)
    from = { ...from, epochDay: other.epochDay };
  if (other.epochDay === undefined && from.epochDay !== undefined && from.nanoOfDay !== undefined)
    other = { ...other, epochDay: from.epochDay };
  from = withZoneOf(from, other);
  let to = alignZones(from, withZoneOf(other, from));
  const bothDates = from.epochDay !== undefined && to.epochDay !== undefined;
  if (!bothDates) {
    // Times alone: only the time of day counts.
    from.epochDay = undefined;
    to = { ...to, epochDay: undefined };
    if (unit === 'months' || unit === 'days') return new DurationValue(0, 0, 0, 0);
  }
  const fromNanos = from.nanoOfDay ?? 0;
  const toNanos = to.nanoOfDay ?? 0;
  let day = from.epochDay;
  let months = 0;
  let days = 0;
  if (bothDates && unit !== 'seconds') {
    if (unit !== 'days') {
      months = monthsUntil(day as number, fromNanos, to.epochDay as number, toNanos);
      day = addMonthsToDay(day as number, months);
      if (unit === 'months') return new DurationValue(months, 0, 0, 0);
    }
    days = daysUntil(day as number, fromNanos, to.epochDay as number, toNanos);
    day = (day as number) + days;
    if (unit === 'days') return new DurationValue(0, days, 0, 0);
  }
  const { seconds, nanos } = timeBetween({ ...from, epochDay: day }, to);
  return new DurationValue(months, days, seconds, nanos);
}
