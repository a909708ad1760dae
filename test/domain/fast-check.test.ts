// The fast relationship check must agree with relationshipSchema: on every generated record,
// good or broken in one place, both say yes or both say no, and where both say yes zod's copy
// equals the record, so keeping the record instead of the copy changes nothing.
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/bench/synthetic.js';
import { isValidRelationship } from '../../src/domain/fast-check.js';
import { QUOTE_MAX_LENGTH, relationshipSchema } from '../../src/domain/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';

type Json = Record<string, unknown>;

/** Valid records covering every optional field: fixture ones, plus roles, figures, ranges, quotes. */
function goodRecords(): Json[] {
  const rich = {
    type: 'REPRESENTS',
    from: 'zabihullah-mujahid',
    to: 'afghan-interim-government',
    role: 'spokesman',
    claims: [
      {
        source: 's',
        summary: 'A summary.',
        claimedBy: 'zabihullah-mujahid',
        claimedByNote: 'speaking to reporters',
        date: { start: '2024-12', end: '2025-01', precision: 'month', inferred: true },
        sameDayAsReport: false,
        status: 'alleged',
        quote: 'a short phrase',
        figures: [
          { measure: 'killed', value: 46, qualifier: 'at least', unit: 'people' },
          { measure: 'attacks', value: 0.5 },
        ],
      },
      {
        source: 's',
        summary: 'Yearly.',
        claimedBy: 'unnamed',
        date: { start: '2024', precision: 'year' },
        status: 'proposed',
      },
    ],
  };
  return [...fixtureDataset().relationships, rich].map((r) => structuredClone(r) as Json);
}

/** Values that break a field of one kind or another. */
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  'x'.repeat(QUOTE_MAX_LENGTH + 1),
  '2024-13-01',
  '2024-12-24',
  '2024-12',
  '2024',
  'day',
  'STRIKES',
  'reported',
  'speculated',
  false,
  'at least',
];

/** Every object inside a record (the record, claims, dates, figures), with a way to reach it. */
function objectsIn(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, out));
  else if (typeof value === 'object' && value !== null) {
    out.push(value as Json);
    Object.values(value).forEach((v) => objectsIn(v, out));
  }
  return out;
}

const FIELD_NAMES = [
  'type',
  'from',
  'to',
  'role',
  'claims',
  'source',
  'summary',
  'claimedBy',
  'claimedByNote',
  'date',
  'sameDayAsReport',
  'status',
  'quote',
  'figures',
  'start',
  'end',
  'precision',
  'inferred',
  'measure',
  'value',
  'qualifier',
  'unit',
  'extra',
];

/** One random change somewhere in a copy of `record`. */
function mutate(record: Json, random: () => number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const copy = structuredClone(record);
  const roll = random();
  if (roll < 0.05) return pick(BAD_VALUES);
  const target = pick(objectsIn(copy));
  if (roll < 0.15) {
    // An array where an object should be, or an empty claims list.
    if (Array.isArray(copy.claims) && random() < 0.5) copy.claims = [];
    else target[pick(Object.keys(target))] = [target];
    return copy;
  }
  if (roll < 0.3) delete target[pick(Object.keys(target))];
  else target[pick(FIELD_NAMES)] = pick(BAD_VALUES);
  return copy;
}

describe('isValidRelationship', () => {
  test('accepts every valid record, and zod would return an equal copy', () => {
    for (const record of goodRecords()) {
      expect(isValidRelationship(record)).toBe(true);
      expect(relationshipSchema.parse(record)).toEqual(record);
    }
  });

  test('agrees with relationshipSchema on 20,000 records broken in one place', () => {
    const random = seededRandom(11);
    const good = goodRecords();
    const disagreements: unknown[] = [];
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const record = mutate(good[i % good.length] as Json, random);
      const fast = isValidRelationship(record);
      const zod = relationshipSchema.safeParse(record);
      if (fast !== zod.success) disagreements.push(record);
      else if (fast) expect(zod.data).toEqual(record);
      if (!fast) refused++;
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // The mutations must mostly break records, or the test would prove little.
    expect(refused).toBeGreaterThan(10_000);
  });
});

describe('the date check', () => {
  test('agrees with relationshipSchema on dates near every edge of the calendar', () => {
    const random = seededRandom(13);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    const years = ['0000', '0004', '0099', '0100', '0999', '1000', '1900', '2000', '2023', '2024'];
    const parts = ['00', '01', '02', '09', '10', '12', '13', '28', '29', '30', '31', '32', '1x'];
    const seps = ['-', '-', '-', '/'];
    const dateOf = () => {
      const length = pick([1, 2, 3]);
      let value = pick(years);
      for (let i = 1; i < length; i++) value += pick(seps) + pick(parts);
      return value;
    };
    const disagreements: unknown[] = [];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const date: Json = { start: dateOf(), precision: pick(['year', 'month', 'day']) };
      if (random() < 0.3) date.end = dateOf();
      const record = {
        type: 'ALLIED_WITH',
        from: 'a',
        to: 'b',
        claims: [{ source: 's', summary: 'x', claimedBy: 'author', status: 'reported', date }],
      };
      const fast = isValidRelationship(record);
      if (fast !== relationshipSchema.safeParse(record).success) disagreements.push(date);
      if (fast) accepted++;
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // Both answers must be common, or the test would prove little.
    expect(accepted).toBeGreaterThan(2_000);
    expect(accepted).toBeLessThan(18_000);
  });
});
