// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01) and ISO weeks,
// and time-zone offsets from Intl: what the temporal values are built on.
export const NANOS_PER_SECOND = 1_000_000_000;
export const SECONDS_PER_DAY = 86_400;
export const NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;

/** Floor division and its remainder, for negative day and second counts. */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}
export function floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a calendar date (Howard Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilOf(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO day of week: Monday 1 ... Sunday 7. */
export function dayOfWeek(epochDay: number): number {
  return floorMod(epochDay + 3, 7) + 1;
}

/** The Monday of ISO week 1 of a week-based year (the week holding 4 January). */
export function weekYearStart(weekYear: number): number {
  const jan4 = epochDayOf(weekYear, 1, 4);
  return jan4 - dayOfWeek(jan4) + 1;
}

export function weeksInWeekYear(weekYear: number): number {
  return (weekYearStart(weekYear + 1) - weekYearStart(weekYear)) / 7;
}

export function isoWeekOf(epochDay: number): { weekYear: number; week: number } {
  let weekYear = civilOf(epochDay).year;
  if (epochDay >= weekYearStart(weekYear + 1)) weekYear += 1;
  else if (epochDay < weekYearStart(weekYear)) weekYear -= 1;
  return { weekYear, week: Math.floor((epochDay - weekYearStart(weekYear)) / 7) + 1 };
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The canonical name of an IANA zone, or undefined when Intl does not know it. */
export function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(zone, format);
  }
  return format;
}

/** A zone's offset from UTC in seconds at an instant (whole seconds since the epoch). */
export function zoneOffsetAt(zone: string, epochSecond: number): number {
  const parts = zoneFormat(zone).formatToParts(new Date(epochSecond * 1000));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = era.startsWith('B') ? 1 - part('year') : part('year');
  const local =
    epochDayOf(year, part('month'), part('day')) * SECONDS_PER_DAY +
    part('hour') * 3600 +
    part('minute') * 60 +
    part('second');
  return local - Math.floor(epochSecond);
}

/**
 * The offset a zone gives a local date-time (seconds since the epoch read as UTC). In an overlap
 * the earlier offset wins, and in a gap the offset before it, which moves the time forward by the
 * gap: what java.time does and Neo4j follows.
 */
export function zoneOffsetForLocal(zone: string, localSecond: number): number {
  const before = zoneOffsetAt(zone, localSecond - SECONDS_PER_DAY);
  const after = zoneOffsetAt(zone, localSecond + SECONDS_PER_DAY);
  if (before === after) return before;
  const fitsBefore = zoneOffsetAt(zone, localSecond - before) === before;
  const fitsAfter = zoneOffsetAt(zone, localSecond - after) === after;
  if (fitsBefore && fitsAfter) return Math.max(before, after);
  if (fitsBefore) return before;
  if (fitsAfter) return after;
  return before;
}
