// Aggregating functions: null skipping, integer and float sums, percentiles, deviations, limits.
import { describe, expect, it } from 'vitest';
import type { Value } from '../../../src/cypher/values/types.js';
import { call, errorCode, fold } from './context.js';

const rows = (...values: Value[]): Value[][] => values.map((v) => [v]);

describe('aggregates', () => {
  it('counts rows or non-null values', () => {
    expect(fold('count', [[], [], []])).toBe(3n);
    expect(fold('count', rows(1n, null, 'a'))).toBe(2n);
    expect(fold('count', [])).toBe(0n);
  });

  it('collects non-null values and stops at the list bound', () => {
    expect(fold('collect', rows(1n, null, 2n))).toEqual([1n, 2n]);
    expect(errorCode(() => fold('collect', rows(1n, 2n, 3n), { maxListSize: 2 }))).toBe('limit');
  });

  it('sums integers exactly, floats as floats, durations as durations', () => {
    expect(fold('sum', rows(9007199254740993n, 1n))).toBe(9007199254740994n);
    expect(fold('sum', rows(1n, 0.5))).toBe(1.5);
    expect(fold('sum', [])).toBe(0n);
    expect(String(fold('sum', rows(call('duration', 'PT1H'), call('duration', 'P1D'))))).toBe(
      'P1DT1H',
    );
    expect(errorCode(() => fold('sum', rows(1n, 'a')))).toBe('type');
  });

  it('averages to a float, or null over nothing', () => {
    expect(fold('avg', rows(1n, 2n, null))).toBe(1.5);
    expect(fold('avg', rows(null))).toBeNull();
    expect(String(fold('avg', rows(call('duration', 'PT1H'), call('duration', 'PT2H'))))).toBe(
      'PT1H30M',
    );
  });

  it('averages as a running mean, to Neo4j 5.26’s last digit', () => {
    const floats = rows(0.1, 0.2, 0.3, 0.4, 0.7, 1.1, 3.3);
    expect(fold('avg', floats)).toBe(0.8714285714285714); // sum / count: 0.8714285714285713
    const ints = rows(...Array.from({ length: 97 }, (_, i) => BigInt(((i + 1) * 7) % 13)));
    expect(fold('avg', ints)).toBe(5.938144329896909); // sum / count: 5.938144329896907
    expect(fold('avg', rows(1n, 2.5, 3n))).toBe(2.1666666666666665);
    // No overflow: the mean of two maximal integers is the float nearest to them.
    expect(fold('avg', rows(9223372036854775807n, 9223372036854775807n))).toBe(2 ** 63);
    const durations = (...d: string[]) => rows(...d.map((t) => call('duration', t)));
    expect(String(fold('avg', durations('P1M', 'P1M', 'P2M')))).toBe('P1M10DT3H29M41.999999999S');
    expect(String(fold('avg', durations('P1M', 'P0D', 'P0D')))).toBe('P10DT3H29M42S');
    expect(String(fold('avg', durations('P1M', 'P2D', 'PT1.5S', 'P1Y3M')))).toBe('P4MT12H0.375S');
  });

  it('finds min and max across types in the ORDER BY order', () => {
    expect(fold('min', rows(3n, 1.5, null, 2n))).toBe(1.5);
    expect(fold('max', rows('a', 1n))).toBe(1n);
    expect(fold('min', rows('a', [1n]))).toEqual([1n]);
    expect(fold('max', rows(null))).toBeNull();
  });

  it('takes percentiles discrete and continuous, checking the percentile', () => {
    const values = [10n, 20n, 30n, 40n].map((v) => [v, 0.5] as Value[]);
    expect(fold('percentileDisc', values)).toBe(20n);
    expect(fold('percentileCont', values)).toBe(25);
    expect(
      fold(
        'percentileDisc',
        [10n, 20n, 30n].map((v) => [v, 0] as Value[]),
      ),
    ).toBe(10n);
    expect(
      fold(
        'percentileDisc',
        [10n, 20n, 30n].map((v) => [v, 1] as Value[]),
      ),
    ).toBe(30n);
    expect(errorCode(() => fold('percentileCont', [[1n, 1.5]]))).toBe('argument');
  });

  it('gives sample and population standard deviations', () => {
    const values = rows(2n, 4n, 4n, 4n, 5n, 5n, 7n, 9n);
    expect(fold('stDevP', values)).toBeCloseTo(2);
    expect(fold('stDev', values)).toBeCloseTo(2.138, 3);
    expect(fold('stDev', rows(1n))).toBe(0);
  });
});
