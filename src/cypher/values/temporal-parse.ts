// Reading temporal values from ISO 8601 text in the forms Neo4j accepts: calendar, week and
// ordinal dates, extended and basic (compact) forms, offsets, [Zone/Names] and durations.
import { CypherError } from '../errors.js';
import {
  NANOS_PER_SECOND,
  canonicalZone,
  daysInMonth,
  epochDayOf,
  weekYearStart,
  weeksInWeekYear,
} from './calendar.js';
import {
  DateTimeValue,
  DateValue,
  DurationValue,
  LocalDateTimeValue,
  LocalTimeValue,
  TimeValue,
  approximateDuration,
} from './temporal.js';

function invalid(kind: string, text: string): CypherError {
  return new CypherError('argument', `Text cannot be parsed to a ${kind}: '${text}'`);
}

/** A number within bounds, else an error naming the field. */
export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new CypherError(
      'argument',
      `Invalid value for ${field}: ${value} (expected ${min} to ${max})`,
    );
  return value;
}

export function calendarDay(year: number, month: number, day: number): number {
  checkRange('month', month, 1, 12);
  checkRange('day', day, 1, daysInMonth(year, month));
  return epochDayOf(year, month, day);
}

export function weekDay(weekYear: number, week: number, dayOfWeek: number): number {
  checkRange('week', week, 1, weeksInWeekYear(weekYear));
  checkRange('dayOfWeek', dayOfWeek, 1, 7);
  return weekYearStart(weekYear) + (week - 1) * 7 + dayOfWeek - 1;
}

export function ordinalDay(year: number, ordinal: number): number {
  checkRange('ordinalDay', ordinal, 1, epochDayOf(year + 1, 1, 1) - epochDayOf(year, 1, 1));
  return epochDayOf(year, 1, 1) + ordinal - 1;
}

export function timeOfDay(hour: number, minute: number, second: number, nano: number): number {
  checkRange('hour', hour, 0, 23);
  checkRange('minute', minute, 0, 59);
  checkRange('second', second, 0, 59);
  checkRange('nanosecond', nano, 0, NANOS_PER_SECOND - 1);
  return ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nano;
}

const DATE =
  /^([+-]\d{4,9}|\d{4})(?:-?W(\d{2})(?:-?(\d))?|-?(\d{2})-?(\d{2})|-?(\d{3})|-?(\d{2}))?$/;

function parseDateText(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) return weekDay(year, Number(m[2]), Number(m[3] ?? 1));
  if (m[4] !== undefined) return calendarDay(year, Number(m[4]), Number(m[5]));
  if (m[6] !== undefined) return ordinalDay(year, Number(m[6]));
  return calendarDay(year, Number(m[7] ?? 1), 1);
}

const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?$/;

function parseTimeText(text: string): number | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const nano = m[4] === undefined ? 0 : Number(m[4].padEnd(9, '0'));
  return timeOfDay(Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), nano);
}

const OFFSET = /^(?:Z|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?)$/;

/** '+01:00', '-0130', '+05', 'Z' as seconds east of UTC. */
export function parseOffset(text: string): number | undefined {
  const m = OFFSET.exec(text);
  if (!m) return undefined;
  if (m[1] === undefined) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  if (seconds > 18 * 3600) return undefined;
  return m[1] === '-' ? -seconds : seconds;
}

/** An offset or an IANA zone name: what `timezone` fields and [brackets] hold. */
export type Zone = { offsetSeconds: number } | { zone: string };

export function parseZone(text: string): Zone {
  const offset = parseOffset(text);
  if (offset !== undefined) return { offsetSeconds: offset };
  const zone = canonicalZone(text);
  if (zone === undefined) throw new CypherError('argument', `Unknown time zone: '${text}'`);
  return { zone: text.includes('/') ? text : zone };
}

/** Splits "time[offset][[Zone]]" into its parts. */
function splitZoned(text: string): { time: string; offset?: string; zone?: string } {
  let rest = text;
  let zone: string | undefined;
  const bracket = /\[([^\]]+)\]$/.exec(rest);
  if (bracket) {
    zone = bracket[1];
    rest = rest.slice(0, bracket.index);
  }
  const at = rest.search(/[Z+-]/);
  if (at < 0) return { time: rest, zone };
  return { time: rest.slice(0, at), offset: rest.slice(at), zone };
}

export function parseDate(text: string): DateValue {
  const day = parseDateText(text);
  if (day === undefined) throw invalid('date', text);
  return new DateValue(day);
}

export function parseLocalTime(text: string): LocalTimeValue {
  const nanos = parseTimeText(text);
  if (nanos === undefined) throw invalid('local time', text);
  return new LocalTimeValue(nanos);
}

export function parseTime(text: string, defaultOffset = 0): TimeValue {
  const { time, offset } = splitZoned(text);
  const nanos = parseTimeText(time);
  const seconds = offset === undefined ? defaultOffset : parseOffset(offset);
  if (nanos === undefined || seconds === undefined) throw invalid('time', text);
  return new TimeValue(nanos, seconds);
}

function splitDateTime(text: string, kind: string): { date: number; rest: string } {
  const t = text.indexOf('T');
  const date = parseDateText(t < 0 ? text : text.slice(0, t));
  if (date === undefined) throw invalid(kind, text);
  return { date, rest: t < 0 ? '' : text.slice(t + 1) };
}

export function parseLocalDateTime(text: string): LocalDateTimeValue {
  const { date, rest } = splitDateTime(text, 'local date time');
  const nanos = rest === '' ? 0 : parseTimeText(rest);
  if (nanos === undefined) throw invalid('local date time', text);
  return new LocalDateTimeValue(date, nanos);
}

export function parseDateTime(
  text: string,
  defaultZone: Zone = { offsetSeconds: 0 },
): DateTimeValue {
  const { date, rest } = splitDateTime(text, 'date time');
  const { time, offset, zone } = rest === '' ? { time: '' } : splitZoned(rest);
  const nanos = time === '' ? 0 : parseTimeText(time);
  if (nanos === undefined) throw invalid('date time', text);
  // With a named zone, the zone decides the offset (the written offset only picks a side of an
  // overlap in Neo4j; here the earlier offset always wins).
  if (zone !== undefined) return DateTimeValue.ofLocal(date, nanos, parseZone(zone));
  if (offset === undefined) return DateTimeValue.ofLocal(date, nanos, defaultZone);
  const seconds = parseOffset(offset);
  if (seconds === undefined) throw invalid('date time', text);
  return DateTimeValue.ofLocal(date, nanos, { offsetSeconds: seconds });
}

const NUMBER = '([+-]?\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(
  `^([+-])?P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  'i',
);
const DURATION_ALT = /^([+-])?P(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:[.,]\d+)?)$/i;

export function parseDuration(text: string): DurationValue {
  const alt = DURATION_ALT.exec(text);
  const m = alt ?? DURATION.exec(text);
  if (!m || text.endsWith('T') || /^[+-]?P$/i.test(text)) throw invalid('duration', text);
  const n = (i: number): number => Number((m[i] ?? '0').replace(',', '.'));
  const sign = m[1] === '-' ? -1 : 1;
  const months = n(2) * 12 + n(3);
  const days = alt ? n(4) : n(4) * 7 + n(5);
  const seconds = alt ? n(5) * 3600 + n(6) * 60 + n(7) : n(6) * 3600 + n(7) * 60 + n(8);
  return approximateDuration(sign * months, sign * days, sign * seconds, 0);
}
