// The date window's month steps: ranges across year ends, and bounds of any precision.
import { describe, expect, it } from 'vitest';
import { monthIndex, monthsBetween } from '../../web/src/filters/months.js';

describe('monthsBetween', () => {
  it('lists every month from the first date to the last, across a year end', () => {
    expect(monthsBetween('2024-11-03', '2025-02-28')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(monthsBetween('2025-01-01', '2025-01-31')).toEqual(['2025-01']);
  });
});

describe('monthIndex', () => {
  const months = monthsBetween('2024-11-01', '2025-03-01');

  it('finds the month of a day or a month', () => {
    expect(monthIndex(months, '2025-01-15', 'since')).toBe(2);
    expect(monthIndex(months, '2025-01', 'until')).toBe(2);
  });

  it('reads a bare year as its first month for since and its last for until', () => {
    expect(monthIndex(months, '2025', 'since')).toBe(2);
    expect(monthIndex(months, '2024', 'until')).toBe(1);
  });

  it('clamps dates outside the data to the ends', () => {
    expect(monthIndex(months, '2020-05', 'since')).toBe(0);
    expect(monthIndex(months, '2030-05', 'until')).toBe(months.length - 1);
  });
});
