// The function library against Neo4j itself (when NEO4J_URI is set): each expression is
// evaluated by both and must give the same value, or an error on both sides.
import { describe, expect, it } from 'vitest';
import { EmbeddedBackend } from '../../../src/tck/embedded.js';
import { Neo4jBackend } from '../../../src/tck/neo4j.js';
import { TckQueryError, type TckBackend } from '../../../src/tck/backend.js';
import { canonical } from '../../../src/tck/values.js';

const EXPRESSIONS = [
  "toUpper('kabul')",
  "toLower('TTP')",
  "trim('  a b  ')",
  "ltrim('  a ')",
  "rtrim(' a  ')",
  "replace('banana', 'an', 'AN')",
  "substring('Waziristan', 3)",
  "substring('Waziristan', 3, 4)",
  "left('Peshawar', 4)",
  "right('Peshawar', 4)",
  "split('a,b,,c', ',')",
  "split('abc', '')",
  "reverse('Khyber')",
  'reverse([1, 2, 3])',
  "size('añb')",
  'toString(1.0)',
  'toString(0.1 + 0.2)',
  'toString(1e20)',
  'toString(1.5e-7)',
  'toString(-0.0)',
  'toString(true)',
  'toString(123)',
  "toInteger('42')",
  "toInteger(' 42 ')",
  "toInteger('4.7')",
  "toInteger('x')",
  'toInteger(-4.7)',
  'toInteger(true)',
  "toFloat('1e3')",
  "toFloat('.5')",
  'toFloat(3)',
  "toBoolean('TRUE')",
  "toBoolean(' false ')",
  "toBoolean('yes')",
  'toBoolean(0)',
  "toStringList([1, 2.5, 'a', null])",
  "toIntegerList(['1', 'x', 2.9])",
  'coalesce(null, 2, 3)',
  'head([])',
  'last([1, 2])',
  'tail([1])',
  'range(0, 10, 3)',
  'range(10, 0, -4)',
  'range(1, 0)',
  'abs(-3)',
  'abs(-3.5)',
  'ceil(1.2)',
  'floor(-1.2)',
  'round(2.5)',
  'round(-2.5)',
  'round(3.14159, 2)',
  "round(2.5, 0, 'HALF_EVEN')",
  "round(-1.25, 1, 'CEILING')",
  'round(1.005, 2)',
  'sign(-0.5)',
  'sign(3)',
  'sqrt(2)',
  'exp(1)',
  'log(10)',
  'log10(1000)',
  'e()',
  'pi()',
  'sin(1)',
  'atan2(1, 2)',
  'degrees(pi())',
  'radians(180)',
  'haversin(0.5)',
  'isNaN(0.0/0.0)',
  '7 / 2',
  '7 % -3',
  '2 ^ 10',
  "date('2024-12-24')",
  'date({year: 2024, week: 52, dayOfWeek: 2})',
  "date('2024-W52-2').ordinalDay",
  "localtime('21:40:32.142')",
  "time('21:40:32+0430')",
  "localdatetime('2024-12-24T05:00')",
  "datetime('2024-12-24T05:00[Asia/Kabul]')",
  "datetime('2024-12-24T05:00[Asia/Karachi]').offset",
  'datetime({epochSeconds: 1735012800}).hour',
  'datetime.fromepochmillis(1735012800123)',
  "duration('P1Y2M10DT2H30M')",
  'duration({days: 1.5, minutes: 90})',
  "duration('PT-90M').minutes",
  "duration.between(date('2021-08-15'), date('2024-12-24'))",
  "duration.inDays(datetime('2024-12-24T00:00Z'), datetime('2025-03-01T12:00Z'))",
  "duration.inSeconds(localtime('10:00'), localtime('08:30:15.5'))",
  "date('2024-01-31') + duration('P1M')",
  "datetime('2024-03-31T02:30[Europe/Berlin]')",
  "date.truncate('week', date('2024-12-26'))",
  "datetime.truncate('hour', datetime('2024-12-24T05:47:12Z'), {minute: 5})",
  "duration('PT1H') * 1.5",
  "duration('P1M') / 2",
  "date('2024-12-24') < date('2025-01-01')",
  "[d IN [duration('PT1S'), duration('PT2S')] | d.seconds]",
  'round(-2.5, 0)',
  'round(-1.55, 1)',
  "toFloat(' 1.5 ')",
  "toInteger('1e3')",
  "toInteger('-12')",
  "toBoolean(' true')",
  "trim('\\t x \\n')",
  "split('a-b_c', ['-', '_'])",
];

/** Temporal corners: zones, DST, conversions, truncation, negative and fractional durations. */
const TEMPORALS = [
  "datetime({datetime: datetime('2024-12-24T05:00Z'), timezone: 'Asia/Kabul'})",
  "datetime({datetime: localdatetime('2024-12-24T05:00'), timezone: 'Asia/Kabul'})",
  "datetime({date: date('2024-12-24'), time: time('05:00+05:00')})",
  "time({time: time('05:00+05:00'), timezone: '+01:00'})",
  "localtime({time: time('05:00:01.5+05:00')})",
  "date({date: datetime('2024-12-24T23:30-05:00')})",
  "localdatetime({date: date('2024-02-29'), hour: 7, second: 3})",
  "datetime('2024-10-27T02:30[Europe/Berlin]')",
  "datetime('2024-03-31T01:59:59[Europe/Berlin]') + duration('PT1S')",
  "datetime('2024-03-30T02:30[Europe/Berlin]') + duration('P1D')",
  "datetime('2024-10-26T12:00[Europe/Berlin]') + duration('PT24H')",
  "localdatetime('2024-12-31T23:00') + duration('PT2H')",
  "time('23:00+01:00') + duration('PT2H30M')",
  "date('2024-03-31') - duration('P1M')",
  "date('2024-12-24') + duration('PT47H')",
  "date('2024-12-24') - duration('PT47H')",
  "duration('PT1.5S') - duration('PT2S')",
  "duration('P1M2D') + duration('PT-3H')",

  "duration('PT-1.25S').seconds",
  "duration('PT-1.25S').nanosecondsOfSecond",
  "duration('PT-61M').minutesOfHour",
  "duration('P2Y14M').years",
  "duration('P10D').weeks",
  'duration({weeks: 1, days: -3}).days',
  "duration.between(datetime('2024-03-30T12:00[Europe/Berlin]'), datetime('2024-03-31T12:00[Europe/Berlin]'))",
  "duration.between(date('2024-01-31'), date('2024-03-01'))",
  "duration.between(date('2024-03-01'), date('2024-01-31'))",
  "duration.between(localtime('23:00'), localtime('01:00'))",
  "duration.between(time('10:00+02:00'), time('10:00Z'))",
  "duration.between(localdatetime('2024-01-01T10:00'), date('2024-01-03'))",
  "duration.inMonths(date('2020-02-29'), date('2024-02-28'))",
  "duration.inDays(localdatetime('2024-01-01T12:00'), localdatetime('2024-01-03T11:59'))",
  "date('2021-01-03').weekYear",
  "date('2021-01-03').week",
  "date('2020-12-31').week",
  "date('2024-12-30').weekYear",
  'date({year: 2020, quarter: 4, dayOfQuarter: 92})',
  'date({year: 2024, ordinalDay: 366})',
  "date('+12345-01-01')",
  "date('-0044-03-15')",
  "datetime('2024-12-24T05:00:00.123456789+05:45').epochMillis",
  "datetime('1969-12-31T23:59:59.5Z').epochSeconds",
  'datetime.fromepoch(-1, 500000000)',
  'datetime({epochMillis: -1500})',
  "localtime.truncate('minute', localtime('12:34:56.789'), {second: 7})",
  "date.truncate('decade', date('1999-12-31'))",
  "datetime.truncate('day', datetime('2024-03-31T12:00[Europe/Berlin]'))",
  "time.truncate('second', time('12:34:56.789+01:00'))",
  "datetime.truncate('week', localdatetime('2024-12-26T10:00'), {dayOfWeek: 3})",
  "localdatetime.truncate('quarter', date('2024-11-11'))",
  'duration({seconds: 1.000000001})',
  'duration({hours: -1.5})',
  'duration({months: 1.5})',
  'duration({years: 0.5})',
  "duration('PT0.1S') * 3",
  'duration({months: 4.0 / 3})',
  'duration({days: 0.57})',
  'duration({minutes: 0.57})',
  'duration({seconds: 21.545})',
  "duration('P1D') * (4.0 / 3)",
  "duration('P3D') / 4",
  "duration('P1M') * 0.5",
  "2 * duration('PT1M1S')",
  "toString(datetime('2024-12-24T05:00[UTC]'))",
  "toString(time('10:15:30.001000+00:00'))",
  "toString(duration('PT0.000001S'))",
  "date('2024-12-24') = date('2024-12-24')",
  "duration('P1D') = duration('PT24H')",
  "localtime('10:00') < localtime('09:00')",
  "datetime('2024-12-24T10:00+05:00') = datetime('2024-12-24T05:00Z')",
  "time('10:00+05:00') = time('05:00Z')",
  "toString(localtime('12:00'))",
  "toString(datetime('2024-12-24T05:00:00.100Z'))",
  "toString(localdatetime('2024-12-24T05:00'))",
  'date({year: 2024, day: 3})',
  'localtime({hour: 1, second: 3})',
  "localtime({time: localtime('10:00'), second: 3})",
  "duration('PT-3661.5S').secondsOfMinute",
  "duration('PT-3661.5S').milliseconds",
  "duration('PT-61M').hours",
  "datetime('2024-12-24T10:00+05:00') >= datetime('2024-12-24T05:00Z')",
  "time('10:00+05:00') < time('05:00Z')",
  "datetime('2024-12-24T05:00+00:00') = datetime('2024-12-24T05:00[UTC]')",
  "datetime('1969-12-31T23:59:59.5Z').epochMillis",
  "date('2024-13-01')",
  'date({year: 2024, month: 2, day: 30})',
  "duration('P1Q')",
  "datetime('2024-12-24T05:00[Nowhere/City]')",
];

/** Aggregates, each over the rows of x. */
const AGGREGATES = [
  'percentileCont(x, 0.4)',
  'percentileDisc(x, 0.4)',
  'percentileDisc(x, 0.5)',
  'percentileCont(x, 1.0)',
  'percentileCont(x, 0.0)',
  'percentileDisc(x, 0.0)',
  'stDev(x)',
  'stDevP(x)',
  'avg(x)',
  'sum(x)',
  'min(x)',
  'max(x)',
  'collect(x)',
  'count(x)',
  'count(DISTINCT x)',
  'count(*)',
];
const ROWS = [
  '[1, 2, 3, 4, 10]',
  '[1.5, null, 2, 2]',
  '[]',
  '[7]',
  '[10, 20, 30]',
  "['b', 1, 'a', 2.5]",
];

const uri = process.env.NEO4J_URI;

async function evaluate(backend: TckBackend, query: string): Promise<string> {
  try {
    const result = await backend.run(query, new Map());
    return canonical(result.rows[0]?.[0] ?? { t: 'null' });
  } catch (e) {
    if (e instanceof TckQueryError) return 'error';
    throw e;
  }
}

describe.skipIf(!uri)('functions agree with Neo4j (NEO4J_URI)', () => {
  it('gives Neo4j’s value for every expression', async () => {
    const neo4j = new Neo4jBackend(
      uri as string,
      process.env.NEO4J_USER ?? 'neo4j',
      process.env.NEO4J_PASSWORD,
    );
    const embedded = new EmbeddedBackend();
    const differences: string[] = [];
    try {
      const queries = [
        ...[...EXPRESSIONS, ...TEMPORALS].map((e) => `RETURN ${e} AS v`),
        ...ROWS.flatMap((rows) => AGGREGATES.map((a) => `UNWIND ${rows} AS x RETURN ${a} AS v`)),
      ];
      for (const query of queries) {
        const [ours, theirs] = [await evaluate(embedded, query), await evaluate(neo4j, query)];
        if (ours !== theirs) differences.push(`${query}: embedded ${ours}, Neo4j ${theirs}`);
      }
    } finally {
      await neo4j.close();
    }
    expect(differences).toEqual([]);
  }, 120_000);
});

if (!uri) console.log('function comparison with Neo4j skipped: NEO4J_URI is not set');
