// Temporal functions and values against answers worked out by hand and from Neo4j's documentation.
import { describe, expect, it } from 'vitest';
import { add, subtract } from '../../../src/cypher/values/arithmetic.js';
import { compare, equals } from '../../../src/cypher/values/compare.js';
import { temporalProperty, type AnyTemporal } from '../../../src/cypher/values/temporal.js';
import type { Value } from '../../../src/cypher/values/types.js';
import { call, errorCode } from './context.js';

const map = (o: Record<string, Value | number>): Map<string, Value> =>
  new Map(
    Object.entries(o).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v,
    ]),
  );
const text = (v: Value): string => String(v);

describe('temporal construction', () => {
  it('reads every ISO form of a date', () => {
    for (const s of ['2015-07-21', '20150721', '2015-W30-2', '2015W302', '2015-202', '2015202'])
      expect(text(call('date', s))).toBe('2015-07-21');
    expect(text(call('date', '2015-07'))).toBe('2015-07-01');
    expect(text(call('date', '2015-W30'))).toBe('2015-07-20');
  });

  it('builds week dates across year boundaries', () => {
    expect(text(call('date', map({ year: 1817, week: 1 })))).toBe('1816-12-30');
    expect(text(call('date', map({ year: 1818, week: 53 })))).toBe('1818-12-28');
    expect(text(call('date', map({ date: call('date', '1816-12-31'), week: 2 })))).toBe(
      '1817-01-07',
    );
  });

  it('prints times as java.time does: seconds only when set, fractions in groups of three', () => {
    expect(text(call('localtime', map({ hour: 12 })))).toBe('12:00');
    expect(
      text(call('localtime', map({ hour: 12, minute: 31, second: 14, millisecond: 645 }))),
    ).toBe('12:31:14.645');
    expect(text(call('localtime', map({ hour: 12, minute: 31, second: 14, nanosecond: 3 })))).toBe(
      '12:31:14.000000003',
    );
    expect(text(call('time', '214032-0100'))).toBe('21:40:32-01:00');
  });

  it('resolves named zones with Intl, summer and winter', () => {
    expect(text(call('datetime', '2015-07-21T21:40:32.142[Europe/London]'))).toBe(
      '2015-07-21T21:40:32.142+01:00[Europe/London]',
    );
    const winter = call(
      'datetime',
      map({ year: 1984, month: 1, day: 11, hour: 12, timezone: 'Europe/Stockholm' }),
    );
    expect(text(winter)).toBe('1984-01-11T12:00+01:00[Europe/Stockholm]');
    expect(temporalProperty(winter as AnyTemporal, 'epochSeconds')).toBe(442666800n);
  });

  it('cascades fractional duration fields into smaller units', () => {
    expect(text(call('duration', 'P5M1.5D'))).toBe('P5M1DT12H');
    expect(text(call('duration', map({ months: 0.75 })))).toBe('P22DT19H51M49.5S');
    expect(text(call('duration', map({ minutes: 1.5, seconds: 1 })))).toBe('PT1M31S');
    expect(text(call('duration', 'PT-0.001S'))).toBe('PT-0.001S');
  });

  it('takes the clock from the context, so one statement sees one instant', () => {
    expect(text(call('datetime'))).toBe('2024-12-24T10:30:00.123Z');
    expect(text(call('date.statement', 'Asia/Kabul'))).toBe('2024-12-24');
    expect(text(call('localtime', map({ timezone: '+05:00' })))).toBe('15:30:00.123');
  });

  it('needs the larger unit before a smaller one when nothing is given to start from', () => {
    expect(errorCode(() => call('date', map({ year: 2024, day: 3 })))).toBe('argument');
    expect(errorCode(() => call('localtime', map({ hour: 1, second: 3 })))).toBe('argument');
    expect(text(call('localtime', map({ time: call('localtime', '10:00'), second: 3 })))).toBe(
      '10:00:03',
    );
  });

  it('rejects impossible dates and unknown fields with argument errors', () => {
    expect(errorCode(() => call('date', '2015-02-30'))).toBe('argument');
    expect(errorCode(() => call('date', map({ year: 2015, month: 13 })))).toBe('argument');
    expect(errorCode(() => call('date', map({ year: 2015, hour: 1 })))).toBe('argument');
    expect(errorCode(() => call('datetime', '2015-07-21T12:00[Mars/Olympus]'))).toBe('argument');
    expect(call('date', null)).toBeNull();
  });
});

describe('temporal components, order and arithmetic', () => {
  it('gives date and duration components', () => {
    const d = call('date', '1984-11-11') as AnyTemporal;
    expect(
      ['week', 'weekYear', 'ordinalDay', 'weekDay', 'dayOfQuarter'].map((k) =>
        temporalProperty(d, k),
      ),
    ).toEqual([45n, 1984n, 316n, 7n, 42n]);
    const dur = call(
      'duration',
      map({
        years: 1,
        months: 4,
        days: 10,
        hours: 1,
        minutes: 1,
        seconds: 1,
        nanoseconds: 111111111,
      }),
    ) as AnyTemporal;
    expect(
      ['quarters', 'minutes', 'milliseconds', 'monthsOfYear', 'secondsOfMinute'].map((k) =>
        temporalProperty(dur, k),
      ),
    ).toEqual([5n, 61n, 3661111n, 4n, 1n]);
  });

  it('compares instants and refuses to order durations', () => {
    const a = call('time', map({ hour: 10, timezone: '+01:00' }));
    const b = call('time', map({ hour: 9, minute: 35, timezone: '+00:00' }));
    expect(compare(a, b)).toBe(-1);
    expect(compare(call('duration', 'PT1S'), call('duration', 'PT2S'))).toBeNull();
    expect(equals(call('duration', 'PT70S'), call('duration', 'PT1M10S'))).toBe(true);
    expect(equals(call('duration', 'P1D'), call('duration', 'PT24H'))).toBe(false);
  });

  it('orders equal instants by offset and counts them equal only with the same offset and zone', () => {
    const east = call('datetime', '2024-12-24T10:00+05:00');
    const utc = call('datetime', '2024-12-24T05:00Z');
    expect(equals(east, utc)).toBe(false);
    expect(compare(east, utc)).toBe(1);
    expect(equals(utc, call('datetime', '2024-12-24T05:00[UTC]'))).toBe(false);
    expect(equals(utc, call('datetime', '2024-12-24T05:00+00:00'))).toBe(true);
  });

  it('prints toString() as Neo4j does, seconds always, and negative duration parts toward zero', () => {
    expect(call('toString', call('localdatetime', '2024-12-24T05:00'))).toBe('2024-12-24T05:00:00');
    expect(call('toString', call('time', '12:00:00.100+01:00'))).toBe('12:00:00.1+01:00');
    const d = call('duration', 'PT-3661.5S') as AnyTemporal;
    expect(
      ['hours', 'minutesOfHour', 'secondsOfMinute', 'milliseconds'].map((k) =>
        temporalProperty(d, k),
      ),
    ).toEqual([-1n, -1n, -2n, -3661500n]);
  });

  it('adds months with clamping and seconds across a DST change', () => {
    expect(text(add(call('date', '2018-01-31'), call('duration', 'P1M')))).toBe('2018-02-28');
    const spring = call('datetime', '2018-03-25T03:00[Europe/Stockholm]');
    expect(text(subtract(spring, call('duration', 'PT2H')))).toBe(
      '2018-03-25T00:00+01:00[Europe/Stockholm]',
    );
  });

  it('measures durations between instants', () => {
    const from = call('datetime', '2017-10-28T23:00+02:00[Europe/Stockholm]');
    const to = call('datetime', '2017-10-29T04:00+01:00[Europe/Stockholm]');
    expect(text(call('duration.between', from, to))).toBe('PT6H');
    expect(
      text(
        call(
          'duration.between',
          call('date', '-999999999-01-01'),
          call('date', '+999999999-12-31'),
        ),
      ),
    ).toBe('P1999999998Y11M30D');
    const far = call(
      'duration.inSeconds',
      call('localdatetime', '-999999999-01-01'),
      call('localdatetime', '+999999999-12-31T23:59:59'),
    );
    expect(text(far)).toBe('PT17531639991215H59M59S');
    expect(
      text(call('duration.inMonths', call('date', '2018-01-31'), call('date', '2018-03-30'))),
    ).toBe('P1M');
    expect(
      text(call('duration.inDays', call('date', '2018-01-31'), call('date', '2018-03-30'))),
    ).toBe('P58D');
  });

  it('truncates and then applies the map', () => {
    const dt = call('datetime', '1984-01-01T12:31:14.645876123+01:00');
    expect(text(call('datetime.truncate', 'weekYear', dt, map({ day: 5 })))).toBe(
      '1983-01-05T00:00+01:00',
    );
    expect(text(call('date.truncate', 'quarter', call('date', '1984-11-11')))).toBe('1984-10-01');
    expect(
      text(call('localtime.truncate', 'millisecond', call('localtime', '12:31:14.645876'))),
    ).toBe('12:31:14.645');
    expect(errorCode(() => call('date.truncate', 'hour', call('date', '1984-11-11')))).toBe(
      'argument',
    );
  });

  it('refuses an unknown field as a type error, as Neo4j does', () => {
    const d = call('date', '2024-12-24') as AnyTemporal;
    expect(() => temporalProperty(d, 'dayOfYear')).toThrow(/No such field: dayOfYear/);
    expect(errorCode(() => temporalProperty(d, 'dayOfYear'))).toBe('type');
    expect(errorCode(() => temporalProperty(d, 'hour'))).toBe('type');
    expect(errorCode(() => temporalProperty(call('duration', 'P1D') as AnyTemporal, 'year'))).toBe(
      'type',
    );
  });
});
