// Driver temporal values printed by our own ISO printer (src/cypher/values/temporal.ts) from
// their fields, so that Neo4j's answers print temporals exactly as the embedded engine does
// (the driver's own toString pads fractions to nine digits, Neo4j's does not).
import neo4j from 'neo4j-driver';
import { epochDayOf } from '../../values/calendar.js';
import {
  DateTimeValue,
  DateValue,
  DurationValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  type AnyTemporal,
} from '../../values/temporal.js';

type Num = number | bigint | { toNumber(): number };
const n = (x: Num): number => (typeof x === 'object' ? x.toNumber() : Number(x));

function nanoOfDay(t: { hour: Num; minute: Num; second: Num; nanosecond: Num }): number {
  return ((n(t.hour) * 60 + n(t.minute)) * 60 + n(t.second)) * 1e9 + n(t.nanosecond);
}

/** A driver temporal as our value, so that both backends print temporals the same way. */
export function fromDriverTemporal(v: unknown): AnyTemporal | undefined {
  if (neo4j.isDate(v)) return new DateValue(epochDayOf(n(v.year), n(v.month), n(v.day)));
  if (neo4j.isLocalTime(v)) return new LocalTimeValue(nanoOfDay(v));
  if (neo4j.isTime(v)) return new TimeValue(nanoOfDay(v), n(v.timeZoneOffsetSeconds));
  if (neo4j.isLocalDateTime(v))
    return new LocalDateTimeValue(epochDayOf(n(v.year), n(v.month), n(v.day)), nanoOfDay(v));
  if (neo4j.isDateTime(v)) {
    const day = epochDayOf(n(v.year), n(v.month), n(v.day));
    const zone = v.timeZoneId ?? undefined;
    if (v.timeZoneOffsetSeconds === undefined || v.timeZoneOffsetSeconds === null)
      return DateTimeValue.ofLocal(day, nanoOfDay(v), { zone: zone ?? 'UTC' });
    const offset = n(v.timeZoneOffsetSeconds);
    const local = day * 86_400 + Math.floor(nanoOfDay(v) / 1e9);
    return new DateTimeValue(local - offset, n(v.nanosecond), offset, zone);
  }
  if (neo4j.isDuration(v))
    return new DurationValue(
      n(v.months),
      n(v.days),
      BigInt(v.seconds.toString()),
      n(v.nanoseconds),
    );
  return undefined;
}
