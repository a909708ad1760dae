// Temporal functions: date(), localtime(), time(), localdatetime(), datetime() (now, from text,
// from a map, from another temporal), their .statement/.transaction/.realtime clocks and
// .truncate, datetime.fromepoch/fromepochmillis, duration() and duration.between/inMonths/
// inDays/inSeconds. The default time zone is UTC, as Neo4j's db.temporal.timezone default.
import { CypherError } from '../errors.js';
import { isTemporal } from '../values/compare.js';
import { NANOS_PER_SECOND, SECONDS_PER_DAY, floorDiv, floorMod } from '../values/calendar.js';
import {
  DateTimeValue,
  DurationValue,
  approximateDuration,
  type AnyTemporal,
} from '../values/temporal.js';
import {
  type BetweenUnit,
  type InstantType,
  buildTemporal,
  durationBetween,
  fromParts,
  partsOf,
  truncateTemporal,
} from '../values/temporal-build.js';
import {
  type Zone,
  parseDate,
  parseDateTime,
  parseDuration,
  parseLocalDateTime,
  parseLocalTime,
  parseTime,
  parseZone,
} from '../values/temporal-parse.js';
import type { CypherMap, Value } from '../values/types.js';
import { define, integerArg, stringArg, wrongType } from './args.js';
import { registerFunctions } from './registry.js';
import type { FunctionDef } from './types.js';

const UTC: Zone = { offsetSeconds: 0 };

const PARSERS: Record<InstantType, (text: string) => AnyTemporal> = {
  Date: parseDate,
  LocalTime: parseLocalTime,
  Time: (t) => parseTime(t),
  LocalDateTime: parseLocalDateTime,
  DateTime: (t) => parseDateTime(t),
};

/** The clock's instant as a value of `type`, seen in `zone`. */
function nowIn(type: InstantType, zone: Zone, clock: Date): AnyTemporal {
  const ms = clock.getTime();
  const second = Math.floor(ms / 1000);
  const nano = floorMod(ms, 1000) * 1_000_000;
  const at =
    'zone' in zone
      ? DateTimeValue.atZone(second, nano, zone.zone)
      : new DateTimeValue(second, nano, zone.offsetSeconds);
  const local = second + at.offsetSeconds;
  return fromParts(
    type,
    {
      epochDay: floorDiv(local, SECONDS_PER_DAY),
      nanoOfDay: floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + nano,
      zone,
    },
    zone,
    clock,
  );
}

function zoneArg(fn: string, args: Value[]): Zone {
  return args.length === 0 || args[0] === null ? UTC : parseZone(stringArg(fn, args, 0));
}

function isOnlyTimezone(map: CypherMap): boolean {
  return map.size === 1 && [...map.keys()][0]?.toLowerCase() === 'timezone';
}

function constructor(name: string, type: InstantType): FunctionDef[] {
  const make = define(name, 0, 1, (args, ctx) => {
    if (args.length === 0) return nowIn(type, UTC, ctx.now);
    const v = args[0] ?? null;
    if (typeof v === 'string') return PARSERS[type](v);
    if (v instanceof Map) {
      if (isOnlyTimezone(v))
        return nowIn(type, parseZone(String(v.values().next().value)), ctx.now);
      return buildTemporal(type, v, { defaultZone: UTC, now: ctx.now });
    }
    if (isTemporal(v) && !(v instanceof DurationValue))
      return fromParts(type, partsOf(v as AnyTemporal), UTC, ctx.now);
    throw wrongType(name, 0, 'a STRING, MAP or temporal value', v);
  });
  const clock = (suffix: string, read: (now: Date) => Date): FunctionDef =>
    define(`${name}.${suffix}`, 0, 1, (args, ctx) =>
      nowIn(type, zoneArg(`${name}.${suffix}`, args), read(ctx.now)),
    );
  return [
    make,
    clock('statement', (now) => now),
    clock('transaction', (now) => now),
    clock('realtime', () => new Date()),
    define(`${name}.truncate`, 2, 3, (args, ctx) => {
      const unit = stringArg(`${name}.truncate`, args, 0);
      const value = args[1] ?? null;
      if (!isTemporal(value) || value instanceof DurationValue)
        throw wrongType(`${name}.truncate`, 1, 'a temporal instant', value);
      const fields = args[2] ?? new Map<string, Value>();
      if (!(fields instanceof Map)) throw wrongType(`${name}.truncate`, 2, 'a MAP', fields);
      return truncateTemporal(type, unit, value as AnyTemporal, fields, {
        defaultZone: UTC,
        now: ctx.now,
      });
    }),
  ];
}

function durationArg(fn: string, v: Value): number {
  if (typeof v === 'bigint' || typeof v === 'number') return Number(v);
  throw wrongType(fn, 0, 'a MAP of numbers', v);
}

const DURATION_FIELDS: Record<string, [keyof typeof SLOT, number]> = {
  years: ['months', 12],
  quarters: ['months', 3],
  months: ['months', 1],
  weeks: ['days', 7],
  days: ['days', 1],
  hours: ['seconds', 3600],
  minutes: ['seconds', 60],
  seconds: ['seconds', 1],
  milliseconds: ['nanos', 1_000_000],
  microseconds: ['nanos', 1000],
  nanoseconds: ['nanos', 1],
};
const SLOT = { months: 0, days: 1, seconds: 2, nanos: 3 };

function durationFromMap(map: CypherMap): DurationValue {
  const sums = [0, 0, 0, 0];
  for (const [key, value] of map) {
    const field = DURATION_FIELDS[key.toLowerCase()];
    if (!field)
      throw new CypherError('argument', `A duration cannot be made from the field '${key}'`);
    if (value === null) continue;
    const slot = SLOT[field[0]];
    sums[slot] = (sums[slot] ?? 0) + durationArg('duration', value) * field[1];
  }
  const [months = 0, days = 0, seconds = 0, nanos = 0] = sums;
  return approximateDuration(months, days, seconds, nanos);
}

function between(name: string, unit: BetweenUnit): FunctionDef {
  return define(name, 2, 2, (args) => {
    const [a = null, b = null] = args;
    if (!isTemporal(a) || a instanceof DurationValue)
      throw wrongType(name, 0, 'a temporal instant', a);
    if (!isTemporal(b) || b instanceof DurationValue)
      throw wrongType(name, 1, 'a temporal instant', b);
    return durationBetween(a as AnyTemporal, b as AnyTemporal, unit);
  });
}

registerFunctions([
  ...constructor('date', 'Date'),
  ...constructor('localtime', 'LocalTime'),
  ...constructor('time', 'Time'),
  ...constructor('localdatetime', 'LocalDateTime'),
  ...constructor('datetime', 'DateTime'),
  define('datetime.fromepoch', 2, 2, (args) => {
    const seconds = integerArg('datetime.fromepoch', args, 0);
    const nanos = Number(integerArg('datetime.fromepoch', args, 1));
    return new DateTimeValue(
      Number(seconds) + floorDiv(nanos, NANOS_PER_SECOND),
      floorMod(nanos, NANOS_PER_SECOND),
      0,
    );
  }),
  define('datetime.fromepochmillis', 1, 1, (args) => {
    const ms = Number(integerArg('datetime.fromepochmillis', args, 0));
    return new DateTimeValue(Math.floor(ms / 1000), floorMod(ms, 1000) * 1_000_000, 0);
  }),
  define('duration', 1, 1, ([v = null]) => {
    if (typeof v === 'string') return parseDuration(v);
    if (v instanceof Map) return durationFromMap(v);
    throw wrongType('duration', 0, 'a STRING or MAP', v);
  }),
  between('duration.between', 'all'),
  between('duration.inMonths', 'months'),
  between('duration.inDays', 'days'),
  between('duration.inSeconds', 'seconds'),
]);
